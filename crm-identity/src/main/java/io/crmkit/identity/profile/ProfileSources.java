package io.crmkit.identity.profile;

import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.repository.CustomerRepository;
import io.crmkit.core.repository.InMemoryInteractionRepository;
import io.crmkit.core.repository.InteractionRepository;
import io.crmkit.core.repository.TransactionRepository;
import io.crmkit.identity.merge.InMemoryServiceRequestRepository;
import io.crmkit.identity.merge.ServiceRequestRepository;
import io.crmkit.lifecycle.stage.store.InMemoryLifecycleRepository;
import io.crmkit.lifecycle.stage.store.LifecycleRepository;
import io.crmkit.loyalty.account.InMemoryLoyaltyAccountRepository;
import io.crmkit.loyalty.account.LoyaltyAccountRepository;
import java.util.List;
import java.util.Objects;

/**
 * The stores a {@link CustomerProfile} reads: customers and transactions (required), interactions,
 * service requests, lifecycles, loyalty accounts and feedback answers (crm-core has no feedback
 * repository: a list). {@link #of} starts with empty stores for everything but customers and
 * transactions; the {@code with…} methods replace one store each. Profiles only read the stores.
 *
 * @since 0.1
 */
public record ProfileSources(
    CustomerRepository customers,
    TransactionRepository transactions,
    InteractionRepository interactions,
    ServiceRequestRepository serviceRequests,
    LifecycleRepository lifecycles,
    LoyaltyAccountRepository loyalty,
    List<Feedback> feedback) {

  /** Checks that no store is null; copies the feedback list. */
  public ProfileSources {
    Objects.requireNonNull(customers, "customers must not be null");
    Objects.requireNonNull(transactions, "transactions must not be null");
    Objects.requireNonNull(interactions, "interactions must not be null");
    Objects.requireNonNull(serviceRequests, "serviceRequests must not be null");
    Objects.requireNonNull(lifecycles, "lifecycles must not be null");
    Objects.requireNonNull(loyalty, "loyalty must not be null");
    feedback =
        List.copyOf(Objects.requireNonNull(feedback, "feedback must not be null (use List.of())"));
  }

  /**
   * Customers and transactions; empty interactions, service requests, lifecycles, loyalty and
   * feedback.
   */
  public static ProfileSources of(
      CustomerRepository customers, TransactionRepository transactions) {
    return new ProfileSources(
        customers,
        transactions,
        new InMemoryInteractionRepository(),
        new InMemoryServiceRequestRepository(),
        InMemoryLifecycleRepository.create(),
        InMemoryLoyaltyAccountRepository.create(
            id -> {
              throw new IllegalStateException(
                  "profile sources hold no loyalty accounts: cannot open one for " + id);
            }),
        List.of());
  }

  /** These sources with {@code store} as the interactions. */
  public ProfileSources withInteractions(InteractionRepository store) {
    return new ProfileSources(
        customers, transactions, store, serviceRequests, lifecycles, loyalty, feedback);
  }

  /** These sources with {@code store} as the service requests. */
  public ProfileSources withServiceRequests(ServiceRequestRepository store) {
    return new ProfileSources(
        customers, transactions, interactions, store, lifecycles, loyalty, feedback);
  }

  /** These sources with {@code store} as the lifecycles. */
  public ProfileSources withLifecycles(LifecycleRepository store) {
    return new ProfileSources(
        customers, transactions, interactions, serviceRequests, store, loyalty, feedback);
  }

  /** These sources with {@code store} as the loyalty accounts. */
  public ProfileSources withLoyalty(LoyaltyAccountRepository store) {
    return new ProfileSources(
        customers, transactions, interactions, serviceRequests, lifecycles, store, feedback);
  }

  /** These sources with {@code answers} as the feedback (NPS, CSAT, text) of every customer. */
  public ProfileSources withFeedback(List<Feedback> answers) {
    return new ProfileSources(
        customers, transactions, interactions, serviceRequests, lifecycles, loyalty, answers);
  }
}
