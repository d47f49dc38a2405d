package io.crmkit.lifecycle.stage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where one subject (a customer, a deal) stands: an immutable value. It started in {@code
 * initialStage} at {@code startedAt}, made the {@code history} of moves (in order, never before the
 * start) and is now in {@code stage} (the {@code to} of the last move, or the initial stage).
 * {@code facts} summarise the events applied, {@code appliedEventIds} are the ids of every event
 * applied or ignored (in order), {@code ignored} the events recorded as ignored and {@code
 * lastEventAt} the instant of the latest applied event (or the start).
 *
 * <p>Create one with {@link LifecycleEngine#start}; change one only through the engine.
 *
 * @since 0.1
 */
public record Lifecycle(
    String subjectId,
    Stage initialStage,
    Instant startedAt,
    Stage stage,
    List<StageMove> history,
    LifecycleFacts facts,
    Set<String> appliedEventIds,
    List<IgnoredEvent> ignored,
    Instant lastEventAt) {

  /**
   * Checks no component is null, the subject id is not blank, and the history is a path of moves
   * from the initial stage to the current stage.
   */
  public Lifecycle {
    Objects.requireNonNull(subjectId, "subjectId must not be null");
    if (subjectId.isBlank()) {
      throw new IllegalArgumentException(
          "subjectId must not be blank but was: '" + subjectId + "'");
    }
    Objects.requireNonNull(initialStage, "initialStage of " + subjectId + " must not be null");
    Objects.requireNonNull(startedAt, "startedAt of " + subjectId + " must not be null");
    Objects.requireNonNull(stage, "stage of " + subjectId + " must not be null");
    history =
        List.copyOf(
            Objects.requireNonNull(history, "history of " + subjectId + " must not be null"));
    Objects.requireNonNull(facts, "facts of " + subjectId + " must not be null");
    appliedEventIds =
        Collections.unmodifiableSet(
            new LinkedHashSet<>(
                Objects.requireNonNull(
                    appliedEventIds, "appliedEventIds of " + subjectId + " must not be null")));
    ignored =
        List.copyOf(
            Objects.requireNonNull(ignored, "ignored of " + subjectId + " must not be null"));
    Objects.requireNonNull(lastEventAt, "lastEventAt of " + subjectId + " must not be null");
    Stage expected = initialStage;
    Instant previous = startedAt;
    for (StageMove m : history) {
      if (!m.from().equals(expected)) {
        throw new IllegalArgumentException(
            "history of "
                + subjectId
                + " must be a path but move "
                + m
                + " starts from "
                + m.from()
                + " where "
                + expected
                + " was expected");
      }
      if (m.at().isBefore(previous)) {
        throw new IllegalArgumentException(
            "history of "
                + subjectId
                + " must be in time order but move "
                + m
                + " is before "
                + previous);
      }
      expected = m.to();
      previous = m.at();
    }
    if (!stage.equals(expected)) {
      throw new IllegalArgumentException(
          "stage of "
              + subjectId
              + " must be the end of its history "
              + expected
              + " but was: "
              + stage);
    }
    if (lastEventAt.isBefore(previous)) {
      throw new IllegalArgumentException(
          "lastEventAt of "
              + subjectId
              + " must not be before the last move at "
              + previous
              + " but was: "
              + lastEventAt);
    }
  }

  /** Whether the event with this id was already applied (or recorded as ignored). */
  public boolean hasSeen(String eventId) {
    return appliedEventIds.contains(eventId);
  }

  /** When the current stage was entered: the last move's instant, or the start. */
  public Instant enteredCurrentStageAt() {
    return history.isEmpty() ? startedAt : history.get(history.size() - 1).at();
  }

  /** The last move, empty when the subject never moved. */
  public Optional<StageMove> lastMove() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /**
   * The stage at instant {@code at} (after every move at or before it), empty when the lifecycle
   * had not started yet.
   */
  public Optional<Stage> stageAt(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    if (at.isBefore(startedAt)) {
      return Optional.empty();
    }
    Stage s = initialStage;
    for (StageMove m : history) {
      if (m.at().isAfter(at)) {
        break;
      }
      s = m.to();
    }
    return Optional.of(s);
  }

  /**
   * The first instant the lifecycle entered {@code target} (the start for the initial stage), if
   * ever.
   */
  public Optional<Instant> firstEntered(Stage target) {
    if (initialStage.equals(target)) {
      return Optional.of(startedAt);
    }
    return history.stream().filter(m -> m.to().equals(target)).map(StageMove::at).findFirst();
  }

  /**
   * The time spent in each stage from the start up to {@code asOf} (not before the last move),
   * summed over every visit, in the order stages were first entered; stages never visited are
   * absent.
   */
  public Map<Stage, Duration> timeInStages(Instant asOf) {
    Objects.requireNonNull(asOf, "asOf must not be null");
    Instant end = enteredCurrentStageAt();
    if (asOf.isBefore(end)) {
      throw new IllegalArgumentException(
          "asOf must not be before the last move of "
              + subjectId
              + " at "
              + end
              + " but was: "
              + asOf);
    }
    Map<Stage, Duration> out = new LinkedHashMap<>();
    Stage s = initialStage;
    Instant since = startedAt;
    for (StageMove m : history) {
      out.merge(s, Duration.between(since, m.at()), Duration::plus);
      s = m.to();
      since = m.at();
    }
    out.merge(s, Duration.between(since, asOf), Duration::plus);
    return Collections.unmodifiableMap(out);
  }

  /**
   * The time spent in {@code stage} up to {@code asOf}, summed over every visit (zero if never).
   */
  public Duration timeInStage(Stage stage, Instant asOf) {
    return timeInStages(asOf)
        .getOrDefault(Objects.requireNonNull(stage, "stage must not be null"), Duration.ZERO);
  }

  /** The stages visited, in order, starting with the initial stage. */
  public List<Stage> path() {
    List<Stage> out = new ArrayList<>(history.size() + 1);
    out.add(initialStage);
    history.forEach(m -> out.add(m.to()));
    return Collections.unmodifiableList(out);
  }

  Lifecycle next(Optional<StageMove> move, LifecycleFacts newFacts, String eventId, Instant at) {
    List<StageMove> h = history;
    Stage s = stage;
    if (move.isPresent()) {
      h = new ArrayList<>(history);
      h.add(move.get());
      s = move.get().to();
    }
    Set<String> ids = new LinkedHashSet<>(appliedEventIds);
    ids.add(eventId);
    return new Lifecycle(
        subjectId,
        initialStage,
        startedAt,
        s,
        h,
        newFacts,
        ids,
        ignored,
        at.isAfter(lastEventAt) ? at : lastEventAt);
  }

  Lifecycle withIgnored(IgnoredEvent event) {
    Set<String> ids = new LinkedHashSet<>(appliedEventIds);
    ids.add(event.event().id());
    List<IgnoredEvent> ig = new ArrayList<>(ignored);
    ig.add(event);
    return new Lifecycle(
        subjectId, initialStage, startedAt, stage, history, facts, ids, ig, lastEventAt);
  }

  /**
   * For example {@code "42: ACTIVE since 2024-03-01T10:00:00Z (PROSPECT -> NEW -> ACTIVE), 3
   * events"}.
   */
  @Override
  public String toString() {
    return subjectId
        + ": "
        + stage
        + " since "
        + enteredCurrentStageAt()
        + " ("
        + String.join(" -> ", path().stream().map(Stage::name).toList())
        + "), "
        + appliedEventIds.size()
        + " events"
        + (ignored.isEmpty() ? "" : ", " + ignored.size() + " ignored");
  }
}
