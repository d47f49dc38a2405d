package io.crmkit.core.assignment;

import io.crmkit.core.team.AttributeKey;
import io.crmkit.core.team.Member;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * A test a member must pass to get an item under a {@link Rule}: the member covers the item's value
 * of an attribute, has the item's required skills, or a custom test.
 *
 * @since 0.1
 */
public sealed interface Condition {

  /**
   * The member covers the item's value of {@code key} (e.g. the item's territory is one of the
   * member's territories). A rule with this condition does not apply to an item without a value of
   * {@code key}: the engine falls through to the next rule.
   */
  static Condition sameAttribute(AttributeKey key) {
    return new SameAttribute(key);
  }

  /** The member has every skill the item requires (always true for an item requiring none). */
  static Condition hasSkills() {
    return HasSkills.INSTANCE;
  }

  /**
   * A custom test named {@code description} in explanations. {@code test} must be a pure, fast,
   * thread-safe function of the member and the item.
   */
  static Condition custom(String description, BiPredicate<Member, WorkItem> test) {
    return new Custom(description, test);
  }

  /** Whether the condition can judge {@code item} at all (false makes its rule not apply). */
  boolean appliesTo(WorkItem item);

  /** Whether {@code member} passes for {@code item}. */
  boolean test(Member member, WorkItem item);

  /** The condition as shown in explanations for {@code item}, e.g. {@code "territory=EU"}. */
  String describe(WorkItem item);

  /**
   * The member covers the item's value of an attribute.
   *
   * @param key the attribute
   */
  record SameAttribute(AttributeKey key) implements Condition {

    /** The condition on {@code key}. */
    public SameAttribute {
      Objects.requireNonNull(key, "attribute key must not be null");
    }

    @Override
    public boolean appliesTo(WorkItem item) {
      return item.attributes().containsKey(key);
    }

    @Override
    public boolean test(Member member, WorkItem item) {
      String v = item.attributes().get(key);
      return v != null && member.covers(key, v);
    }

    @Override
    public String describe(WorkItem item) {
      String v = item.attributes().get(key);
      return key + "=" + (v == null ? "?" : v);
    }

    @Override
    public String toString() {
      return "same " + key;
    }
  }

  /** The member has the item's required skills. */
  enum HasSkills implements Condition {
    /** The only instance. */
    INSTANCE;

    @Override
    public boolean appliesTo(WorkItem item) {
      return true;
    }

    @Override
    public boolean test(Member member, WorkItem item) {
      return member.hasSkills(item.requiredSkills());
    }

    @Override
    public String describe(WorkItem item) {
      return "skills=" + item.requiredSkills();
    }

    @Override
    public String toString() {
      return "has skills";
    }
  }

  /**
   * A custom test.
   *
   * @param description the name in explanations
   * @param predicate the test
   */
  record Custom(String description, BiPredicate<Member, WorkItem> predicate) implements Condition {

    /** A custom condition. */
    public Custom {
      Objects.requireNonNull(description, "description must not be null");
      if (description.isBlank()) {
        throw new IllegalArgumentException("description of custom condition must not be blank");
      }
      Objects.requireNonNull(predicate, "predicate must not be null");
    }

    @Override
    public boolean appliesTo(WorkItem item) {
      return true;
    }

    @Override
    public boolean test(Member member, WorkItem item) {
      return predicate.test(member, item);
    }

    @Override
    public String describe(WorkItem item) {
      return description;
    }

    @Override
    public String toString() {
      return description;
    }
  }
}
