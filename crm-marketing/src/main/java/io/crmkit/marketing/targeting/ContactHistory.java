package io.crmkit.marketing.targeting;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When each customer was contacted, on which channel: the input of contact-frequency caps.
 * Immutable; {@link #plus} returns a new history with the contacts of a campaign added.
 *
 * @since 0.1
 */
public final class ContactHistory {

  /**
   * One past contact.
   *
   * @since 0.1
   */
  public record Contact(CustomerId customer, Channel channel, Instant at) {
    /** Checks no component is null. */
    public Contact {
      Objects.requireNonNull(customer, "customer must not be null");
      Objects.requireNonNull(channel, "channel must not be null");
      Objects.requireNonNull(at, "at must not be null");
    }
  }

  private static final ContactHistory EMPTY = new ContactHistory(Map.of(), 0);

  private final Map<CustomerId, List<Contact>> byCustomer;
  private final int size;

  private ContactHistory(Map<CustomerId, List<Contact>> byCustomer, int size) {
    this.byCustomer = byCustomer;
    this.size = size;
  }

  /** No contacts. */
  public static ContactHistory empty() {
    return EMPTY;
  }

  /** A history of the given contacts. */
  public static ContactHistory of(Collection<Contact> contacts) {
    return EMPTY.plus(contacts);
  }

  /** This history with {@code contacts} added. */
  public ContactHistory plus(Collection<Contact> contacts) {
    Objects.requireNonNull(contacts, "contacts must not be null");
    Map<CustomerId, List<Contact>> copy = new HashMap<>();
    byCustomer.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
    for (Contact c : contacts) {
      copy.computeIfAbsent(
              Objects.requireNonNull(c, "contact must not be null").customer(),
              k -> new ArrayList<>())
          .add(c);
    }
    Map<CustomerId, List<Contact>> frozen = new HashMap<>();
    copy.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new ContactHistory(Map.copyOf(frozen), size + contacts.size());
  }

  /**
   * This history with one contact of each of {@code customers} on {@code channel} at {@code at}.
   */
  public ContactHistory plus(Collection<CustomerId> customers, Channel channel, Instant at) {
    Objects.requireNonNull(customers, "customers must not be null");
    List<Contact> added = new ArrayList<>(customers.size());
    for (CustomerId id : customers) {
      added.add(new Contact(id, channel, at));
    }
    return plus(added);
  }

  /**
   * Contacts of {@code customer} after {@code fromExclusive} and at or before {@code toInclusive},
   * on any channel.
   */
  public int count(CustomerId customer, Instant fromExclusive, Instant toInclusive) {
    int n = 0;
    for (Contact c :
        byCustomer.getOrDefault(
            Objects.requireNonNull(customer, "customer must not be null"), List.of())) {
      if (c.at().isAfter(fromExclusive) && !c.at().isAfter(toInclusive)) {
        n++;
      }
    }
    return n;
  }

  /** All contacts of {@code customer}, in the order added. */
  public List<Contact> contactsOf(CustomerId customer) {
    return byCustomer.getOrDefault(
        Objects.requireNonNull(customer, "customer must not be null"), List.of());
  }

  /** The number of contacts. */
  public int size() {
    return size;
  }

  @Override
  public String toString() {
    return "ContactHistory[" + size + " contacts of " + byCustomer.size() + " customers]";
  }
}
