package io.crmkit.lifecycle.stage;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A condition on a {@link Transition}: the transition fires only when its guard allows it. A guard
 * must be a pure function of its {@link GuardContext}. A guard that throws is an error reported to
 * the caller as a {@link GuardFailedException}, never read as a refusal.
 *
 * @since 0.1
 */
public interface Guard {

  /** A short name for messages and JSON definitions, e.g. {@code "loyal"}. */
  String name();

  /** Whether the transition may fire, with the reason. */
  GuardDecision evaluate(GuardContext context);

  /** A guard from a function that returns the decision. */
  static Guard of(String name, Function<GuardContext, GuardDecision> decide) {
    Objects.requireNonNull(name, "guard name must not be null");
    Objects.requireNonNull(decide, "decide must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("guard name must not be blank but was: '" + name + "'");
    }
    return new Guard() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public GuardDecision evaluate(GuardContext context) {
        return Objects.requireNonNull(
            decide.apply(context), () -> "guard " + name + " returned null");
      }

      @Override
      public String toString() {
        return "guard " + name;
      }
    };
  }

  /**
   * A guard from a predicate; when the predicate is false the refusal reason is {@code whyNot}
   * applied to the context, when true the reason is the guard's name.
   */
  static Guard when(
      String name, Predicate<GuardContext> test, Function<GuardContext, String> whyNot) {
    Objects.requireNonNull(test, "test must not be null");
    Objects.requireNonNull(whyNot, "whyNot must not be null");
    return of(
        name,
        c -> test.test(c) ? GuardDecision.allow(name) : GuardDecision.refuse(whyNot.apply(c)));
  }
}
