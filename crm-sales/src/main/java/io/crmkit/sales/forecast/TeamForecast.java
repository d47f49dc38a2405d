package io.crmkit.sales.forecast;

import io.crmkit.core.team.TeamId;
import java.util.List;
import java.util.Objects;

/**
 * A team's forecast in one period: {@code direct} over the team's own members and manager (those
 * not under a subteam), {@code total} over everyone in and below the team (each counted once), and
 * the {@code subteams}' forecasts. When no one belongs to two subteams, {@code total} = {@code
 * direct} + the subteams' totals.
 *
 * @param team the team
 * @param name its display name
 * @param period the period
 * @param direct the totals of the team's own members and manager
 * @param total the totals of everyone in and below the team
 * @param subteams the forecasts of the teams directly below, by id
 * @since 0.1
 */
public record TeamForecast(
    TeamId team,
    String name,
    ForecastPeriod period,
    CategoryTotals direct,
    CategoryTotals total,
    List<TeamForecast> subteams) {

  /** Validates that no field is null; copies the subteams. */
  public TeamForecast {
    Objects.requireNonNull(team, "team must not be null");
    Objects.requireNonNull(name, "name of team " + team + " must not be null");
    Objects.requireNonNull(period, "period of team " + team + " must not be null");
    Objects.requireNonNull(direct, "direct of team " + team + " must not be null");
    Objects.requireNonNull(total, "total of team " + team + " must not be null");
    subteams =
        List.copyOf(
            Objects.requireNonNull(subteams, "subteams of team " + team + " must not be null"));
  }

  /**
   * An indented tree, one line per team: {@code "EMEA 2024-Q2: commit 1500 EUR, best case 1700 EUR,
   * weighted 1260 EUR"}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb, "");
    return sb.toString();
  }

  private void append(StringBuilder sb, String indent) {
    sb.append(indent)
        .append(name)
        .append(' ')
        .append(period)
        .append(": commit ")
        .append(total.commitForecast())
        .append(", best case ")
        .append(total.bestCaseForecast())
        .append(", weighted ")
        .append(total.weightedForecast())
        .append('\n');
    subteams.forEach(s -> s.append(sb, indent + "  "));
  }
}
