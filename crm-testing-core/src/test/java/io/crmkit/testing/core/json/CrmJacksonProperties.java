package io.crmkit.testing.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.money.Money;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.summary.CustomerSummary;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.testing.core.CoreArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every core value type survives a trip to JSON and back unchanged. */
class CrmJacksonProperties {

  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(CrmJackson.module());

  static <T> T roundTrip(T value, Class<T> type) throws JsonProcessingException {
    return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
  }

  @Provide
  Arbitrary<Money> money() {
    return CoreArbitraries.anyMoney();
  }

  @Property(tries = 200)
  boolean money_keeps_amount_scale_and_currency(@ForAll("money") Money m)
      throws JsonProcessingException {
    Money back = roundTrip(m, Money.class);
    return back.equals(m) && back.amount().scale() == m.amount().scale();
  }

  @Provide
  Arbitrary<Transaction> transactions() {
    return Arbitraries.oneOf(
        CoreArbitraries.purchases(),
        CoreArbitraries.transactionHistories()
            .filter(h -> !h.isEmpty())
            .map(h -> h.get(h.size() - 1)));
  }

  @Property(tries = 150)
  boolean transactions_round_trip(@ForAll("transactions") Transaction t)
      throws JsonProcessingException {
    return roundTrip(t, Transaction.class).equals(t);
  }

  @Provide
  Arbitrary<List<Transaction>> histories() {
    return CoreArbitraries.transactionHistories();
  }

  @Property(tries = 50)
  boolean transaction_lists_round_trip(@ForAll("histories") List<Transaction> history)
      throws JsonProcessingException {
    String json = MAPPER.writeValueAsString(history);
    return MAPPER.readValue(json, new TypeReference<List<Transaction>>() {}).equals(history);
  }

  @Provide
  Arbitrary<Customer> customers() {
    return CoreArbitraries.customers();
  }

  @Property(tries = 150)
  boolean customers_round_trip(@ForAll("customers") Customer c) throws JsonProcessingException {
    return roundTrip(c, Customer.class).equals(c);
  }

  @Provide
  Arbitrary<Interaction> interactions() {
    return CoreArbitraries.interactions();
  }

  @Property(tries = 150)
  boolean interactions_round_trip(@ForAll("interactions") Interaction i)
      throws JsonProcessingException {
    return roundTrip(i, Interaction.class).equals(i);
  }

  @Provide
  Arbitrary<ServiceRequest> serviceRequests() {
    return CoreArbitraries.serviceRequests();
  }

  @Property(tries = 150)
  boolean service_requests_round_trip(@ForAll("serviceRequests") ServiceRequest r)
      throws JsonProcessingException {
    return roundTrip(r, ServiceRequest.class).equals(r);
  }

  @Provide
  Arbitrary<Feedback> feedback() {
    return CoreArbitraries.feedback();
  }

  @Property(tries = 150)
  boolean feedback_round_trips(@ForAll("feedback") Feedback f) throws JsonProcessingException {
    return roundTrip(f, Feedback.class).equals(f);
  }

  @Provide
  Arbitrary<CustomerSummary> summaries() {
    Arbitrary<Optional<LocalDate>> dates =
        Arbitraries.integers()
            .between(0, 20_000)
            .map(d -> LocalDate.of(1990, 1, 1).plusDays(d))
            .optional();
    return Combinators.combine(
            CoreArbitraries.customerIds(),
            Arbitraries.integers().between(0, 50),
            Arbitraries.doubles().between(0, 100),
            Arbitraries.doubles().between(0, 100),
            Arbitraries.doubles().between(0, 1e6),
            Arbitraries.integers().between(0, 60),
            dates,
            Arbitraries.integers().between(0, 9).optional())
        .as(
            (id, x, a, b, m, n, first, holdout) -> {
              double recency = x == 0 ? 0 : Math.min(a, b);
              CustomerSummary s =
                  CustomerSummary.of(
                      id, x, recency, Math.max(a, b), x == 0 ? 0 : m, m * x - 0.1, n);
              if (first.isPresent()) {
                s = s.withFirstPurchase(first.get()).withLastPurchase(first.get());
              }
              return holdout.isPresent() ? s.withHoldoutFrequency(holdout.get()) : s;
            });
  }

  @Property(tries = 150)
  boolean summaries_round_trip_bit_for_bit(@ForAll("summaries") CustomerSummary s)
      throws JsonProcessingException {
    return roundTrip(s, CustomerSummary.class).equals(s);
  }

  @Property(tries = 50)
  void maps_keyed_by_customer_id_round_trip(@ForAll("money") Money m)
      throws JsonProcessingException {
    Map<CustomerId, Money> spend = Map.of(CustomerId.of("42"), m, CustomerId.of("c-7"), m);
    String json = MAPPER.writeValueAsString(spend);
    assertThat(MAPPER.readValue(json, new TypeReference<Map<CustomerId, Money>>() {}))
        .isEqualTo(spend);
  }
}
