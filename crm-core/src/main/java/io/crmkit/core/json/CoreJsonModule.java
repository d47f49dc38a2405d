package io.crmkit.core.json;

import io.crmkit.core.customer.ContactPoint;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.Demographics;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.summary.CustomerSummary;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.core.transaction.TransactionLine;

/**
 * The Jackson module of crm-core ({@code crmkit-core}): {@link Money}, {@link CustomerId} and
 * {@link TransactionId} (also as map keys), {@link Transaction}, {@link TransactionLine}, {@link
 * Customer}, {@link ContactPoint}, {@link Demographics}, {@link Interaction}, {@link
 * ServiceRequest}, {@link Feedback} and {@link CustomerSummary}; the formats are described on
 * {@link CrmJackson}.
 *
 * @since 0.1
 */
public final class CoreJsonModule extends CrmJsonModule {

  private static final long serialVersionUID = 1L;

  /** The module; {@link CrmJackson#modules()} finds it through the service loader. */
  public CoreJsonModule() {
    super("crmkit-core");
    IdJson.register(this, CustomerId.class, CustomerId::value, CustomerId::of);
    IdJson.register(this, TransactionId.class, TransactionId::value, TransactionId::of);
    add(Money.class, MoneyJson::write, MoneyJson.READER::read);
    add(TransactionLine.class, TransactionJson::writeLine, TransactionJson.LINE_READER::read);
    add(Transaction.class, TransactionJson::write, TransactionJson.READER::read);
    add(ContactPoint.class, CustomerJson::writeContact, CustomerJson.CONTACT_READER::read);
    add(
        Demographics.class,
        CustomerJson::writeDemographics,
        CustomerJson.DEMOGRAPHICS_READER::read);
    add(Customer.class, CustomerJson::write, CustomerJson.READER::read);
    add(Interaction.class, ActivityJson::writeInteraction, ActivityJson.INTERACTION_READER::read);
    add(
        ServiceRequest.class,
        ActivityJson::writeServiceRequest,
        ActivityJson.SERVICE_REQUEST_READER::read);
    add(Feedback.class, ActivityJson::writeFeedback, ActivityJson.FEEDBACK_READER::read);
    add(CustomerSummary.class, SummaryJson::write, SummaryJson.READER::read);
  }
}
