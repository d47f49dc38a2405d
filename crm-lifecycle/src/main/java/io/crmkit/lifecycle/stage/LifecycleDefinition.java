package io.crmkit.lifecycle.stage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.core.json.JsonFields;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A lifecycle as data: its stages (in display order), the initial stage, the allowed {@link
 * Transition}s, and for each stage the event types it accepts without moving ("stays").
 *
 * <p>An event of type T in stage S is <em>allowed</em> when S has a transition triggered by T or
 * stays on T. The first transition (in definition order) from S triggered by T whose guard allows
 * it fires; when none fires the subject stays in S if S stays on T, otherwise the event is refused.
 * A manual move to stage X fires the {@link EventType#MANUAL_MOVE} transition from S to X.
 *
 * <p>Built with {@link #builder(String)} or read with {@link #fromJson(String, Map)}; validated
 * when built: every stage is known and reachable from the initial stage, every transition has a
 * trigger and known stages, every guard named in JSON is known. Otherwise {@link
 * InvalidDefinitionException} lists all problems.
 *
 * @since 0.1
 */
public final class LifecycleDefinition {

  private final String name;
  private final String subjectNoun;
  private final Stage initial;
  private final List<Stage> stages;
  private final List<Transition> transitions;
  private final Map<Stage, Set<EventType>> stays;

  private LifecycleDefinition(
      String name,
      String subjectNoun,
      Stage initial,
      List<Stage> stages,
      List<Transition> transitions,
      Map<Stage, Set<EventType>> stays) {
    this.name = name;
    this.subjectNoun = subjectNoun;
    this.initial = initial;
    this.stages = List.copyOf(stages);
    this.transitions = List.copyOf(transitions);
    Map<Stage, Set<EventType>> copy = new LinkedHashMap<>();
    for (Stage s : stages) {
      Set<EventType> set = EnumSet.noneOf(EventType.class);
      set.addAll(stays.getOrDefault(s, Set.of()));
      copy.put(s, Collections.unmodifiableSet(set));
    }
    this.stays = Collections.unmodifiableMap(copy);
  }

  /** A builder for a definition named {@code name} (e.g. {@code "customer lifecycle"}). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The name of the definition. */
  public String name() {
    return name;
  }

  /** What the subjects are called in messages, e.g. {@code "customer"} or {@code "deal"}. */
  public String subjectNoun() {
    return subjectNoun;
  }

  /** The stage every lifecycle starts in. */
  public Stage initial() {
    return initial;
  }

  /** The stages in display order (the initial one need not be first). */
  public List<Stage> stages() {
    return stages;
  }

  /** The transitions in definition order (the order guards are tried). */
  public List<Transition> transitions() {
    return transitions;
  }

  /** Whether {@code stage} is a stage of this definition. */
  public boolean hasStage(Stage stage) {
    return stays.containsKey(stage);
  }

  /** The stage named {@code name}, empty when this definition has none. */
  public Optional<Stage> stage(String name) {
    return stages.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The event types {@code stage} accepts without moving when no transition fires. */
  public Set<EventType> staysOn(Stage stage) {
    return stays.getOrDefault(checkStage(stage), Set.of());
  }

  /** The transitions from {@code stage} triggered by {@code trigger}, in definition order. */
  public List<Transition> transitionsFrom(Stage stage, EventType trigger) {
    checkStage(stage);
    Objects.requireNonNull(trigger, "trigger must not be null");
    List<Transition> out = new ArrayList<>();
    for (Transition t : transitions) {
      if (t.from().equals(stage) && t.trigger() == trigger) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The event types allowed in {@code stage}: those with a transition from it or on which it stays.
   */
  public Set<EventType> allowedEvents(Stage stage) {
    Set<EventType> out = EnumSet.noneOf(EventType.class);
    out.addAll(staysOn(stage));
    for (Transition t : transitions) {
      if (t.from().equals(stage)) {
        out.add(t.trigger());
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The stages a manual move from {@code stage} may go to, in display order. */
  public List<Stage> manualTargets(Stage stage) {
    checkStage(stage);
    Set<Stage> targets = new LinkedHashSet<>();
    for (Stage s : stages) {
      for (Transition t : transitions) {
        if (t.from().equals(stage) && t.to().equals(s) && t.trigger() == EventType.MANUAL_MOVE) {
          targets.add(s);
        }
      }
    }
    return List.copyOf(targets);
  }

  /** Whether some transition leads from {@code from} to {@code to}. */
  public boolean hasTransition(Stage from, Stage to) {
    for (Transition t : transitions) {
      if (t.from().equals(from) && t.to().equals(to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether no transition leaves {@code stage} (e.g. WON and LOST of a sales pipeline). */
  public boolean isFinal(Stage stage) {
    checkStage(stage);
    return transitions.stream().noneMatch(t -> t.from().equals(stage));
  }

  private Stage checkStage(Stage stage) {
    Objects.requireNonNull(stage, "stage must not be null");
    if (!stays.containsKey(stage)) {
      throw new IllegalArgumentException(
          "stage must be one of " + stages + " of lifecycle '" + name + "' but was: " + stage);
    }
    return stage;
  }

  /**
   * Reads a definition from JSON of the form
   *
   * <pre>{@code
   * {"name": "customer lifecycle", "subject": "customer", "initial": "PROSPECT",
   *  "stages": ["PROSPECT", "NEW"],
   *  "transitions": [{"from": "PROSPECT", "to": "NEW", "on": "purchase", "guard": "first", "reason": "first purchase"}],
   *  "stays": {"NEW": ["interaction"]}}
   * }</pre>
   *
   * <p>{@code subject}, {@code initial} (default: the first stage), a transition's guard name,
   * {@code reason} and {@code stays} are optional; event types are written as their label ({@code
   * "re-evaluation"}) or their constant name ({@code "RE_EVALUATION"}); guards are looked up by
   * name in {@code guards}. Reading follows crmkit's one JSON policy: unknown fields, wrong types
   * and misspelt event types fail at once, naming the JSON path.
   *
   * @throws CrmJsonException naming the JSON path of a malformed, unknown or missing field; when
   *     the JSON is well formed but the definition is not valid (unknown stages or guards,
   *     unreachable stages), its cause is an {@link InvalidDefinitionException} listing every
   *     problem
   */
  public static LifecycleDefinition fromJson(String json, Map<String, Guard> guards) {
    Objects.requireNonNull(json, "json must not be null");
    return fromJson(JsonFields.root(JsonFields.parse(json, "lifecycle definition")), guards);
  }

  /** The definition in the object {@code root}, as {@link #fromJson(String, Map)} reads it. */
  public static LifecycleDefinition fromJson(JsonFields root, Map<String, Guard> guards) {
    Objects.requireNonNull(guards, "guards must not be null (use an empty map)");
    root.only("name", "subject", "initial", "stages", "transitions", "stays");
    String name = root.text("name");
    if (name.isBlank()) {
      throw root.error("name", root.node().get("name"), "a non-blank string");
    }
    Builder b = new Builder(name);
    root.optText("subject").ifPresent(noun -> root.wrap(() -> b.subject(noun)));
    JsonNode stages = root.required("stages");
    if (!stages.isArray()) {
      throw root.error("stages", stages, "an array of stage names");
    }
    b.stageNames.addAll(root.texts("stages"));
    b.initialName = root.optText("initial").orElse(null);
    List<String> problems = new ArrayList<>();
    List<JsonFields> transitions = root.objects("transitions");
    for (int i = 0; i < transitions.size(); i++) {
      JsonFields t = transitions.get(i).only("from", "to", "on", "guard", "reason");
      String where = "transition #" + (i + 1);
      Guard guard = null;
      Optional<String> guardName = t.optText("guard");
      if (guardName.isPresent()) {
        guard = guards.get(guardName.get());
        if (guard == null) {
          problems.add(
              where
                  + " ("
                  + t.pathOf("guard")
                  + ") names guard '"
                  + guardName.get()
                  + "' but the known guards are "
                  + new TreeSet<>(guards.keySet()));
        }
      }
      b.specs.add(
          new TransitionSpec(
              t.text("from"),
              t.text("to"),
              eventType(t.pathOf("on"), t.text("on")),
              guard,
              t.text("reason", ""),
              where));
    }
    if (root.has("stays")) {
      JsonFields stays = root.object("stays");
      for (Map.Entry<String, JsonNode> e : stays.node().properties()) {
        String at = stays.pathOf(e.getKey());
        if (!e.getValue().isArray()) {
          throw stays.error(e.getKey(), e.getValue(), "an array of event types");
        }
        List<String> types = stays.texts(e.getKey());
        for (int i = 0; i < types.size(); i++) {
          b.staySpecs.add(Map.entry(e.getKey(), eventType(at + "[" + i + "]", types.get(i))));
        }
      }
    }
    return root.wrap(() -> b.build(problems));
  }

  /**
   * The event type labelled exactly {@code text} ({@code "manual-move"}) or named so ({@code
   * "MANUAL_MOVE"}).
   */
  private static EventType eventType(String path, String text) {
    for (EventType t : EventType.values()) {
      if (t.label().equals(text) || t.name().equals(text)) {
        return t;
      }
    }
    String hint = "";
    try {
      hint =
          " (did you mean \""
              + EventType.parse(text.trim()).label()
              + "\"? names are case-sensitive)";
    } catch (IllegalArgumentException e) {
      // no near spelling
    }
    throw CrmJsonException.at(
        path,
        "must be an event type, one of "
            + Arrays.stream(EventType.values()).map(EventType::label).toList()
            + ", but was: \""
            + text
            + "\""
            + hint);
  }

  /**
   * This definition as JSON in the form read by {@link #fromJson}, pretty-printed; guards are
   * written by name, so reading it back needs the same guards.
   */
  public String toJson() {
    return CrmJackson.writePretty(toJsonTree());
  }

  /** This definition as the JSON tree {@link #toJson()} writes. */
  public ObjectNode toJsonTree() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("name", name);
    root.put("subject", subjectNoun);
    root.put("initial", initial.name());
    ArrayNode st = root.putArray("stages");
    stages.forEach(s -> st.add(s.name()));
    ArrayNode tr = root.putArray("transitions");
    for (Transition t : transitions) {
      ObjectNode n = tr.addObject();
      n.put("from", t.from().name());
      n.put("to", t.to().name());
      n.put("on", t.trigger().label());
      t.guard().ifPresent(g -> n.put("guard", g.name()));
      if (!t.reason().isEmpty()) {
        n.put("reason", t.reason());
      }
    }
    ObjectNode sn = root.putObject("stays");
    stays.forEach(
        (s, types) -> {
          if (!types.isEmpty()) {
            ArrayNode a = sn.putArray(s.name());
            types.forEach(type -> a.add(type.label()));
          }
        });
    return root;
  }

  /** For example {@code "customer lifecycle: 8 stages from PROSPECT, 25 transitions"}. */
  @Override
  public String toString() {
    return name
        + ": "
        + stages.size()
        + " stages from "
        + initial
        + ", "
        + transitions.size()
        + " transitions";
  }

  private record TransitionSpec(
      String from, String to, EventType trigger, Guard guard, String reason, String where) {}

  /**
   * Collects stages, transitions and stays; {@link #build()} validates them. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String name;
    private String subjectNoun = "customer";
    private final List<String> stageNames = new ArrayList<>();
    private String initialName;
    private final List<TransitionSpec> specs = new ArrayList<>();
    private final List<Map.Entry<String, EventType>> staySpecs = new ArrayList<>();

    private Builder(String name) {
      Objects.requireNonNull(name, "definition name must not be null");
      if (name.isBlank()) {
        throw new IllegalArgumentException(
            "definition name must not be blank but was: '" + name + "'");
      }
      this.name = name;
    }

    /** What subjects are called in messages (default {@code "customer"}). */
    public Builder subject(String noun) {
      Objects.requireNonNull(noun, "subject noun must not be null");
      if (noun.isBlank()) {
        throw new IllegalArgumentException(
            "subject noun must not be blank but was: '" + noun + "'");
      }
      this.subjectNoun = noun;
      return this;
    }

    /**
     * Adds stages in display order; the first stage ever added is the initial one unless {@link
     * #initial} says otherwise.
     */
    public Builder stages(Stage... stages) {
      for (Stage s : stages) {
        stageNames.add(Objects.requireNonNull(s, "stage must not be null").name());
      }
      return this;
    }

    /** The stage every lifecycle starts in. */
    public Builder initial(Stage stage) {
      this.initialName = Objects.requireNonNull(stage, "initial stage must not be null").name();
      return this;
    }

    /** A transition without guard; a {@code null} trigger is reported by {@link #build()}. */
    public Builder transition(Stage from, Stage to, EventType trigger, String reason) {
      return add(from, to, trigger, null, reason);
    }

    /** A transition with a guard; a {@code null} trigger is reported by {@link #build()}. */
    public Builder transition(Stage from, Stage to, EventType trigger, Guard guard, String reason) {
      return add(
          from, to, trigger, Objects.requireNonNull(guard, "guard must not be null"), reason);
    }

    /** Manual-move transitions from {@code from} to each of {@code targets}. */
    public Builder manualMoves(Stage from, Stage... targets) {
      for (Stage to : targets) {
        add(from, to, EventType.MANUAL_MOVE, null, "manual move");
      }
      return this;
    }

    /** {@code stage} accepts events of these types without moving when no transition fires. */
    public Builder stays(Stage stage, EventType... types) {
      Objects.requireNonNull(stage, "stage must not be null");
      for (EventType t : types) {
        staySpecs.add(
            Map.entry(stage.name(), Objects.requireNonNull(t, "event type must not be null")));
      }
      return this;
    }

    private Builder add(Stage from, Stage to, EventType trigger, Guard guard, String reason) {
      specs.add(
          new TransitionSpec(
              from == null ? null : from.name(),
              to == null ? null : to.name(),
              trigger,
              guard,
              Objects.requireNonNull(reason, "reason must not be null (use \"\" for none)"),
              "transition #" + (specs.size() + 1)));
      return this;
    }

    /**
     * The validated definition.
     *
     * @throws InvalidDefinitionException listing every problem found
     */
    public LifecycleDefinition build() {
      return build(new ArrayList<>());
    }

    private LifecycleDefinition build(List<String> problems) {
      List<Stage> stages = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (String s : stageNames) {
        if (!Stage.isValidName(s)) {
          problems.add(
              "stage name must start with a letter and hold only letters, digits, '_' and '-' but was: '"
                  + s
                  + "'");
        } else if (!seen.add(s)) {
          problems.add("stage " + s + " is declared twice");
        } else {
          stages.add(Stage.of(s));
        }
      }
      if (stageNames.isEmpty()) {
        problems.add("a definition needs at least one stage");
      }
      String initialText =
          initialName != null ? initialName : stageNames.isEmpty() ? null : stageNames.get(0);
      if (initialText == null) {
        problems.add("the initial stage is missing");
      } else if (!seen.contains(initialText)) {
        problems.add("initial stage " + initialText + " is not one of the stages " + seen);
      }
      List<Transition> transitions = new ArrayList<>();
      for (TransitionSpec t : specs) {
        String label = t.where() + " (" + t.from() + " -> " + t.to() + ")";
        boolean ok = true;
        if (t.from() == null || !seen.contains(t.from())) {
          problems.add(
              label + " starts from unknown stage " + t.from() + "; the stages are " + seen);
          ok = false;
        }
        if (t.to() == null || !seen.contains(t.to())) {
          problems.add(label + " leads to unknown stage " + t.to() + "; the stages are " + seen);
          ok = false;
        }
        if (t.trigger() == null) {
          problems.add(
              label
                  + " has no trigger: name the event type that triggers it, one of "
                  + Arrays.stream(EventType.values()).map(EventType::label).toList());
          ok = false;
        }
        if (ok) {
          transitions.add(
              t.guard() == null
                  ? Transition.of(Stage.of(t.from()), Stage.of(t.to()), t.trigger(), t.reason())
                  : Transition.guarded(
                      Stage.of(t.from()), Stage.of(t.to()), t.trigger(), t.guard(), t.reason()));
        }
      }
      Map<Stage, Set<EventType>> stays = new LinkedHashMap<>();
      for (Map.Entry<String, EventType> e : staySpecs) {
        if (!seen.contains(e.getKey())) {
          problems.add("stays names unknown stage " + e.getKey() + "; the stages are " + seen);
        } else {
          stays
              .computeIfAbsent(Stage.of(e.getKey()), k -> EnumSet.noneOf(EventType.class))
              .add(e.getValue());
        }
      }
      if (problems.isEmpty()) {
        Set<Stage> reached = new LinkedHashSet<>();
        Deque<Stage> todo = new ArrayDeque<>();
        todo.add(Stage.of(initialText));
        while (!todo.isEmpty()) {
          Stage s = todo.poll();
          if (reached.add(s)) {
            transitions.stream().filter(t -> t.from().equals(s)).forEach(t -> todo.add(t.to()));
          }
        }
        for (Stage s : stages) {
          if (!reached.contains(s)) {
            problems.add("stage " + s + " is unreachable from the initial stage " + initialText);
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidDefinitionException(name, problems);
      }
      return new LifecycleDefinition(
          name, subjectNoun, Stage.of(initialText), stages, transitions, stays);
    }
  }
}
