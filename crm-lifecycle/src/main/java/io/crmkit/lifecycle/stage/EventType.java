package io.crmkit.lifecycle.stage;

import java.util.Locale;
import java.util.Objects;

/**
 * The kind of a {@link LifecycleEvent}: what triggers a {@link Transition}.
 *
 * @since 0.1
 */
public enum EventType {
  /** An interaction with the subject was recorded (inquiry, call, visit, deal activity). */
  INTERACTION("interaction"),
  /** A purchase. */
  PURCHASE("purchase"),
  /** A refund of an earlier purchase. */
  REFUND("refund"),
  /** Time passing: the subject is re-evaluated at a date (churn score, silence). */
  RE_EVALUATION("re-evaluation"),
  /** A person moved the subject to a named stage, giving a reason. */
  MANUAL_MOVE("manual-move");

  private final String label;

  EventType(String label) {
    this.label = label;
  }

  /** The name used in JSON definitions and messages, e.g. {@code "re-evaluation"}. */
  public String label() {
    return label;
  }

  /**
   * The event type with this label ({@code "manual-move"}) or constant name ({@code
   * "MANUAL_MOVE"}), ignoring case.
   */
  public static EventType parse(String text) {
    Objects.requireNonNull(text, "event type must not be null");
    for (EventType t : values()) {
      if (t.label.equalsIgnoreCase(text) || t.name().equalsIgnoreCase(text)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "event type must be one of interaction, purchase, refund, re-evaluation,"
            + " manual-move but was: '"
            + text
            + "'");
  }

  @Override
  public String toString() {
    return label.toLowerCase(Locale.ROOT);
  }
}
