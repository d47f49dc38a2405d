package io.crmkit.identity.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Consent;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.core.repository.InMemoryCustomerRepository;
import io.crmkit.core.repository.InMemoryInteractionRepository;
import io.crmkit.core.repository.InMemoryTransactionRepository;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleFacts;
import io.crmkit.lifecycle.stage.Stage;
import io.crmkit.lifecycle.stage.store.InMemoryLifecycleRepository;
import io.crmkit.lifecycle.stage.store.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergeServiceTest {

  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
  private final InMemoryTransactionRepository transactions = new InMemoryTransactionRepository();
  private final InMemoryInteractionRepository interactions = new InMemoryInteractionRepository();
  private final InMemoryServiceRequestRepository requests = new InMemoryServiceRequestRepository();
  private final InMemoryLifecycleRepository lifecycles = InMemoryLifecycleRepository.create();
  private final MergeService service =
      MergeService.over(
          customers,
          transactions,
          interactions,
          requests,
          lifecycles,
          Survivorship.trusting(List.of("store", "web")),
          Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

  private static Lifecycle lifecycle(String subject, String stage, Instant at) {
    return new Lifecycle(
        subject,
        Stage.of(stage),
        at,
        Stage.of(stage),
        List.of(),
        LifecycleFacts.none(at),
        Set.of(),
        List.of(),
        at);
  }

  private void seed() {
    customers.save(
        Customer.builder("web-1", T0)
            .displayName("Ada Lovelace")
            .email("ada@example.org")
            .consent(Channel.EMAIL, Consent.OPTED_IN)
            .attribute("source", "web")
            .updatedAt(T0.plusSeconds(500))
            .build());
    customers.save(
        Customer.builder("store-7", T0.plusSeconds(10))
            .displayName("A. Lovelace")
            .phone("07700 900123")
            .birthDate(LocalDate.of(1815, 12, 10))
            .consent(Channel.EMAIL, Consent.OPTED_OUT)
            .attribute("source", "store")
            .build());
    customers.save(Customer.builder("call-3", T0.plusSeconds(20)).phone("07700 900123").build());
    customers.save(Customer.builder("other", T0).displayName("Charles Babbage").build());
    transactions.save(
        Transaction.purchase("t1", "web-1", T0.plusSeconds(100), Money.of("10.00", "GBP")));
    transactions.save(
        Transaction.purchase("t2", "store-7", T0.plusSeconds(200), Money.of("25.50", "GBP")));
    transactions.save(
        Transaction.purchase("t3", "other", T0.plusSeconds(300), Money.of("5.00", "GBP")));
    interactions.save(
        Interaction.inbound(
            "i1",
            CustomerId.of("call-3"),
            Channel.PHONE,
            T0.plusSeconds(400),
            "billing",
            "solved"));
    requests.save(
        ServiceRequest.open("sr1", CustomerId.of("call-3"), T0.plusSeconds(400), Priority.HIGH));
    lifecycles.insert(lifecycle("store-7", "ACTIVE", T0.plusSeconds(200)));
    lifecycles.insert(lifecycle("call-3", "NEW", T0.plusSeconds(20)));
  }

  private record Snapshot(
      List<Customer> customers,
      List<Transaction> transactions,
      List<Interaction> interactions,
      List<ServiceRequest> requests,
      List<Lifecycle> lifecycles) {}

  private Snapshot snapshot() {
    return new Snapshot(
        customers.streamAll().toList(),
        transactions.streamAll().toList(),
        interactions.streamAll().toList(),
        requests.findAll(),
        lifecycles.findAll());
  }

  @Test
  void merge_repoints_everything_to_the_survivor_and_keeps_the_opt_out_and_the_source_ids() {
    seed();
    MergeRecord record =
        service.merge(
            CustomerId.of("web-1"), List.of(CustomerId.of("store-7"), CustomerId.of("call-3")));
    Customer merged = customers.findById(CustomerId.of("web-1")).orElseThrow();
    assertThat(merged.isOptedOut(Channel.EMAIL)).isTrue();
    assertThat(merged.attribute(Survivorship.SOURCE_IDS_ATTRIBUTE))
        .contains("call-3,store-7,web-1");
    assertThat(merged.displayName()).isEqualTo("A. Lovelace"); // the trusted store record first
    assertThat(merged.birthDate()).contains(LocalDate.of(1815, 12, 10));
    assertThat(merged.contacts()).hasSize(2);
    assertThat(customers.count()).isEqualTo(2);
    assertThat(transactions.findByCustomer(CustomerId.of("web-1")))
        .extracting(t -> t.id().value())
        .containsExactly("t1", "t2");
    assertThat(interactions.findByCustomer(CustomerId.of("web-1"))).hasSize(1);
    assertThat(requests.findByCustomer(CustomerId.of("web-1"))).hasSize(1);
    assertThat(lifecycles.find("web-1")).map(v -> v.value().stage()).contains(Stage.of("ACTIVE"));
    assertThat(lifecycles.count()).isEqualTo(1);
    assertThat(service.merges()).containsKey(record.mergeId());
  }

  @Test
  void merge_then_unmerge_restores_every_repository_exactly() {
    seed();
    Snapshot before = snapshot();
    MergeRecord record =
        service.merge(
            CustomerId.of("web-1"), List.of(CustomerId.of("store-7"), CustomerId.of("call-3")));
    assertThat(snapshot()).isNotEqualTo(before);
    service.unmerge(record.mergeId());
    assertThat(snapshot()).isEqualTo(before);
    assertThat(lifecycles.find("store-7").map(Versioned::value)).isPresent();
  }

  @Test
  void an_undone_merge_cannot_be_undone_twice_and_unknown_customers_are_refused() {
    seed();
    MergeRecord record = service.merge(CustomerId.of("web-1"), List.of(CustomerId.of("call-3")));
    service.unmerge(record.mergeId());
    assertThatThrownBy(() -> service.unmerge(record.mergeId()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(record.mergeId());
    assertThatThrownBy(
            () -> service.merge(CustomerId.of("web-1"), List.of(CustomerId.of("nobody"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody");
  }
}
