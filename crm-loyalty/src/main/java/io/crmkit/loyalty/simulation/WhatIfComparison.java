package io.crmkit.loyalty.simulation;

import io.crmkit.core.money.Money;
import java.util.Objects;

/**
 * The current and the proposed programme's reports over the same history, and their differences.
 *
 * @since 0.1
 */
public record WhatIfComparison(SimulationReport current, SimulationReport proposed) {

  /** Checks both reports are not null and cover the same months. */
  public WhatIfComparison {
    Objects.requireNonNull(current, "current must not be null");
    Objects.requireNonNull(proposed, "proposed must not be null");
    if (current.months().size() != proposed.months().size()) {
      throw new IllegalArgumentException(
          "reports must cover the same months but had "
              + current.months().size()
              + " and "
              + proposed.months().size());
    }
  }

  /** Proposed minus current points issued. */
  public long issuedDelta() {
    return proposed.totalIssued() - current.totalIssued();
  }

  /** Proposed minus current final liability. */
  public Money liabilityDelta() {
    return proposed.finalLiability().minus(current.finalLiability());
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder(
            String.format(
                java.util.Locale.ROOT,
                "%-8s %12s %12s %12s %12s %14s %14s%n",
                "month",
                "issued",
                "issued'",
                "expired",
                "expired'",
                "liability",
                "liability'"));
    for (int i = 0; i < current.months().size(); i++) {
      MonthStats c = current.months().get(i);
      MonthStats p = proposed.months().get(i);
      s.append(
          String.format(
              java.util.Locale.ROOT,
              "%-8s %12d %12d %12d %12d %14s %14s%n",
              c.month(),
              c.issued(),
              p.issued(),
              c.expired(),
              p.expired(),
              c.liability(),
              p.liability()));
    }
    s.append("issued ")
        .append(issuedDelta() >= 0 ? "+" : "")
        .append(issuedDelta())
        .append(" pts, liability ")
        .append(liabilityDelta())
        .append(" (" + proposed.scenario() + " vs " + current.scenario() + ")");
    return s.toString();
  }
}
