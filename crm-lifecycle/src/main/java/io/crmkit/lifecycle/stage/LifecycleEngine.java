package io.crmkit.lifecycle.stage;

import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies {@link LifecycleEvent}s to {@link Lifecycle} values following a {@link
 * LifecycleDefinition}. An engine is immutable and thread-safe (when its guards and listeners are);
 * {@link #decide} is a pure function, {@link #apply} also notifies the listeners.
 *
 * <p>Applying an event: an id already seen has no effect ({@link Outcome.Result#DUPLICATE}); an
 * event before the latest applied one is an {@link EventOutOfOrderException}; otherwise the facts
 * are updated, the candidate transitions are tried in definition order and the first whose guard
 * allows fires. When none fires the subject stays if its stage stays on the event type; otherwise
 * the event is rejected with {@link EventNotAllowedException} (no transition for it) or {@link
 * TransitionRefusedException} (every guard refused) — or, with {@link
 * RejectionPolicy#RECORD_AS_IGNORED}, recorded in {@link Lifecycle#ignored()} with no other change.
 * A guard that throws gives a {@link GuardFailedException} under either policy.
 *
 * @since 0.1
 */
public final class LifecycleEngine {

  /**
   * What to do with an event that is not allowed or refused.
   *
   * @since 0.1
   */
  public enum RejectionPolicy {
    /**
     * Throw {@link EventNotAllowedException} or {@link TransitionRefusedException} (the default).
     */
    THROW,
    /** Record the event in {@link Lifecycle#ignored()} and change nothing else. */
    RECORD_AS_IGNORED
  }

  private final LifecycleDefinition definition;
  private final RejectionPolicy policy;
  private final List<StageListener> listeners;

  private LifecycleEngine(
      LifecycleDefinition definition, RejectionPolicy policy, List<StageListener> listeners) {
    this.definition = Objects.requireNonNull(definition, "definition must not be null");
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.listeners = List.copyOf(listeners);
  }

  /** An engine for {@code definition} that throws on rejected events and has no listeners. */
  public static LifecycleEngine of(LifecycleDefinition definition) {
    return new LifecycleEngine(definition, RejectionPolicy.THROW, List.of());
  }

  /** This engine with another rejection policy. */
  public LifecycleEngine withRejectionPolicy(RejectionPolicy rejectionPolicy) {
    return new LifecycleEngine(definition, rejectionPolicy, listeners);
  }

  /** This engine with {@code listener} added after the existing ones. */
  public LifecycleEngine withListener(StageListener listener) {
    List<StageListener> l = new ArrayList<>(listeners);
    l.add(Objects.requireNonNull(listener, "listener must not be null"));
    return new LifecycleEngine(definition, policy, l);
  }

  /** The definition this engine follows. */
  public LifecycleDefinition definition() {
    return definition;
  }

  /** The rejection policy. */
  public RejectionPolicy rejectionPolicy() {
    return policy;
  }

  /** A new lifecycle of {@code subjectId} in the initial stage, started at {@code at}. */
  public Lifecycle start(String subjectId, Instant at) {
    Objects.requireNonNull(at, "start instant must not be null");
    return new Lifecycle(
        subjectId,
        definition.initial(),
        at,
        definition.initial(),
        List.of(),
        LifecycleFacts.none(at),
        java.util.Set.of(),
        List.of(),
        at);
  }

  /** A new lifecycle of customer {@code customer} in the initial stage, started at {@code at}. */
  public Lifecycle start(CustomerId customer, Instant at) {
    return start(Objects.requireNonNull(customer, "customer must not be null").value(), at);
  }

  /**
   * What applying {@code event} to {@code lifecycle} does, without notifying listeners.
   *
   * @throws EventNotAllowedException under {@link RejectionPolicy#THROW}, when the stage does not
   *     allow the event
   * @throws TransitionRefusedException under {@link RejectionPolicy#THROW}, when every guard
   *     refuses
   * @throws GuardFailedException when a guard throws
   * @throws EventOutOfOrderException when the event is before the latest applied event
   * @throws IllegalArgumentException when the event is for another subject, or its currency differs
   */
  public Outcome decide(Lifecycle lifecycle, LifecycleEvent event) {
    Objects.requireNonNull(lifecycle, "lifecycle must not be null");
    Objects.requireNonNull(event, "event must not be null");
    String noun = definition.subjectNoun();
    if (!event.subjectId().equals(lifecycle.subjectId())) {
      throw new IllegalArgumentException(
          "event "
              + event.id()
              + " is for "
              + noun
              + " "
              + event.subjectId()
              + " but was applied to the lifecycle of "
              + noun
              + " "
              + lifecycle.subjectId());
    }
    Stage stage = lifecycle.stage();
    if (!definition.hasStage(stage)) {
      throw new IllegalArgumentException(
          "stage "
              + stage
              + " of "
              + noun
              + " "
              + lifecycle.subjectId()
              + " is not a stage of lifecycle '"
              + definition.name()
              + "': "
              + definition.stages());
    }
    if (lifecycle.hasSeen(event.id())) {
      return new Outcome(
          lifecycle, lifecycle, event, Outcome.Result.DUPLICATE, Optional.empty(), List.of());
    }
    if (event.at().isBefore(lifecycle.lastEventAt())) {
      throw new EventOutOfOrderException(
          noun, lifecycle.subjectId(), event, lifecycle.lastEventAt());
    }
    LifecycleFacts facts = lifecycle.facts().after(event);
    List<Transition> candidates = definition.transitionsFrom(stage, event.type());
    if (event instanceof LifecycleEvent.ManualMove m) {
      candidates = candidates.stream().filter(t -> t.to().equals(m.to())).toList();
    }
    List<Refusal> refusals = new ArrayList<>();
    for (Transition t : candidates) {
      GuardDecision decision = GuardDecision.allow("");
      if (t.guard().isPresent()) {
        Guard g = t.guard().get();
        try {
          decision =
              Objects.requireNonNull(
                  g.evaluate(new GuardContext(lifecycle, facts, event, t)), "guard returned null");
        } catch (RuntimeException e) {
          throw new GuardFailedException(noun, lifecycle.subjectId(), stage, event, t, g.name(), e);
        }
        if (!decision.allowed()) {
          refusals.add(new Refusal(t, g.name(), decision.reason()));
          continue;
        }
      }
      String reason = event instanceof LifecycleEvent.ManualMove m ? m.reason() : t.reason();
      StageMove move = new StageMove(stage, t.to(), event.at(), event.id(), reason);
      return new Outcome(
          lifecycle,
          lifecycle.next(Optional.of(move), facts, event.id(), event.at()),
          event,
          Outcome.Result.MOVED,
          Optional.of(move),
          refusals);
    }
    if (definition.staysOn(stage).contains(event.type()) && event.type() != EventType.MANUAL_MOVE) {
      return new Outcome(
          lifecycle,
          lifecycle.next(Optional.empty(), facts, event.id(), event.at()),
          event,
          Outcome.Result.STAYED,
          Optional.empty(),
          refusals);
    }
    if (policy == RejectionPolicy.RECORD_AS_IGNORED) {
      String why =
          refusals.isEmpty()
              ? event.type().label()
                  + (event instanceof LifecycleEvent.ManualMove m ? " to " + m.to() : "")
                  + " not allowed in "
                  + stage
              : "refused: " + refusals;
      return new Outcome(
          lifecycle,
          lifecycle.withIgnored(new IgnoredEvent(event, stage, why)),
          event,
          Outcome.Result.IGNORED,
          Optional.empty(),
          refusals);
    }
    if (refusals.isEmpty()) {
      throw new EventNotAllowedException(
          noun,
          lifecycle.subjectId(),
          stage,
          event,
          definition.allowedEvents(stage),
          definition.manualTargets(stage));
    }
    throw new TransitionRefusedException(noun, lifecycle.subjectId(), stage, event, refusals);
  }

  /** Notifies the listeners of the move in {@code outcome}, if any (leave, then enter). */
  public void publish(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome must not be null");
    if (outcome.move().isEmpty() || listeners.isEmpty()) {
      return;
    }
    StageChange change = new StageChange(outcome.move().get(), outcome.after());
    for (StageListener l : listeners) {
      l.onLeave(change);
    }
    for (StageListener l : listeners) {
      l.onEnter(change);
    }
  }

  /**
   * Applies {@code event} ({@link #decide}, then {@link #publish}) and returns the new lifecycle.
   */
  public Lifecycle apply(Lifecycle lifecycle, LifecycleEvent event) {
    Outcome o = decide(lifecycle, event);
    publish(o);
    return o.after();
  }

  /** Applies {@code events} in the order given. */
  public Lifecycle applyAll(Lifecycle lifecycle, Iterable<? extends LifecycleEvent> events) {
    Objects.requireNonNull(events, "events must not be null");
    Lifecycle l = lifecycle;
    for (LifecycleEvent e : events) {
      l = apply(l, e);
    }
    return l;
  }

  /**
   * Rebuilds the lifecycle of {@code subjectId} started at {@code start} from its events in the
   * order given, without notifying listeners: the same events give the same lifecycle.
   */
  public Lifecycle replay(
      String subjectId, Instant start, Iterable<? extends LifecycleEvent> events) {
    Objects.requireNonNull(events, "events must not be null");
    Lifecycle l = start(subjectId, start);
    for (LifecycleEvent e : events) {
      l = decide(l, e).after();
    }
    return l;
  }

  @Override
  public String toString() {
    return "engine for " + definition + " (" + policy + ", " + listeners.size() + " listeners)";
  }
}
