package io.crmkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.summary.CustomerSummary;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.core.transaction.TransactionLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrmJacksonTest {

  static final ObjectMapper MAPPER = CrmJackson.newMapper();
  static final Instant AT = Instant.parse("2024-01-31T09:30:00Z");

  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  @Test
  void money_is_written_with_the_amount_as_a_string() throws Exception {
    assertThat(MAPPER.writeValueAsString(Money.of("12.50", "EUR")))
        .isEqualTo(json("{'amount':'12.50','currency':'EUR'}"));
  }

  @Test
  void money_amount_keeps_every_digit() throws Exception {
    Money precise = Money.of("0.10000000000000000000000000001", "USD");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(precise), Money.class).amount())
        .isEqualByComparingTo("0.10000000000000000000000000001");
  }

  @Test
  void money_amount_may_also_be_a_json_number() throws Exception {
    assertThat(MAPPER.readValue(json("{'amount':12.5,'currency':'EUR'}"), Money.class))
        .isEqualTo(Money.of("12.5", "EUR"));
  }

  @Test
  void ids_are_plain_strings() throws Exception {
    assertThat(MAPPER.writeValueAsString(CustomerId.of("42"))).isEqualTo("\"42\"");
    assertThat(MAPPER.readValue("\"t-1\"", TransactionId.class)).isEqualTo(TransactionId.of("t-1"));
  }

  @Test
  void a_refund_is_written_with_kind_lines_and_refunded_id() throws Exception {
    Transaction refund = Transaction.refund("r1", "42", AT, Money.of("5.00", "EUR"), "t1");
    assertThat(MAPPER.writeValueAsString(refund))
        .isEqualTo(
            json(
                "{'id':'r1','customerId':'42',"
                    + "'timestamp':'2024-01-31T09:30:00Z','total':{'amount':'5.00','currency':'EUR'},'kind':'REFUND',"
                    + "'lines':[],'refundOf':'t1'}"));
  }

  @Test
  void a_minimal_purchase_needs_no_kind_or_lines() throws Exception {
    Transaction t =
        MAPPER.readValue(
            json(
                "{'id':'t1','customerId':'42','timestamp':'2024-01-31T09:30:00Z',"
                    + "'total':{'amount':'12.50','currency':'EUR'}}"),
            Transaction.class);
    assertThat(t).isEqualTo(Transaction.purchase("t1", "42", AT, Money.of("12.50", "EUR")));
  }

  @Test
  void a_purchase_with_lines_round_trips() throws Exception {
    Transaction t =
        Transaction.purchase(
            "t1",
            "42",
            AT,
            List.of(
                TransactionLine.of("p1", "books", 2, Money.of("7.25", "EUR")),
                new TransactionLine(
                    "p2", "", new java.math.BigDecimal("0.750"), Money.of("4.00", "EUR"))));
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(t), Transaction.class)).isEqualTo(t);
  }

  @Test
  void a_customer_leaves_out_unknown_parts() throws Exception {
    Customer c =
        Customer.builder("42", AT)
            .displayName("Ada")
            .email("ada@example.org")
            .tag("vip")
            .consent(Channel.EMAIL, io.crmkit.core.customer.Consent.OPTED_IN)
            .birthDate(LocalDate.of(1990, 12, 10))
            .build();
    assertThat(MAPPER.writeValueAsString(c))
        .isEqualTo(
            json(
                "{'id':'42','displayName':'Ada',"
                    + "'contacts':[{'type':'EMAIL','value':'ada@example.org','primary':false}],'birthDate':'1990-12-10',"
                    + "'attributes':{},'tags':['vip'],'consents':{'EMAIL':'OPTED_IN'},'createdAt':'2024-01-31T09:30:00Z',"
                    + "'updatedAt':'2024-01-31T09:30:00Z'}"));
  }

  @Test
  void a_minimal_customer_needs_only_id_and_creation() throws Exception {
    assertThat(
            MAPPER.readValue(
                json("{'id':'42','createdAt':'2024-01-31T09:30:00Z'}"), Customer.class))
        .isEqualTo(Customer.builder("42", AT).build());
  }

  @Test
  void activities_and_summaries_round_trip() throws Exception {
    Interaction i =
        Interaction.inbound("i1", CustomerId.of("42"), Channel.CHAT, AT, "billing", "call back")
            .withFollowUpAt(AT.plusSeconds(3600));
    ServiceRequest r =
        ServiceRequest.open("s1", CustomerId.of("42"), AT, Priority.URGENT).respond(AT);
    Feedback f = Feedback.nps("f1", CustomerId.of("42"), AT, 9).withText("merci");
    CustomerSummary s =
        CustomerSummary.of(
                CustomerId.of("42"), 2, 30.428571428571427, 38.857142857142854, 22.35, 64.2, 3)
            .withFirstPurchase(LocalDate.of(1997, 1, 1))
            .withHoldoutFrequency(1);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(i), Interaction.class)).isEqualTo(i);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(r), ServiceRequest.class)).isEqualTo(r);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(f), Feedback.class)).isEqualTo(f);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(s), CustomerSummary.class)).isEqualTo(s);
  }

  @Test
  void new_mapper_also_handles_plain_java_time_and_optional() throws Exception {
    ObjectMapper mapper = CrmJackson.newMapper();
    assertThat(mapper.writeValueAsString(LocalDate.of(2024, 1, 31))).isEqualTo("\"2024-01-31\"");
    assertThat(mapper.writeValueAsString(Optional.of(Money.of("1", "EUR"))))
        .isEqualTo(json("{'amount':'1','currency':'EUR'}"));
  }

  @Test
  void a_validation_failure_carries_the_record_message() {
    String negative =
        json(
            "{'id':'t1','customerId':'42','timestamp':'2024-01-31T09:30:00Z',"
                + "'total':{'amount':'-1','currency':'EUR'}}");
    assertThatThrownBy(() -> MAPPER.readValue(negative, Transaction.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$ is invalid: ")
        .hasMessageContaining("total must not be negative")
        .hasMessageContaining("-1 EUR");
  }

  @Test
  void a_refund_without_refunded_id_is_refused() {
    String refund =
        json(
            "{'id':'r1','customerId':'42','timestamp':'2024-01-31T09:30:00Z',"
                + "'total':{'amount':'1','currency':'EUR'},'kind':'REFUND'}");
    assertThatThrownBy(() -> MAPPER.readValue(refund, Transaction.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("refundOf");
  }

  @Test
  void a_missing_field_is_named() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    json(
                        "{'customerId':'42','timestamp':'2024-01-31T09:30:00Z',"
                            + "'total':{'amount':'1','currency':'EUR'}}"),
                    Transaction.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$.id is required but is missing");
  }

  @Test
  void a_malformed_field_is_named_with_its_value_and_expectation() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    json(
                        "{'id':'t1','customerId':'42','timestamp':'yesterday',"
                            + "'total':{'amount':'1','currency':'EUR'}}"),
                    Transaction.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$.timestamp must be an ISO-8601 instant")
        .hasMessageContaining("yesterday");
    assertThatThrownBy(
            () -> MAPPER.readValue(json("{'amount':'twelve','currency':'EUR'}"), Money.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$.amount must be a decimal number")
        .hasMessageContaining("twelve");
    assertThatThrownBy(
            () -> MAPPER.readValue(json("{'amount':'1','currency':'EURO'}"), Money.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("ISO 4217")
        .hasMessageContaining("EURO");
  }

  @Test
  void a_nested_error_names_its_path() {
    String badLine =
        json(
            "{'id':'t1','customerId':'42','timestamp':'2024-01-31T09:30:00Z',"
                + "'total':{'amount':'1','currency':'EUR'},'lines':[{'productId':'p','quantity':'0',"
                + "'unitPrice':{'amount':'1','currency':'EUR'}}]}");
    assertThatThrownBy(() -> MAPPER.readValue(badLine, Transaction.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$.lines[0] is invalid")
        .hasMessageContaining("quantity must be positive");
  }

  @Test
  void a_bad_enum_lists_the_allowed_values() {
    String bad =
        json(
            "{'id':'i1','customerId':'42','channel':'PIGEON','direction':'INBOUND',"
                + "'at':'2024-01-31T09:30:00Z'}");
    assertThatThrownBy(() -> MAPPER.readValue(bad, Interaction.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$.channel must be one of [PHONE")
        .hasMessageContaining("PIGEON");
    String badConsent =
        json("{'id':'42','createdAt':'2024-01-31T09:30:00Z','consents':{'EMAIL':'MAYBE'}}");
    assertThatThrownBy(() -> MAPPER.readValue(badConsent, Customer.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$.consents.EMAIL must be one of")
        .hasMessageContaining("MAYBE");
  }

  @Test
  void unknown_fields_are_refused_unless_the_mapper_allows_them() throws Exception {
    String extra = json("{'amount':'1','currency':'EUR','note':'x'}");
    assertThatThrownBy(() -> MAPPER.readValue(extra, Money.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining(
            "$.note is not a known field; the fields of $ are [amount, currency]");
    ObjectMapper lenient =
        new ObjectMapper()
            .registerModule(CrmJackson.module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(lenient.readValue(extra, Money.class)).isEqualTo(Money.of("1", "EUR"));
  }

  @Test
  void invalid_ids_and_non_objects_are_refused() {
    assertThatThrownBy(() -> MAPPER.readValue("\" \"", CustomerId.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("customer id must not be blank");
    assertThatThrownBy(() -> MAPPER.readValue("42", CustomerId.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$ must be a CustomerId as a JSON string but was: 42");
    assertThatThrownBy(() -> MAPPER.readValue("[1]", Money.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$ must be a JSON object but was: [1]");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    json("{'id':'f1','customerId':'42','at':'2024-01-31T09:30:00Z'," + "'nps':11}"),
                    Feedback.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("nps of feedback f1 must be between 0 and 10");
  }

  @Test
  void an_error_deep_in_a_list_names_its_whole_path() {
    String list =
        json(
            "[{'id':'t1','customerId':'42','timestamp':'2024-01-31T09:30:00Z',"
                + "'total':{'amount':'1','currency':'EUR'}},{'id':'t2','customerId':'42','timestamp':'2024-01-31T09:30:00Z',"
                + "'total':{'amount':'1','currency':'EUR'},'lines':[{'productId':'p','quantity':'2',"
                + "'unitPrice':{'amount':true,'currency':'EUR'}}]}]");
    assertThatThrownBy(() -> MAPPER.readValue(list, new TypeReference<List<Transaction>>() {}))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$[1].lines[0].unitPrice.amount");
              assertThat(e.problem())
                  .startsWith("must be a decimal number")
                  .endsWith("but was: true");
            });
  }

  @Test
  void wrong_json_types_are_errors_naming_the_path() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    json(
                        "{'id':'f1','customerId':'42','at':'2024-01-31T09:30:00Z'," + "'nps':'9'}"),
                    Feedback.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$.nps must be a whole number but was: \"9\"");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    json("{'id':'42','createdAt':'2024-01-31T09:30:00Z','tags':['a',1]}"),
                    Customer.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessage("$.tags[1] must be a string but was: 1");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    json(
                        "{'id':'i1','customerId':'42','channel':'chat',"
                            + "'direction':'INBOUND','at':'2024-01-31T09:30:00Z'}"),
                    Interaction.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("did you mean \"CHAT\"");
  }

  @Test
  void unknown_fields_of_nested_objects_are_refused_with_their_path() {
    String extra =
        json(
            "{'id':'t1','customerId':'42','timestamp':'2024-01-31T09:30:00Z',"
                + "'total':{'amount':'1','currency':'EUR','cents':100}}");
    assertThatThrownBy(() -> CrmJackson.read(extra, Transaction.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class, e -> assertThat(e.path()).isEqualTo("$.total.cents"));
  }

  @Test
  void malformed_json_is_the_same_exception_with_line_and_column() {
    assertThatThrownBy(() -> CrmJackson.read("{\"amount\": ", Money.class))
        .isInstanceOfSatisfying(
            CrmJsonException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$");
              assertThat(e.problem())
                  .startsWith("is not well-formed JSON for a Money")
                  .contains("line 1");
            });
  }

  /** A bean of a user's own, holding a crmkit value. */
  public record Order(String note, Money price) {}

  @Test
  void a_mapper_of_your_own_reports_the_crmkit_error_itself_or_as_the_cause() {
    ObjectMapper own = new ObjectMapper().registerModule(CrmJackson.module());
    assertThatThrownBy(() -> own.readValue(json("{'amount':'x','currency':'EUR'}"), Money.class))
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$.amount");
    assertThatThrownBy(
            () ->
                own.readValue(
                    json("{'note':'n','price':{'amount':'x','currency':'EUR'}}"), Order.class))
        .isInstanceOf(JsonMappingException.class)
        .cause()
        .isInstanceOf(CrmJsonException.class)
        .hasMessageContaining("$.price.amount");
  }

  @Test
  void the_shared_reader_and_writer_round_trip() {
    Money m = Money.of("12.50", "EUR");
    assertThat(CrmJackson.read(CrmJackson.write(m), Money.class)).isEqualTo(m);
    assertThat(CrmJackson.writePretty(m)).contains("\n");
    assertThat(CrmJackson.modules()).first().isInstanceOf(CoreJsonModule.class);
  }
}
