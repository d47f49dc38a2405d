package io.crmkit.segmentation.rules;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a condition and why: the leaf conditions that decided it, each with the value it
 * saw (e.g. {@code "age 34 on 2026-11-25 is in 25..34"}, {@code "no tag 'vip'"}).
 *
 * @since 0.1
 */
public record Evaluation(boolean matched, List<String> reasons) {

  /** Checks the reasons are not null; the list is copied. */
  public Evaluation {
    Objects.requireNonNull(reasons, "reasons must not be null");
    reasons = List.copyOf(reasons);
  }

  static Evaluation of(boolean matched, String reason) {
    return new Evaluation(matched, List.of(reason));
  }

  @Override
  public String toString() {
    return (matched ? "matched: " : "not matched: ") + String.join("; ", reasons);
  }
}
