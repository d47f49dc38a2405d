package io.crmkit.loyalty.simulation;

import io.crmkit.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * The month-by-month result of replaying a history through one {@link Scenario}.
 *
 * @since 0.1
 */
public record SimulationReport(String scenario, List<MonthStats> months, long members) {

  /** Checks the scenario is not null and there is at least one month; the list is copied. */
  public SimulationReport {
    Objects.requireNonNull(scenario, "scenario must not be null");
    Objects.requireNonNull(months, "months must not be null");
    months = List.copyOf(months);
    if (months.isEmpty()) {
      throw new IllegalArgumentException("months of report " + scenario + " must not be empty");
    }
  }

  /** Points issued over all months. */
  public long totalIssued() {
    return months.stream().mapToLong(MonthStats::issued).sum();
  }

  /** Points redeemed over all months. */
  public long totalRedeemed() {
    return months.stream().mapToLong(MonthStats::redeemed).sum();
  }

  /** Points expired over all months. */
  public long totalExpired() {
    return months.stream().mapToLong(MonthStats::expired).sum();
  }

  /** The liability at the end of the last month (a report always has at least one month). */
  public Money finalLiability() {
    return months.get(months.size() - 1).liability();
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("scenario ")
            .append(scenario)
            .append(" (")
            .append(members)
            .append(" members)");
    for (MonthStats m : months) {
      s.append("\n  ").append(m);
    }
    return s.toString();
  }
}
