package io.crmkit.core.customer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fields a business makes mandatory on a customer record, e.g. "an e-mail address, a region and
 * the attribute loyaltyCard". {@link #check} reports every missing field at once; {@link
 * #requireValid} throws naming them all.
 *
 * <pre>{@code
 * RequiredFieldPolicy policy = RequiredFieldPolicy.of(StandardField.EMAIL_CONTACT, StandardField.REGION)
 *     .requiringAttribute("loyaltyCard");
 * FieldCheck check = policy.check(customer);   // "customer 42 lacks REGION, attribute:loyaltyCard"
 * }</pre>
 *
 * @since 0.1
 */
public final class RequiredFieldPolicy {

  private static final RequiredFieldPolicy NONE = new RequiredFieldPolicy(Set.of());

  private final Set<CustomerField> fields;

  private RequiredFieldPolicy(Set<CustomerField> fields) {
    this.fields = fields;
  }

  /** The policy that requires nothing. */
  public static RequiredFieldPolicy none() {
    return NONE;
  }

  /**
   * The policy that requires {@code fields} (duplicates are ignored; the order is kept for
   * reports).
   */
  public static RequiredFieldPolicy of(CustomerField... fields) {
    Objects.requireNonNull(fields, "fields must not be null");
    return of(Arrays.asList(fields));
  }

  /**
   * The policy that requires {@code fields} (duplicates are ignored; the order is kept for
   * reports).
   */
  public static RequiredFieldPolicy of(Iterable<? extends CustomerField> fields) {
    Objects.requireNonNull(fields, "fields must not be null");
    LinkedHashSet<CustomerField> set = new LinkedHashSet<>();
    for (CustomerField f : fields) {
      set.add(Objects.requireNonNull(f, "required fields must not contain null"));
    }
    return new RequiredFieldPolicy(Collections.unmodifiableSet(set));
  }

  /** This policy also requiring {@code field}. */
  public RequiredFieldPolicy requiring(CustomerField field) {
    Objects.requireNonNull(field, "field must not be null");
    List<CustomerField> all = new ArrayList<>(fields);
    all.add(field);
    return of(all);
  }

  /** This policy also requiring the free attribute {@code key} (with a non-blank value). */
  public RequiredFieldPolicy requiringAttribute(String key) {
    return requiring(CustomerField.attribute(key));
  }

  /** The required fields, in the order given. */
  public Set<CustomerField> fields() {
    return fields;
  }

  /** Every required field {@code customer} lacks, in the policy's order. */
  public FieldCheck check(Customer customer) {
    Objects.requireNonNull(customer, "customer must not be null");
    List<CustomerField> missing = new ArrayList<>();
    for (CustomerField f : fields) {
      if (!f.isPresentIn(customer)) {
        missing.add(f);
      }
    }
    return new FieldCheck(customer.id(), missing);
  }

  /**
   * The checks of the customers that lack a required field, in input order; empty when all are
   * complete.
   */
  public List<FieldCheck> incomplete(Iterable<Customer> customers) {
    Objects.requireNonNull(customers, "customers must not be null");
    List<FieldCheck> out = new ArrayList<>();
    for (Customer c : customers) {
      FieldCheck check = check(c);
      if (!check.isComplete()) {
        out.add(check);
      }
    }
    return out;
  }

  /**
   * Returns {@code customer} when it has every required field.
   *
   * @throws MissingRequiredFieldsException naming the customer and every missing field
   */
  public Customer requireValid(Customer customer) {
    FieldCheck check = check(customer);
    if (!check.isComplete()) {
      throw new MissingRequiredFieldsException(check);
    }
    return customer;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequiredFieldPolicy p && fields.equals(p.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** For example {@code "RequiredFieldPolicy[EMAIL_CONTACT, REGION, attribute:loyaltyCard]"}. */
  @Override
  public String toString() {
    return "RequiredFieldPolicy" + fields.stream().map(CustomerField::fieldName).toList();
  }
}
