package io.crmkit.sales.pipeline;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.lifecycle.stage.EventType;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleDefinition;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import io.crmkit.lifecycle.stage.Stage;
import io.crmkit.lifecycle.stage.StageMove;
import io.crmkit.lifecycle.stage.population.Conversion;
import io.crmkit.lifecycle.stage.population.ConversionRule;
import io.crmkit.lifecycle.stage.population.LifecyclePopulation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A sales pipeline: a lifecycle definition for deals whose open stages are ordered, each stage with
 * a win probability in [0, 1], and the reports a sales team reads. The {@link #standard()}
 * pipeline:
 *
 * <pre>
 * QUALIFICATION (10%) → NEEDS_ANALYSIS (20%) → PROPOSAL (50%) → NEGOTIATION (80%) → WON (100%)
 *                                                   └────────────────────────────→ WON
 * any open stage → LOST (0%); any open stage after the first → the previous one
 * </pre>
 *
 * <p>Deals move by manual moves (a sales person moves the deal, giving a reason) and record
 * activity as interactions; WON and LOST are final. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SalesPipeline {

  /** First contact: is there a real opportunity? */
  public static final Stage QUALIFICATION = Stage.of("QUALIFICATION");

  /** Understanding what the customer needs. */
  public static final Stage NEEDS_ANALYSIS = Stage.of("NEEDS_ANALYSIS");

  /** A proposal or quote was sent. */
  public static final Stage PROPOSAL = Stage.of("PROPOSAL");

  /** Negotiating terms. */
  public static final Stage NEGOTIATION = Stage.of("NEGOTIATION");

  /** Closed and won. */
  public static final Stage WON = Stage.of("WON");

  /** Closed and lost. */
  public static final Stage LOST = Stage.of("LOST");

  private final LifecycleEngine engine;
  private final List<Stage> openStages;
  private final Map<Stage, Double> winProbability;
  private final Map<Stage, ForecastCategory> categories;

  private SalesPipeline(
      LifecycleEngine engine,
      List<Stage> openStages,
      Map<Stage, Double> winProbability,
      Map<Stage, ForecastCategory> categories) {
    this.engine = engine;
    this.openStages = List.copyOf(openStages);
    this.winProbability = Collections.unmodifiableMap(new LinkedHashMap<>(winProbability));
    this.categories = Collections.unmodifiableMap(new LinkedHashMap<>(categories));
  }

  private static Map<Stage, ForecastCategory> standardCategories() {
    Map<Stage, ForecastCategory> c = new LinkedHashMap<>();
    c.put(QUALIFICATION, ForecastCategory.PIPELINE);
    c.put(NEEDS_ANALYSIS, ForecastCategory.PIPELINE);
    c.put(PROPOSAL, ForecastCategory.BEST_CASE);
    c.put(NEGOTIATION, ForecastCategory.COMMIT);
    c.put(WON, ForecastCategory.CLOSED);
    c.put(LOST, ForecastCategory.OMITTED);
    return c;
  }

  /**
   * The standard pipeline with win probabilities 10%, 20%, 50%, 80%, 100% (WON) and 0% (LOST), and
   * forecast categories pipeline, pipeline, best case, commit, closed and omitted.
   */
  public static SalesPipeline standard() {
    Map<Stage, Double> p = new LinkedHashMap<>();
    p.put(QUALIFICATION, 0.1);
    p.put(NEEDS_ANALYSIS, 0.2);
    p.put(PROPOSAL, 0.5);
    p.put(NEGOTIATION, 0.8);
    return withProbabilities(p);
  }

  /**
   * The standard stages and moves with other win probabilities for the four open stages (keys
   * QUALIFICATION, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION; values in [0, 1]).
   */
  public static SalesPipeline withProbabilities(Map<Stage, Double> openStageProbabilities) {
    Objects.requireNonNull(openStageProbabilities, "openStageProbabilities must not be null");
    List<Stage> open = List.of(QUALIFICATION, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION);
    if (!openStageProbabilities.keySet().equals(new java.util.HashSet<>(open))) {
      throw new IllegalArgumentException(
          "openStageProbabilities must have exactly the keys "
              + open
              + " but had: "
              + openStageProbabilities.keySet());
    }
    Map<Stage, Double> p = new LinkedHashMap<>();
    for (Stage s : open) {
      double v = openStageProbabilities.get(s);
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException(
            "win probability of " + s + " must be in [0, 1] but was: " + v);
      }
      p.put(s, v);
    }
    p.put(WON, 1.0);
    p.put(LOST, 0.0);
    LifecycleDefinition d =
        LifecycleDefinition.builder("sales pipeline")
            .subject("deal")
            .stages(QUALIFICATION, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION, WON, LOST)
            .initial(QUALIFICATION)
            .manualMoves(QUALIFICATION, NEEDS_ANALYSIS, LOST)
            .manualMoves(NEEDS_ANALYSIS, PROPOSAL, QUALIFICATION, LOST)
            .manualMoves(PROPOSAL, NEGOTIATION, WON, NEEDS_ANALYSIS, LOST)
            .manualMoves(NEGOTIATION, WON, PROPOSAL, LOST)
            .stays(QUALIFICATION, EventType.INTERACTION)
            .stays(NEEDS_ANALYSIS, EventType.INTERACTION)
            .stays(PROPOSAL, EventType.INTERACTION)
            .stays(NEGOTIATION, EventType.INTERACTION)
            .build();
    return new SalesPipeline(LifecycleEngine.of(d), open, p, standardCategories());
  }

  /**
   * This pipeline with other forecast categories for some open stages (keys among QUALIFICATION,
   * NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION; values PIPELINE, BEST_CASE, COMMIT or OMITTED); WON
   * stays CLOSED and LOST stays OMITTED.
   */
  public SalesPipeline withForecastCategories(Map<Stage, ForecastCategory> openStageCategories) {
    Objects.requireNonNull(openStageCategories, "openStageCategories must not be null");
    Map<Stage, ForecastCategory> c = new LinkedHashMap<>(categories);
    openStageCategories.forEach(
        (stage, category) -> {
          if (!openStages.contains(stage)) {
            throw new IllegalArgumentException(
                "openStageCategories must have keys among " + openStages + " but had: " + stage);
          }
          if (category == null || category == ForecastCategory.CLOSED) {
            throw new IllegalArgumentException(
                "forecast category of open stage "
                    + stage
                    + " must be PIPELINE, BEST_CASE, COMMIT or OMITTED but was: "
                    + category);
          }
          c.put(stage, category);
        });
    return new SalesPipeline(engine, openStages, winProbability, c);
  }

  /** The forecast category of {@code stage}. */
  public ForecastCategory forecastCategory(Stage stage) {
    ForecastCategory c = categories.get(Objects.requireNonNull(stage, "stage must not be null"));
    if (c == null) {
      throw new IllegalArgumentException(
          "stage must be one of " + categories.keySet() + " but was: " + stage);
    }
    return c;
  }

  /** The open stages in order (QUALIFICATION first). */
  public List<Stage> openStages() {
    return openStages;
  }

  /** When {@code deal} was won or lost; empty while it is open. */
  public Optional<Instant> closedAt(Deal deal) {
    Objects.requireNonNull(deal, "deal must not be null");
    return isOpen(deal) ? Optional.empty() : Optional.of(deal.lifecycle().enteredCurrentStageAt());
  }

  /**
   * This pipeline with its engine replaced by {@code engine} (e.g. one with listeners); same
   * definition.
   */
  public SalesPipeline withEngine(LifecycleEngine newEngine) {
    Objects.requireNonNull(newEngine, "engine must not be null");
    if (newEngine.definition() != engine.definition()) {
      throw new IllegalArgumentException(
          "engine must follow this pipeline's definition "
              + engine.definition()
              + " but followed: "
              + newEngine.definition());
    }
    return new SalesPipeline(newEngine, openStages, winProbability, categories);
  }

  /** The lifecycle definition of deals. */
  public LifecycleDefinition definition() {
    return engine.definition();
  }

  /** The engine moving deals. */
  public LifecycleEngine engine() {
    return engine;
  }

  /** The win probability of {@code stage}, in [0, 1]. */
  public double winProbability(Stage stage) {
    Double p = winProbability.get(Objects.requireNonNull(stage, "stage must not be null"));
    if (p == null) {
      throw new IllegalArgumentException(
          "stage must be one of " + winProbability.keySet() + " but was: " + stage);
    }
    return p;
  }

  /** Whether {@code deal} is still open (neither WON nor LOST). */
  public boolean isOpen(Deal deal) {
    return !definition().isFinal(deal.stage());
  }

  /** A new deal in QUALIFICATION, opened at {@code at}. */
  public Deal open(
      String dealId,
      CustomerId customer,
      String title,
      Money amount,
      LocalDate expectedClose,
      Instant at) {
    return new Deal(dealId, customer, title, amount, expectedClose, engine.start(dealId, at));
  }

  /**
   * The deal moved to {@code to} by a sales person for {@code reason} (event id {@code eventId}).
   */
  public Deal move(Deal deal, String eventId, Instant at, Stage to, String reason) {
    Objects.requireNonNull(deal, "deal must not be null");
    return deal.withLifecycle(
        engine.apply(
            deal.lifecycle(), new LifecycleEvent.ManualMove(eventId, deal.id(), at, to, reason)));
  }

  /** The deal with an activity (call, meeting, e-mail) recorded at {@code at}. */
  public Deal recordActivity(Deal deal, String eventId, Instant at, String note) {
    Objects.requireNonNull(deal, "deal must not be null");
    return deal.withLifecycle(
        engine.apply(
            deal.lifecycle(),
            new LifecycleEvent.InteractionRecorded(eventId, deal.id(), at, note)));
  }

  /**
   * The weighted value of the open deals: the sum of amount × win probability of the stage, in
   * {@code currency}, rounded half-even to the currency's minor unit.
   *
   * @throws IllegalArgumentException if a deal is in another currency
   */
  public Money weightedValue(Collection<Deal> deals, Currency currency) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Deal d : checked(deals, currency)) {
      if (isOpen(d)) {
        sum = sum.add(weighted(d));
      }
    }
    return round(sum, currency);
  }

  /**
   * The forecast per month: open deals weighted by win probability in the month of their expected
   * close, plus won deals at full amount in the month they were won (in {@code zone}); months
   * without deals are absent. Amounts in {@code currency}, rounded half-even to its minor unit.
   */
  public SortedMap<YearMonth, Money> forecastByCloseMonth(
      Collection<Deal> deals, Currency currency, ZoneId zone) {
    Objects.requireNonNull(zone, "zone must not be null");
    Map<YearMonth, BigDecimal> sums = new TreeMap<>();
    for (Deal d : checked(deals, currency)) {
      if (isOpen(d)) {
        sums.merge(YearMonth.from(d.expectedClose()), weighted(d), BigDecimal::add);
      } else if (d.stage().equals(WON)) {
        Instant wonAt = d.lifecycle().enteredCurrentStageAt();
        sums.merge(YearMonth.from(wonAt.atZone(zone)), d.amount().amount(), BigDecimal::add);
      }
    }
    SortedMap<YearMonth, Money> out = new TreeMap<>();
    sums.forEach((m, v) -> out.put(m, round(v, currency)));
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * Stage-to-stage conversion over all time: for each open stage, the deals that entered it and
   * those that later reached the next stage or any later one (WON included).
   */
  public List<StageConversion> conversionRates(Collection<Deal> deals) {
    LifecyclePopulation population = LifecyclePopulation.of(definition(), lifecycles(deals));
    List<StageConversion> out = new ArrayList<>();
    for (int i = 0; i < openStages.size(); i++) {
      Stage from = openStages.get(i);
      java.util.Set<Stage> later =
          new java.util.HashSet<>(openStages.subList(i + 1, openStages.size()));
      later.add(WON);
      Stage next = i + 1 < openStages.size() ? openStages.get(i + 1) : WON;
      Conversion c =
          population.conversion(
              new ConversionRule(from + " -> " + next, from, later, java.util.Set.of()),
              Instant.MIN,
              Instant.MAX,
              Instant.MAX);
      out.add(new StageConversion(from, next, c.entered(), c.converted(), c.rate()));
    }
    return out;
  }

  /**
   * The average days (of 24 hours, fractional) deals spent in each open stage, over the deals that
   * were ever in it; time in the current stage counts up to {@code asOf}. Stages no deal was in are
   * absent.
   */
  public Map<Stage, Double> averageDaysInStage(Collection<Deal> deals, Instant asOf) {
    Objects.requireNonNull(asOf, "asOf must not be null");
    Map<Stage, double[]> acc = new LinkedHashMap<>();
    openStages.forEach(s -> acc.put(s, new double[2]));
    for (Deal d : Objects.requireNonNull(deals, "deals must not be null")) {
      Instant end =
          asOf.isBefore(d.lifecycle().enteredCurrentStageAt())
              ? d.lifecycle().enteredCurrentStageAt()
              : asOf;
      d.lifecycle()
          .timeInStages(end)
          .forEach(
              (s, t) -> {
                double[] a = acc.get(s);
                if (a != null) {
                  a[0] += t.toMillis() / 86_400_000.0;
                  a[1]++;
                }
              });
    }
    Map<Stage, Double> out = new LinkedHashMap<>();
    acc.forEach(
        (s, a) -> {
          if (a[1] > 0) {
            out.put(s, a[0] / a[1]);
          }
        });
    return Collections.unmodifiableMap(out);
  }

  /**
   * The open deals without activity (opening, move or recorded activity) for at least {@code days}
   * whole days at {@code asOf}, the stalest first (then by id).
   */
  public List<Deal> staleDeals(Collection<Deal> deals, Instant asOf, int days) {
    Objects.requireNonNull(asOf, "asOf must not be null");
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative but was: " + days);
    }
    return Objects.requireNonNull(deals, "deals must not be null").stream()
        .filter(this::isOpen)
        .filter(d -> d.lifecycle().facts().silentDaysAt(asOf) >= days)
        .sorted(
            Comparator.comparing((Deal d) -> d.lifecycle().facts().lastActivity())
                .thenComparing(Deal::id))
        .toList();
  }

  /** The moves of every deal, for audits: deal id to its history. */
  public Map<String, List<StageMove>> histories(Collection<Deal> deals) {
    Map<String, List<StageMove>> out = new TreeMap<>();
    deals.forEach(d -> out.put(d.id(), d.lifecycle().history()));
    return Collections.unmodifiableMap(out);
  }

  private BigDecimal weighted(Deal d) {
    return d.amount().amount().multiply(BigDecimal.valueOf(winProbability(d.stage())));
  }

  private static List<Lifecycle> lifecycles(Collection<Deal> deals) {
    return Objects.requireNonNull(deals, "deals must not be null").stream()
        .map(Deal::lifecycle)
        .toList();
  }

  private static Collection<Deal> checked(Collection<Deal> deals, Currency currency) {
    Objects.requireNonNull(deals, "deals must not be null");
    Objects.requireNonNull(currency, "currency must not be null");
    for (Deal d : deals) {
      if (!d.amount().currency().equals(currency)) {
        throw new IllegalArgumentException(
            "amount of deal " + d.id() + " must be in " + currency + " but was: " + d.amount());
      }
    }
    return deals;
  }

  private static Money round(BigDecimal v, Currency currency) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    return Money.of(v.setScale(digits, RoundingMode.HALF_EVEN), currency);
  }

  @Override
  public String toString() {
    return "sales pipeline " + winProbability + " " + categories;
  }
}
