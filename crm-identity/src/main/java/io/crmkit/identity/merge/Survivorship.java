package io.crmkit.identity.merge;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Consent;
import io.crmkit.core.customer.ContactPoint;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The survivorship rules that build one customer from several records of the same person:
 *
 * <ul>
 *   <li>single-valued fields (display name, birth date, gender, demographics, zone) come from the
 *       first record that has a value, records ranked by trusted source first (the order of {@code
 *       trustedSources}, read from attribute {@value #SOURCE_ATTRIBUTE}; unlisted sources after),
 *       then most recent {@code updatedAt}, then most complete (most known fields), then id;
 *   <li>contacts are the union (a value kept once; the primary of each type from the best-ranked
 *       record that has one);
 *   <li>tags are the union; attributes the union, a key taking the best-ranked record's value;
 *   <li>consents: the strictest wins per channel — one opt-out anywhere is an opt-out, so a merge
 *       never loses an opt-out;
 *   <li>the source ids of every merged record are kept in attribute {@value #SOURCE_IDS_ATTRIBUTE}
 *       (sorted, comma-separated, the survivor's own id included).
 * </ul>
 *
 * Immutable.
 *
 * @since 0.1
 */
public final class Survivorship {

  /** The attribute naming a record's source system. */
  public static final String SOURCE_ATTRIBUTE = "source";

  /** The attribute of a merged customer listing the ids of every record merged into it. */
  public static final String SOURCE_IDS_ATTRIBUTE = "source_ids";

  private final List<String> trustedSources;

  private Survivorship(List<String> trustedSources) {
    this.trustedSources = trustedSources;
  }

  /** Rules that rank records from these sources first, in this order. */
  public static Survivorship trusting(List<String> trustedSources) {
    return new Survivorship(
        List.copyOf(Objects.requireNonNull(trustedSources, "trustedSources must not be null")));
  }

  /** Rules with no trusted source: most recent, then most complete. */
  public static Survivorship standard() {
    return new Survivorship(List.of());
  }

  /**
   * The merged customer with id {@code survivor} (one of the records), updated at {@code at}.
   *
   * @throws IllegalArgumentException if {@code records} is empty or does not hold {@code survivor}
   */
  public Customer merge(CustomerId survivor, List<Customer> records, Instant at) {
    Objects.requireNonNull(survivor, "survivor must not be null");
    Objects.requireNonNull(records, "records must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Customer own =
        records.stream()
            .filter(c -> c.id().equals(survivor))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "records must hold the survivor "
                            + survivor
                            + " but held "
                            + records.stream().map(Customer::id).toList()));
    List<Customer> ranked = new ArrayList<>(records);
    ranked.sort(ranking());
    Instant created =
        records.stream().map(Customer::createdAt).min(Comparator.naturalOrder()).orElseThrow();
    Instant updated =
        records.stream().map(Customer::updatedAt).max(Comparator.naturalOrder()).orElseThrow();
    if (at.isAfter(updated)) {
      updated = at;
    }
    Customer.Builder b = Customer.builder(own.id(), created).updatedAt(updated);
    ranked.stream()
        .map(Customer::displayName)
        .filter(n -> !n.isEmpty())
        .findFirst()
        .ifPresent(b::displayName);
    first(ranked, Customer::birthDate).ifPresent(b::birthDate);
    first(ranked, Customer::gender).ifPresent(b::gender);
    ranked.stream()
        .map(Customer::demographics)
        .filter(d -> !d.isEmpty())
        .findFirst()
        .ifPresent(b::demographics);
    first(ranked, Customer::zone).ifPresent(b::zone);
    Set<String> seenContacts = new HashSet<>();
    Set<io.crmkit.core.customer.ContactType> primaries =
        EnumSet.noneOf(io.crmkit.core.customer.ContactType.class);
    for (Customer c : ranked) {
      for (ContactPoint p : c.contacts()) {
        if (p.primary() && primaries.add(p.type())) {
          seenContacts.add(p.type() + "\u0000" + p.value());
          b.contact(p);
        }
      }
    }
    for (Customer c : ranked) {
      for (ContactPoint p : c.contacts()) {
        if (seenContacts.add(p.type() + "\u0000" + p.value())) {
          b.contact(p.primary() ? ContactPoint.of(p.type(), p.value()) : p);
        }
      }
    }
    for (int i = ranked.size() - 1; i >= 0; i--) {
      ranked.get(i).attributes().forEach(b::attribute); // best-ranked last: its values win
    }
    records.forEach(c -> c.tags().forEach(b::tag));
    for (Channel channel : Channel.values()) {
      strictest(records, channel).ifPresent(consent -> b.consent(channel, consent));
    }
    TreeSet<String> ids = new TreeSet<>();
    for (Customer c : records) {
      ids.add(c.id().value());
      c.attribute(SOURCE_IDS_ATTRIBUTE).ifPresent(v -> ids.addAll(List.of(v.split(","))));
    }
    b.attribute(SOURCE_IDS_ATTRIBUTE, String.join(",", ids));
    return b.build();
  }

  /**
   * The strictest consent the records give on {@code channel}: any opt-out, else any opt-in, else
   * none.
   */
  public static Optional<Consent> strictest(List<Customer> records, Channel channel) {
    boolean in = false;
    for (Customer c : records) {
      Optional<Consent> consent = c.consentFor(channel);
      if (consent.isPresent() && consent.get() == Consent.OPTED_OUT) {
        return Optional.of(Consent.OPTED_OUT);
      }
      in |= consent.isPresent();
    }
    return in ? Optional.of(Consent.OPTED_IN) : Optional.empty();
  }

  private Comparator<Customer> ranking() {
    return Comparator.comparingInt(this::sourceRank)
        .thenComparing(Customer::updatedAt, Comparator.reverseOrder())
        .thenComparing(Comparator.comparingInt(Survivorship::completeness).reversed())
        .thenComparing(Customer::id);
  }

  private int sourceRank(Customer c) {
    int i = c.attribute(SOURCE_ATTRIBUTE).map(trustedSources::indexOf).orElse(-1);
    return i < 0 ? trustedSources.size() : i;
  }

  /** The number of known fields: name, birth date, gender, zone, demographics, and each contact. */
  static int completeness(Customer c) {
    return (c.displayName().isEmpty() ? 0 : 1)
        + (c.birthDate().isPresent() ? 1 : 0)
        + (c.gender().isPresent() ? 1 : 0)
        + (c.zone().isPresent() ? 1 : 0)
        + (c.demographics().isEmpty() ? 0 : 1)
        + c.contacts().size();
  }

  private static <T> Optional<T> first(
      List<Customer> ranked, java.util.function.Function<Customer, Optional<T>> f) {
    return ranked.stream().map(f).flatMap(Optional::stream).findFirst();
  }

  @Override
  public String toString() {
    return "Survivorship[trusted sources "
        + trustedSources
        + ", then most recent, then most complete; strictest"
        + " consent wins]";
  }
}
