package io.crmkit.testing.core;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Consent;
import io.crmkit.core.customer.ContactPoint;
import io.crmkit.core.customer.ContactType;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.customer.Demographics;
import io.crmkit.core.customer.Gender;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.interaction.Direction;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for crm-core values, shared with the other modules (and users) through
 * crm-testing. Every value generated is valid (it passes its record's validation); generators stay
 * simple so that shrinking gives small counterexamples.
 *
 * <p>Instants fall between {@link #FROM} and {@link #TO} (1997 to 2030), money is in one currency
 * (EUR by default) with 2 fraction digits.
 *
 * @since 0.1
 */
public final class CoreArbitraries {

  /** The earliest generated instant: 1997-01-01T00:00:00Z. */
  public static final Instant FROM = Instant.parse("1997-01-01T00:00:00Z");

  /** The latest generated instant (exclusive): 2030-01-01T00:00:00Z. */
  public static final Instant TO = Instant.parse("2030-01-01T00:00:00Z");

  private CoreArbitraries() {}

  /**
   * Customer ids {@code "c0"} to {@code "c<n-1>"}: a small pool, so generated values share
   * customers.
   */
  public static Arbitrary<CustomerId> customerIds(int n) {
    return Arbitraries.integers().between(0, n - 1).map(i -> CustomerId.of("c" + i));
  }

  /** Customer ids from a pool of 20. */
  public static Arbitrary<CustomerId> customerIds() {
    return customerIds(20);
  }

  /** Instants in {@code [FROM, TO)}, whole seconds. */
  public static Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(FROM.getEpochSecond(), TO.getEpochSecond() - 1)
        .map(Instant::ofEpochSecond);
  }

  /** Non-negative amounts of {@code currency} with 2 fraction digits, up to 10 000. */
  public static Arbitrary<Money> money(String currency) {
    return Arbitraries.longs()
        .between(0, 1_000_000)
        .map(cents -> Money.of(BigDecimal.valueOf(cents, 2), currency));
  }

  /** Non-negative EUR amounts with 2 fraction digits, up to 10 000. */
  public static Arbitrary<Money> money() {
    return money("EUR");
  }

  /**
   * Money with any scale (0 to 6 fraction digits) and sign, in EUR or JPY: for JSON round trips.
   */
  public static Arbitrary<Money> anyMoney() {
    return Combinators.combine(
            Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L),
            Arbitraries.integers().between(0, 6),
            Arbitraries.of("EUR", "JPY", "USD"))
        .as((unscaled, scale, currency) -> Money.of(BigDecimal.valueOf(unscaled, scale), currency));
  }

  /** Transaction lines in EUR: a product of a category, 1 to 5 units. */
  public static Arbitrary<TransactionLine> lines() {
    return Combinators.combine(
            Arbitraries.of("p1", "p2", "p3", "p4"),
            Arbitraries.of("books", "music", "food"),
            Arbitraries.integers().between(1, 5),
            money())
        .as((p, cat, q, price) -> TransactionLine.of(p, cat, q, price));
  }

  /**
   * Single purchases (with or without lines) by a customer from a pool of 20, with ids {@code
   * "t<n>"}.
   */
  public static Arbitrary<Transaction> purchases() {
    Arbitrary<List<TransactionLine>> lines = lines().list().ofMaxSize(3);
    return Combinators.combine(
            Arbitraries.integers().between(0, 1_000_000), customerIds(), instants(), money(), lines)
        .as(
            (n, c, at, total, ls) ->
                ls.isEmpty()
                    ? Transaction.purchase("t" + n, c.value(), at, total)
                    : Transaction.purchase("t" + n, c.value(), at, ls));
  }

  /**
   * Purchase histories: lists of purchases (no lines) by up to {@code customers} customers, with
   * distinct ids {@code "t0"}, {@code "t1"}, ... in timestamp order.
   */
  public static Arbitrary<List<Transaction>> purchaseHistories(int customers, int maxSize) {
    Arbitrary<Tuple.Tuple3<CustomerId, Instant, Money>> one =
        Combinators.combine(customerIds(customers), instants(), money()).as(Tuple::of);
    return one.list()
        .ofMaxSize(maxSize)
        .map(
            rows -> {
              List<Tuple.Tuple3<CustomerId, Instant, Money>> sorted = new ArrayList<>(rows);
              sorted.sort(Comparator.comparing(Tuple.Tuple3::get2));
              List<Transaction> out = new ArrayList<>();
              for (int i = 0; i < sorted.size(); i++) {
                Tuple.Tuple3<CustomerId, Instant, Money> r = sorted.get(i);
                out.add(Transaction.purchase("t" + i, r.get1().value(), r.get2(), r.get3()));
              }
              return out;
            });
  }

  /** Purchase histories of up to 10 customers and 60 purchases. */
  public static Arbitrary<List<Transaction>> purchaseHistories() {
    return purchaseHistories(10, 60);
  }

  /**
   * Histories with refunds: a purchase history where some purchases are followed, one day later, by
   * a refund ({@code "r<i>"}) of part or all of them, by the same customer.
   */
  public static Arbitrary<List<Transaction>> transactionHistories() {
    return Combinators.combine(
            purchaseHistories(), Arbitraries.integers().between(0, 100).list().ofMaxSize(60))
        .as(
            (purchases, refundPercents) -> {
              List<Transaction> out = new ArrayList<>(purchases);
              for (int i = 0; i < purchases.size() && i < refundPercents.size(); i++) {
                int percent = refundPercents.get(i);
                if (percent % 3 == 0) {
                  Transaction p = purchases.get(i);
                  Money amount =
                      p.total()
                          .times(BigDecimal.valueOf(percent, 2))
                          .rounded(java.math.RoundingMode.DOWN);
                  out.add(
                      Transaction.refund(
                          "r" + i,
                          p.customerId().value(),
                          p.timestamp().plus(Duration.ofDays(1)),
                          amount,
                          p.id().value()));
                }
              }
              return out;
            });
  }

  /** Contact points (not primary): e-mails, phones, postal addresses and social handles. */
  public static Arbitrary<ContactPoint> contactPoints() {
    Arbitrary<ContactPoint> email =
        Arbitraries.strings()
            .alpha()
            .ofMinLength(1)
            .ofMaxLength(8)
            .map(s -> ContactPoint.email(s + "@example.org"));
    Arbitrary<ContactPoint> phone =
        Arbitraries.strings()
            .numeric()
            .ofMinLength(3)
            .ofMaxLength(12)
            .map(s -> ContactPoint.phone("+" + s));
    Arbitrary<ContactPoint> postal =
        Arbitraries.of("1 High St, Leeds", "Hauptstr. 5, Berlin")
            .map(s -> ContactPoint.of(ContactType.POSTAL, s));
    Arbitrary<ContactPoint> social =
        Arbitraries.strings()
            .alpha()
            .ofMinLength(1)
            .ofMaxLength(8)
            .map(s -> ContactPoint.of(ContactType.SOCIAL, "@" + s));
    return Arbitraries.oneOf(email, phone, postal, social);
  }

  /** Demographics with each part present or not. */
  public static Arbitrary<Demographics> demographics() {
    return Combinators.combine(
            Arbitraries.of("18-24", "25-34", "35-44", "45+").optional(),
            Arbitraries.of("low", "middle", "high").optional(),
            Arbitraries.of("nurse", "engineer", "teacher").optional(),
            Arbitraries.of("north", "south", "Île-de-France").optional())
        .as(
            (age, income, occupation, region) -> {
              Demographics d = Demographics.none();
              d = age.map(d::withAgeBand).orElse(d);
              d = income.map(d::withIncomeBand).orElse(d);
              d = occupation.map(d::withOccupation).orElse(d);
              return region.map(d::withRegion).orElse(d);
            });
  }

  /**
   * Customers from a pool of 20 ids, with any combination of optional parts; the first contact is
   * primary.
   */
  public static Arbitrary<Customer> customers() {
    Arbitrary<Customer.Builder> base =
        Combinators.combine(
                customerIds(),
                instants(),
                Arbitraries.of("", "Ada Lovelace", "Grace Hopper", "Zoë Ünal"),
                contactPoints().list().ofMaxSize(3).uniqueElements(c -> c.type() + c.value()),
                Arbitraries.integers()
                    .between(0, 30_000)
                    .map(d -> LocalDate.of(1930, 1, 1).plusDays(d))
                    .optional(),
                Arbitraries.of(Gender.class).optional(),
                demographics())
            .as(
                (id, created, name, contacts, birth, gender, demo) -> {
                  Customer.Builder b =
                      Customer.builder(id, created).displayName(name).demographics(demo);
                  for (int i = 0; i < contacts.size(); i++) {
                    b.contact(i == 0 ? contacts.get(i).asPrimary() : contacts.get(i));
                  }
                  birth.ifPresent(b::birthDate);
                  gender.ifPresent(b::gender);
                  return b;
                });
    return Combinators.combine(
            base,
            Arbitraries.of("vip", "prefers:sweet", "prefers:jazz", "b2b").set().ofMaxSize(3),
            Arbitraries.maps(
                    Arbitraries.of("wedding", "loyaltyCard", "source"),
                    Arbitraries.of("2015-06-20", "L-1", "web"))
                .ofMaxSize(2),
            Arbitraries.maps(Arbitraries.of(Channel.class), Arbitraries.of(Consent.class))
                .ofMaxSize(3),
            Arbitraries.of(
                    ZoneId.of("UTC"), ZoneId.of("Europe/Paris"), ZoneId.of("Pacific/Chatham"))
                .optional(),
            Arbitraries.longs().between(0, 10_000_000))
        .as(
            (b, tags, attributes, consents, zone, updatedAfter) -> {
              tags.forEach(b::tag);
              attributes.forEach(b::attribute);
              consents.forEach(b::consent);
              zone.ifPresent(b::zone);
              Customer c = b.build();
              return c.toBuilder().updatedAt(c.createdAt().plusSeconds(updatedAfter)).build();
            });
  }

  /**
   * Interactions by customers from a pool of 20, with ids {@code "i<n>"}, sometimes with a
   * follow-up.
   */
  public static Arbitrary<Interaction> interactions() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1_000_000),
            customerIds(),
            Arbitraries.of(Channel.class),
            Arbitraries.of(Direction.class),
            instants(),
            Arbitraries.of("", "billing", "complaint", "offer"),
            Arbitraries.of("", "resolved", "call back"),
            Arbitraries.longs().between(0, 1_000_000).optional())
        .as(
            (n, c, ch, dir, at, topic, outcome, followUp) ->
                followUp
                    .map(
                        f ->
                            Interaction.of("i" + n, c, ch, dir, at, topic, outcome)
                                .withFollowUpAt(at.plusSeconds(f)))
                    .orElseGet(() -> Interaction.of("i" + n, c, ch, dir, at, topic, outcome)));
  }

  /** Service requests in every status, with consistent response and resolution instants. */
  public static Arbitrary<ServiceRequest> serviceRequests() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1_000_000),
            customerIds(),
            instants(),
            Arbitraries.of(Priority.class),
            Arbitraries.longs().between(0, 1_000_000).optional(),
            Arbitraries.longs().between(0, 1_000_000).optional(),
            Arbitraries.of(true, false))
        .as(
            (n, c, opened, p, response, resolution, close) -> {
              ServiceRequest r = ServiceRequest.open("s" + n, c, opened, p);
              if (response.isPresent()) {
                r = r.respond(opened.plusSeconds(response.get()));
              }
              if (resolution.isPresent()) {
                long after = response.orElse(0L) + resolution.get();
                r = r.resolve(opened.plusSeconds(after));
              }
              return close ? r.close() : r;
            });
  }

  /** Feedback with an NPS score, a CSAT score, text, or any combination (never none). */
  public static Arbitrary<Feedback> feedback() {
    Arbitrary<OptionalInt> nps =
        Arbitraries.integers()
            .between(0, 10)
            .optional()
            .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
    Arbitrary<OptionalInt> csat =
        Arbitraries.integers()
            .between(1, 5)
            .optional()
            .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
    return Combinators.combine(
            Arbitraries.integers().between(0, 1_000_000),
            customerIds(),
            instants(),
            nps,
            csat,
            Arbitraries.of("", "great", "slow \"delivery\"", "très bien"))
        .as(
            (n, c, at, np, cs, text) ->
                np.isEmpty() && cs.isEmpty() && text.isEmpty()
                    ? new Feedback("f" + n, c, at, OptionalInt.of(7), cs, text)
                    : new Feedback("f" + n, c, at, np, cs, text));
  }
}
