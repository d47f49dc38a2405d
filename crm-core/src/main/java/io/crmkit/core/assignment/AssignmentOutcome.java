package io.crmkit.core.assignment;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AssignmentEngine#assign(WorkItem)} did: assigned the item, found it assigned already,
 * or found nobody.
 *
 * @since 0.1
 */
public sealed interface AssignmentOutcome {

  /** The item's assignment, new or existing; empty when unassigned. */
  Optional<Assignment> assignment();

  /** Why, e.g. {@code "rule 2: territory=EU; least loaded of 3"}. */
  String explanation();

  /** Whether this call assigned the item. */
  default boolean isNew() {
    return this instanceof Assigned;
  }

  /**
   * The item was assigned by this call.
   *
   * @param value the new assignment
   */
  record Assigned(Assignment value) implements AssignmentOutcome {

    /** The outcome. */
    public Assigned {
      Objects.requireNonNull(value, "assignment must not be null");
    }

    @Override
    public Optional<Assignment> assignment() {
      return Optional.of(value);
    }

    @Override
    public String explanation() {
      return value.explanation();
    }

    @Override
    public String toString() {
      return "Assigned[" + value + "]";
    }
  }

  /**
   * The item was assigned before; nothing changed.
   *
   * @param value the existing assignment
   */
  record AlreadyAssigned(Assignment value) implements AssignmentOutcome {

    /** The outcome. */
    public AlreadyAssigned {
      Objects.requireNonNull(value, "assignment must not be null");
    }

    @Override
    public Optional<Assignment> assignment() {
      return Optional.of(value);
    }

    @Override
    public String explanation() {
      return "already assigned to " + value.member();
    }

    @Override
    public String toString() {
      return "AlreadyAssigned[" + value + "]";
    }
  }

  /**
   * No member could take the item.
   *
   * @param item the item's id
   * @param explanation why, rule by rule
   */
  record Unassigned(ItemId item, String explanation) implements AssignmentOutcome {

    /** The outcome. */
    public Unassigned {
      Objects.requireNonNull(item, "item must not be null");
      Objects.requireNonNull(explanation, "explanation must not be null");
    }

    @Override
    public Optional<Assignment> assignment() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return "Unassigned[" + item + ": " + explanation + "]";
    }
  }
}
