package io.crmkit.identity.profile;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Consent;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.core.repository.InMemoryCustomerRepository;
import io.crmkit.core.repository.InMemoryInteractionRepository;
import io.crmkit.core.repository.InMemoryTransactionRepository;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.identity.merge.InMemoryServiceRequestRepository;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleFacts;
import io.crmkit.lifecycle.stage.Stage;
import io.crmkit.lifecycle.stage.store.InMemoryLifecycleRepository;
import io.crmkit.loyalty.account.InMemoryLoyaltyAccountRepository;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.ledger.ExpiryPolicy;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded population of customers with purchases, and one customer (ada) with something in every
 * store.
 */
final class ProfileFixture {

  static final Instant START = Instant.parse("2025-01-01T10:00:00Z");
  static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
  static final ZoneId UTC = ZoneOffset.UTC;
  static final CustomerId ADA = CustomerId.of("ada");

  final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
  final InMemoryTransactionRepository transactions = new InMemoryTransactionRepository();
  final InMemoryInteractionRepository interactions = new InMemoryInteractionRepository();
  final InMemoryServiceRequestRepository requests = new InMemoryServiceRequestRepository();
  final InMemoryLifecycleRepository lifecycles = InMemoryLifecycleRepository.create();
  final LedgerPolicy policy = LedgerPolicy.simple(UTC).withExpiry(ExpiryPolicy.endOfMonthAfter(1));
  final InMemoryLoyaltyAccountRepository loyalty =
      InMemoryLoyaltyAccountRepository.create(id -> LoyaltyAccount.open(id, policy));
  final List<Feedback> feedback;

  /** {@code people} random customers (seeded) plus ada. */
  ProfileFixture(long seed, int people) {
    Random rnd = new Random(seed);
    int tx = 0;
    for (int c = 0; c < people; c++) {
      String id = "c" + c;
      Instant first = START.plus(Duration.ofHours(rnd.nextInt(24 * 200)));
      customers.save(Customer.builder(id, first).build());
      int purchases = 1 + rnd.nextInt(rnd.nextBoolean() ? 2 : 8);
      double mean =
          30
              * Math.exp(
                  0.6 * rnd.nextGaussian()); // customers differ in spend (Gamma-Gamma needs it)
      Instant t = first;
      for (int p = 0; p < purchases && t.isBefore(NOW); p++) {
        transactions.save(
            Transaction.purchase(
                "t" + tx++,
                id,
                t,
                Money.of(
                    String.format(java.util.Locale.ROOT, "%.2f", mean * (0.5 + rnd.nextDouble())),
                    "GBP")));
        t = t.plus(Duration.ofHours(24 + rnd.nextInt(24 * 60)));
      }
    }
    customers.save(
        Customer.builder("ada", START)
            .displayName("Ada Lovelace")
            .email("ada@example.org")
            .phone("+447700900123")
            .birthDate(LocalDate.of(1990, 1, 20))
            .consent(Channel.EMAIL, Consent.OPTED_IN)
            .consent(Channel.SMS, Consent.OPTED_OUT)
            .tag("vip")
            .preference("tea")
            .attribute("source_ids", "ada,web-9")
            .build());
    for (int p = 0; p < 6; p++) {
      transactions.save(
          Transaction.purchase(
              "ada-" + p, "ada", START.plus(Duration.ofDays(40L * p)), Money.of("40.00", "GBP")));
    }
    transactions.save(
        Transaction.purchase(
            "ada-future", "ada", NOW.plus(Duration.ofDays(3)), Money.of("99.00", "GBP")));
    for (int i = 0; i < 7; i++) {
      interactions.save(
          Interaction.inbound(
              "ada-i" + i,
              ADA,
              i % 2 == 0 ? Channel.EMAIL : Channel.PHONE,
              NOW.minus(Duration.ofDays(10L * (7 - i))),
              "topic " + i,
              "done"));
    }
    interactions.save(
        Interaction.outbound(
                "ada-call", ADA, Channel.PHONE, NOW.minus(Duration.ofDays(1)), "renewal", "")
            .withFollowUpAt(NOW.plus(Duration.ofDays(5))));
    requests.save(ServiceRequest.open("sr-1", ADA, NOW.minus(Duration.ofDays(4)), Priority.HIGH));
    requests.save(
        ServiceRequest.open("sr-0", ADA, NOW.minus(Duration.ofDays(20)), Priority.LOW)
            .respond(NOW.minus(Duration.ofDays(19))));
    requests.save(
        ServiceRequest.open("sr-old", ADA, NOW.minus(Duration.ofDays(90)), Priority.LOW)
            .respond(NOW.minus(Duration.ofDays(89)))
            .resolve(NOW.minus(Duration.ofDays(80))));
    lifecycles.insert(
        new Lifecycle(
            "ada",
            Stage.of("LOYAL"),
            START,
            Stage.of("LOYAL"),
            List.of(),
            LifecycleFacts.none(START),
            Set.of(),
            List.of(),
            START));
    loyalty.update(
        ADA, a -> a.ledger().earn("e1", NOW.minus(Duration.ofDays(400)), 120, "welcome"));
    loyalty.update(ADA, a -> a.ledger().earn("e2", NOW.minus(Duration.ofDays(30)), 300, "bonus"));
    loyalty.update(ADA, a -> a.ledger().redeem("r1", NOW.minus(Duration.ofDays(20)), 50, "mug"));
    feedback =
        List.of(
            Feedback.nps("f1", ADA, NOW.minus(Duration.ofDays(100)), 9),
            Feedback.csat("f2", ADA, NOW.minus(Duration.ofDays(50)), 4),
            Feedback.nps("f3", ADA, NOW.minus(Duration.ofDays(5)), 6),
            Feedback.nps("f-other", CustomerId.of("c1"), NOW.minus(Duration.ofDays(5)), 10));
  }

  ProfileSources sources() {
    return ProfileSources.of(customers, transactions)
        .withInteractions(interactions)
        .withServiceRequests(requests)
        .withLifecycles(lifecycles)
        .withLoyalty(loyalty)
        .withFeedback(feedback);
  }

  static ProfileSettings settings() {
    return ProfileSettings.of(Clock.fixed(NOW, UTC), UTC);
  }
}
