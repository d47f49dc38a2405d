package io.crmkit.sales.forecast;

import io.crmkit.core.money.Money;
import io.crmkit.core.team.MemberId;
import io.crmkit.core.team.Organisation;
import io.crmkit.core.team.Team;
import io.crmkit.core.team.TeamId;
import io.crmkit.sales.pipeline.Deal;
import io.crmkit.sales.pipeline.ForecastCategory;
import io.crmkit.sales.pipeline.SalesPipeline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The sales forecast per period and owner: each deal counted in one period — an open deal in the
 * period of its expected close, a won or lost deal in the period it closed (in {@code zone}) — with
 * its amount in its stage's {@link ForecastCategory} and, while open, amount × win probability in
 * the weighted pipeline; rolled up by team hierarchy with {@link #rollUp}. Amounts are exact, so
 * owners add up to the period and teams to their parent. Immutable.
 *
 * <pre>{@code
 * Forecast f = Forecast.of(pipeline, OwnedDeal.of(deals, d -> ownerOf(d)), PeriodGrain.QUARTER, EUR, zone);
 * f.total(PeriodGrain.QUARTER.periodOf(LocalDate.of(2024, 5, 1))).commitForecast();
 * f.rollUp(organisation, TeamId.of("sales"), period);   // sales: ..., emea: ..., dach: ...
 * }</pre>
 *
 * @since 0.1
 */
public final class Forecast {

  private final PeriodGrain grain;
  private final Currency currency;
  private final SortedMap<ForecastPeriod, SortedMap<MemberId, CategoryTotals>> cells;

  private Forecast(
      PeriodGrain grain,
      Currency currency,
      SortedMap<ForecastPeriod, SortedMap<MemberId, CategoryTotals>> cells) {
    this.grain = grain;
    this.currency = currency;
    this.cells = cells;
  }

  /**
   * The forecast of {@code deals} under {@code pipeline}'s probabilities and categories, per {@code
   * grain} period, in {@code currency}, closing dates taken in {@code zone}.
   *
   * @throws IllegalArgumentException if a deal is in another currency
   */
  public static Forecast of(
      SalesPipeline pipeline,
      Collection<OwnedDeal> deals,
      PeriodGrain grain,
      Currency currency,
      ZoneId zone) {
    Objects.requireNonNull(pipeline, "pipeline must not be null");
    Objects.requireNonNull(deals, "deals must not be null");
    Objects.requireNonNull(grain, "grain must not be null");
    Objects.requireNonNull(currency, "currency must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    SortedMap<ForecastPeriod, SortedMap<MemberId, CategoryTotals>> cells = new TreeMap<>();
    for (OwnedDeal od : deals) {
      Deal d = Objects.requireNonNull(od, "deals must not contain null").deal();
      if (!d.amount().currency().equals(currency)) {
        throw new IllegalArgumentException(
            "amount of deal " + d.id() + " must be in " + currency + " but was: " + d.amount());
      }
      LocalDate day =
          pipeline.closedAt(d).map(at -> LocalDate.ofInstant(at, zone)).orElse(d.expectedClose());
      ForecastCategory category = pipeline.forecastCategory(d.stage());
      Money weighted =
          Money.of(
              d.amount().amount().multiply(BigDecimal.valueOf(pipeline.winProbability(d.stage()))),
              currency);
      cells
          .computeIfAbsent(grain.periodOf(day), p -> new TreeMap<>())
          .merge(
              od.owner(), CategoryTotals.of(category, d.amount(), weighted), CategoryTotals::plus);
    }
    SortedMap<ForecastPeriod, SortedMap<MemberId, CategoryTotals>> frozen = new TreeMap<>();
    cells.forEach((p, m) -> frozen.put(p, Collections.unmodifiableSortedMap(m)));
    return new Forecast(grain, currency, Collections.unmodifiableSortedMap(frozen));
  }

  /** The period length. */
  public PeriodGrain grain() {
    return grain;
  }

  /** The currency of every amount. */
  public Currency currency() {
    return currency;
  }

  /** The periods with at least one deal, in order. */
  public List<ForecastPeriod> periods() {
    return List.copyOf(cells.keySet());
  }

  /** Every owner with a deal in some period, by id. */
  public SortedSet<MemberId> owners() {
    TreeSet<MemberId> out = new TreeSet<>();
    cells.values().forEach(m -> out.addAll(m.keySet()));
    return Collections.unmodifiableSortedSet(out);
  }

  /** The totals per owner in {@code period} (owners without deals there are absent). */
  public SortedMap<MemberId, CategoryTotals> byOwner(ForecastPeriod period) {
    return cells.getOrDefault(
        Objects.requireNonNull(period, "period must not be null"), Collections.emptySortedMap());
  }

  /** The totals of {@code owner} in {@code period} (zero if none). */
  public CategoryTotals totals(ForecastPeriod period, MemberId owner) {
    Objects.requireNonNull(owner, "owner must not be null");
    return byOwner(period).getOrDefault(owner, CategoryTotals.zero(currency));
  }

  /** The totals of every owner in {@code period}. */
  public CategoryTotals total(ForecastPeriod period) {
    return sum(byOwner(period).values());
  }

  /** The totals of {@code owners} in {@code period}. */
  public CategoryTotals totalOf(ForecastPeriod period, Collection<MemberId> owners) {
    SortedMap<MemberId, CategoryTotals> m = byOwner(period);
    CategoryTotals t = CategoryTotals.zero(currency);
    for (MemberId o : new TreeSet<>(owners)) {
      CategoryTotals c = m.get(o);
      if (c != null) {
        t = t.plus(c);
      }
    }
    return t;
  }

  /**
   * The forecast of {@code team} in {@code period}: its total over every member (and manager) of
   * the team and the teams below it, each counted once; its direct part over those not under a
   * subteam; and the subteams' forecasts in the same shape.
   *
   * @throws IllegalArgumentException if {@code team} is not in {@code organisation}
   */
  public TeamForecast rollUp(Organisation organisation, TeamId team, ForecastPeriod period) {
    Objects.requireNonNull(organisation, "organisation must not be null");
    Objects.requireNonNull(period, "period must not be null");
    SortedSet<MemberId> under = organisation.membersUnder(team);
    Team t =
        organisation
            .team(team)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "team " + team + " must be in the organisation but is not"));
    List<TeamForecast> subs = new ArrayList<>();
    TreeSet<MemberId> direct = new TreeSet<>(under);
    for (TeamId s : organisation.subteams(team)) {
      subs.add(rollUp(organisation, s, period));
      direct.removeAll(organisation.membersUnder(s));
    }
    return new TeamForecast(
        team, t.name(), period, totalOf(period, direct), totalOf(period, under), subs);
  }

  private CategoryTotals sum(Collection<CategoryTotals> parts) {
    CategoryTotals t = CategoryTotals.zero(currency);
    for (CategoryTotals c : parts) {
      t = t.plus(c);
    }
    return t;
  }

  /** A table: one line per period and owner with commit, best case and weighted forecasts. */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            "forecast by "
                + grain.name().toLowerCase(Locale.ROOT)
                + " in "
                + currency.getCurrencyCode()
                + "\nperiod    owner         closed       commit    best case     weighted\n");
    cells.forEach(
        (p, m) ->
            m.forEach(
                (o, c) ->
                    sb.append(
                        String.format(
                            Locale.ROOT,
                            "%-9s %-10s %12.2f %12.2f %12.2f %12.2f%n",
                            p,
                            o,
                            c.closed().amount(),
                            c.commitForecast().amount(),
                            c.bestCaseForecast().amount(),
                            c.weightedForecast().amount()))));
    return sb.toString();
  }
}
