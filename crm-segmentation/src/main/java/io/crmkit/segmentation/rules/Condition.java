package io.crmkit.segmentation.rules;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.Gender;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A condition on a customer (and their purchase summary): the closed family of demographic,
 * attribute, tag, preference and behavioural predicates, composable with {@link #and}, {@link #or}
 * and {@link #not}. Conditions are values (records), readable and writable as JSON through {@link
 * RulesJackson}, and {@link #evaluate} explains which leaf conditions decided the outcome.
 *
 * <pre>{@code
 * Condition youngSweet = Condition.and(Condition.ageBetween(18, 29), Condition.prefers("sweet"),
 *     Condition.not(Condition.hasTag("churned")));
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface Condition {

  /** Whether the condition holds, with the leaf conditions that decided it. */
  Evaluation evaluate(RuleContext context);

  /** Whether the condition holds. */
  default boolean test(RuleContext context) {
    return evaluate(context).matched();
  }

  // ---- factories ----

  /**
   * Age in whole years at the reference date between {@code min} and {@code max}, both included.
   */
  static Condition ageBetween(int min, int max) {
    return new AgeBetween(min, max);
  }

  /** Gender is one of {@code genders}. */
  static Condition genderIn(Gender... genders) {
    return new GenderIn(Set.of(genders));
  }

  /** The demographic {@code field} is one of {@code values} (exact match). */
  static Condition demographicIn(DemographicField field, String... values) {
    return new DemographicIn(field, Set.of(values));
  }

  /** True when the customer's income band is one of {@code bands}. */
  static Condition incomeBandIn(String... bands) {
    return demographicIn(DemographicField.INCOME_BAND, bands);
  }

  /** True when the customer's region is one of {@code regions}. */
  static Condition regionIn(String... regions) {
    return demographicIn(DemographicField.REGION, regions);
  }

  /** True when the customer's occupation is one of {@code occupations}. */
  static Condition occupationIn(String... occupations) {
    return demographicIn(DemographicField.OCCUPATION, occupations);
  }

  /** The attribute {@code key} is present with one of {@code values}. */
  static Condition attributeIn(String key, String... values) {
    return new AttributeIn(key, Set.of(values));
  }

  /** The customer carries {@code tag}. */
  static Condition hasTag(String tag) {
    return new HasTag(tag);
  }

  /** The customer states the preference {@code what} (tag {@code "prefers:" + what}). */
  static Condition prefers(String what) {
    return new Prefers(what);
  }

  /**
   * The summary column is between {@code min} and {@code max}, both included; false without a
   * summary.
   */
  static Condition summaryBetween(SummaryField field, double min, double max) {
    return new SummaryBetween(field, min, max);
  }

  /** The summary column is at least {@code min}. */
  static Condition summaryAtLeast(SummaryField field, double min) {
    return new SummaryBetween(field, min, Double.POSITIVE_INFINITY);
  }

  /** The summary column is at most {@code max}. */
  static Condition summaryAtMost(SummaryField field, double max) {
    return new SummaryBetween(field, Double.NEGATIVE_INFINITY, max);
  }

  /** True when every one of {@code conditions} is true. */
  static Condition and(Condition... conditions) {
    return new And(Arrays.asList(conditions));
  }

  /** True when at least one of {@code conditions} is true. */
  static Condition or(Condition... conditions) {
    return new Or(Arrays.asList(conditions));
  }

  /** True when {@code condition} is false. */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  // ---- the family ----

  /**
   * Age in whole years on the reference date, from the birth date; false when the birth date is
   * unknown.
   *
   * @since 0.1
   */
  record AgeBetween(int min, int max) implements Condition {
    /** Checks {@code 0 <= min <= max} (ages in whole years). */
    public AgeBetween {
      if (min < 0) {
        throw new IllegalArgumentException("min age must not be negative but was: " + min);
      }
      if (max < min) {
        throw new IllegalArgumentException(
            "max age must be at least min " + min + " but was: " + max);
      }
    }

    @Override
    public Evaluation evaluate(RuleContext c) {
      Customer cu = c.customer();
      LocalDate on = c.referenceDate();
      if (cu.birthDate().isEmpty()) {
        return Evaluation.of(false, "birth date unknown");
      }
      if (on.isBefore(cu.birthDate().get())) {
        return Evaluation.of(false, "born " + cu.birthDate().get() + ", after " + on);
      }
      OptionalInt age = cu.ageOn(on);
      int a = age.getAsInt();
      boolean in = a >= min && a <= max;
      return Evaluation.of(
          in, "age " + a + " on " + on + (in ? " is in " : " is not in ") + min + ".." + max);
    }
  }

  /**
   * The customer's gender is one of {@code genders}; false when the gender is unknown.
   *
   * @since 0.1
   */
  record GenderIn(Set<Gender> genders) implements Condition {
    /** Checks the set of genders is not null nor empty; it is copied. */
    public GenderIn {
      Objects.requireNonNull(genders, "genders must not be null");
      if (genders.isEmpty()) {
        throw new IllegalArgumentException("genders must not be empty");
      }
      genders = java.util.Collections.unmodifiableSet(EnumSet.copyOf(genders));
    }

    @Override
    public Evaluation evaluate(RuleContext c) {
      if (c.customer().gender().isEmpty()) {
        return Evaluation.of(false, "gender unknown");
      }
      Gender g = c.customer().gender().get();
      boolean in = genders.contains(g);
      return Evaluation.of(in, "gender " + g + (in ? " is in " : " is not in ") + genders);
    }
  }

  /**
   * A part of the customer's demographics equals one of {@code values}; false when unknown.
   *
   * @since 0.1
   */
  record DemographicIn(DemographicField field, Set<String> values) implements Condition {
    /**
     * Checks the field is not null and the values are not empty nor contain null; the set is
     * copied.
     */
    public DemographicIn {
      Objects.requireNonNull(field, "field must not be null");
      values = checkValues(field.jsonName(), values);
    }

    @Override
    public Evaluation evaluate(RuleContext c) {
      var v = field.of(c.customer().demographics());
      if (v.isEmpty()) {
        return Evaluation.of(false, field.jsonName() + " unknown");
      }
      boolean in = values.contains(v.get());
      return Evaluation.of(
          in, field.jsonName() + " '" + v.get() + "'" + (in ? " is in " : " is not in ") + values);
    }
  }

  /**
   * The attribute {@code key} is present and equals one of {@code values}.
   *
   * @since 0.1
   */
  record AttributeIn(String key, Set<String> values) implements Condition {
    /**
     * Checks the attribute key is not null nor blank and the values are not empty nor contain null;
     * the set is copied.
     */
    public AttributeIn {
      Objects.requireNonNull(key, "key must not be null");
      if (key.isBlank()) {
        throw new IllegalArgumentException("attribute key must not be blank");
      }
      values = checkValues("attribute " + key, values);
    }

    @Override
    public Evaluation evaluate(RuleContext c) {
      var v = c.customer().attribute(key);
      if (v.isEmpty()) {
        return Evaluation.of(false, "attribute '" + key + "' absent");
      }
      boolean in = values.contains(v.get());
      return Evaluation.of(
          in,
          "attribute '"
              + key
              + "' = '"
              + v.get()
              + "'"
              + (in ? " is in " : " is not in ")
              + values);
    }
  }

  /**
   * The customer carries the tag {@code tag}.
   *
   * @since 0.1
   */
  record HasTag(String tag) implements Condition {
    /** Checks the tag is not null nor blank. */
    public HasTag {
      Objects.requireNonNull(tag, "tag must not be null");
      if (tag.isBlank()) {
        throw new IllegalArgumentException("tag must not be blank");
      }
    }

    @Override
    public Evaluation evaluate(RuleContext c) {
      boolean has = c.customer().hasTag(tag);
      return Evaluation.of(has, (has ? "has tag '" : "no tag '") + tag + "'");
    }
  }

  /**
   * The customer states the preference {@code preference} (the tag {@code "prefers:" +
   * preference}).
   *
   * @since 0.1
   */
  record Prefers(String preference) implements Condition {
    /** Checks the preference is not null nor blank. */
    public Prefers {
      Objects.requireNonNull(preference, "preference must not be null");
      if (preference.isBlank()) {
        throw new IllegalArgumentException("preference must not be blank");
      }
    }

    @Override
    public Evaluation evaluate(RuleContext c) {
      boolean has = c.customer().preferences().contains(preference);
      return Evaluation.of(
          has, (has ? "prefers '" : "does not state preference '") + preference + "'");
    }
  }

  /**
   * A summary column in {@code [min, max]}; infinite bounds are open ends. False without a summary.
   *
   * @since 0.1
   */
  record SummaryBetween(SummaryField field, double min, double max) implements Condition {
    /**
     * Checks the field is not null and {@code min <= max} (in the field's unit; infinities allowed,
     * NaN not).
     */
    public SummaryBetween {
      Objects.requireNonNull(field, "field must not be null");
      if (Double.isNaN(min) || Double.isNaN(max) || max < min) {
        throw new IllegalArgumentException(
            field.jsonName() + " range must have min <= max but was: [" + min + ", " + max + "]");
      }
    }

    @Override
    public Evaluation evaluate(RuleContext c) {
      if (c.summary().isEmpty()) {
        return Evaluation.of(false, "no purchase summary for " + field.jsonName());
      }
      double v = field.of(c.summary().get());
      boolean in = v >= min && v <= max;
      return Evaluation.of(
          in,
          String.format(
              Locale.ROOT,
              "%s %s%s%s",
              field.jsonName(),
              number(v),
              in ? " is in " : " is not in ",
              range()));
    }

    String range() {
      return "["
          + (min == Double.NEGATIVE_INFINITY ? "-∞" : number(min))
          + ", "
          + (max == Double.POSITIVE_INFINITY ? "∞" : number(max))
          + "]";
    }

    private static String number(double v) {
      return v == Math.rint(v) && Math.abs(v) < 1e15
          ? Long.toString((long) v)
          : String.format(Locale.ROOT, "%.2f", v);
    }
  }

  /**
   * All conditions hold; explains with all reasons when matched, else with the failing ones.
   *
   * @since 0.1
   */
  record And(List<Condition> conditions) implements Condition {
    /** Checks there is at least one condition and none is null; the list is copied. */
    public And {
      conditions = checkChildren("and", conditions);
    }

    @Override
    public Evaluation evaluate(RuleContext c) {
      List<String> failing = new ArrayList<>();
      List<String> all = new ArrayList<>();
      for (Condition child : conditions) {
        Evaluation e = child.evaluate(c);
        all.addAll(e.reasons());
        if (!e.matched()) {
          failing.addAll(e.reasons());
        }
      }
      return failing.isEmpty() ? new Evaluation(true, all) : new Evaluation(false, failing);
    }
  }

  /**
   * At least one condition holds; explains with the matching ones, else with all reasons.
   *
   * @since 0.1
   */
  record Or(List<Condition> conditions) implements Condition {
    /** Checks there is at least one condition and none is null; the list is copied. */
    public Or {
      conditions = checkChildren("or", conditions);
    }

    @Override
    public Evaluation evaluate(RuleContext c) {
      List<String> matching = new ArrayList<>();
      List<String> all = new ArrayList<>();
      for (Condition child : conditions) {
        Evaluation e = child.evaluate(c);
        all.addAll(e.reasons());
        if (e.matched()) {
          matching.addAll(e.reasons());
        }
      }
      return matching.isEmpty() ? new Evaluation(false, all) : new Evaluation(true, matching);
    }
  }

  /**
   * The condition does not hold; the reasons are the inner condition's.
   *
   * @since 0.1
   */
  record Not(Condition condition) implements Condition {
    /** Checks the negated condition is not null. */
    public Not {
      Objects.requireNonNull(condition, "condition of not must not be null");
    }

    @Override
    public Evaluation evaluate(RuleContext c) {
      Evaluation e = condition.evaluate(c);
      return new Evaluation(!e.matched(), e.reasons());
    }
  }

  private static Set<String> checkValues(String field, Set<String> values) {
    Objects.requireNonNull(values, field + " values must not be null");
    if (values.isEmpty()) {
      throw new IllegalArgumentException(field + " values must not be empty");
    }
    for (String v : values) {
      Objects.requireNonNull(v, field + " values must not contain null");
    }
    return java.util.Collections.unmodifiableSet(new TreeSet<>(values));
  }

  private static List<Condition> checkChildren(String op, List<Condition> conditions) {
    Objects.requireNonNull(conditions, op + " conditions must not be null");
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException(op + " needs at least one condition");
    }
    for (Condition c : conditions) {
      Objects.requireNonNull(c, op + " conditions must not contain null");
    }
    return List.copyOf(conditions);
  }
}
