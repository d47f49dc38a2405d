package io.crmkit.lifecycle.stage;

import static io.crmkit.lifecycle.stage.EventType.INTERACTION;
import static io.crmkit.lifecycle.stage.EventType.PURCHASE;
import static io.crmkit.lifecycle.stage.EventType.REFUND;
import static io.crmkit.lifecycle.stage.EventType.RE_EVALUATION;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The customer lifecycle of CRM practice:
 *
 * <pre>
 * PROSPECT --interaction--&gt; NURTURING --purchase--&gt; NEW --purchase--&gt; ACTIVE --purchase [loyal]--&gt; LOYAL
 * PROSPECT --purchase--&gt; NEW
 * NEW, ACTIVE, LOYAL, REACTIVATED --re-evaluation [at risk]--&gt; AT_RISK --purchase--&gt; ACTIVE (saved)
 * AT_RISK --re-evaluation [lapsed]--&gt; LAPSED --purchase--&gt; REACTIVATED --purchase--&gt; ACTIVE
 * LOYAL --refund [no longer loyal]--&gt; ACTIVE
 * </pre>
 *
 * <p>Guards, with {@link Thresholds}: <em>loyal</em> when purchases &ge; {@code loyalMinPurchases}
 * and net spend &ge; {@code loyalMinNetSpend}; <em>at risk</em> when the re-evaluation's churn
 * probability &ge; {@code atRiskChurnProbability} or the customer has been silent (no interaction,
 * purchase, refund or manual move) for &ge; {@code atRiskSilentDays} days, or (when the
 * expected-gap rule is on) for &ge; {@code expectedGapMultiplier} times the customer's mean gap
 * between purchases; <em>lapsed</em> likewise with {@code lapsedChurnProbability} and {@code
 * lapsedSilentDays}.
 *
 * <p>Every stage stays on interactions and re-evaluations; every stage after the first purchase
 * stays on refunds, and ACTIVE and LOYAL stay on purchases. A refund is not allowed for PROSPECT
 * and NURTURING (nothing to refund). Manual moves: PROSPECT &harr; NURTURING, NEW &rarr; ACTIVE or
 * AT_RISK, ACTIVE &rarr; LOYAL (e.g. a top tier) or AT_RISK, LOYAL &rarr; ACTIVE or AT_RISK,
 * AT_RISK &rarr; ACTIVE (saved) or LAPSED, REACTIVATED &rarr; ACTIVE or AT_RISK; none from LAPSED
 * (only a purchase wins a customer back).
 *
 * @since 0.1
 */
public final class DefaultLifecycle {

  /** Not yet engaged. */
  public static final Stage PROSPECT = Stage.of("PROSPECT");

  /** Engaged (inquiries, interactions) but no purchase yet. */
  public static final Stage NURTURING = Stage.of("NURTURING");

  /** Made a first purchase. */
  public static final Stage NEW = Stage.of("NEW");

  /** Made repeat purchases. */
  public static final Stage ACTIVE = Stage.of("ACTIVE");

  /** High value and frequency. */
  public static final Stage LOYAL = Stage.of("LOYAL");

  /** Churn score over the threshold or silent beyond the expected gap. */
  public static final Stage AT_RISK = Stage.of("AT_RISK");

  /** Lost. */
  public static final Stage LAPSED = Stage.of("LAPSED");

  /** Purchased again after lapsing. */
  public static final Stage REACTIVATED = Stage.of("REACTIVATED");

  /** All stages in lifecycle order. */
  public static final List<Stage> STAGES =
      List.of(PROSPECT, NURTURING, NEW, ACTIVE, LOYAL, AT_RISK, LAPSED, REACTIVATED);

  private DefaultLifecycle() {}

  /**
   * The thresholds of the default lifecycle's guards.
   *
   * @param loyalMinPurchases purchases (count, &ge; 1) needed to become LOYAL
   * @param loyalMinNetSpend net spend (in the customer's currency units, &ge; 0) needed to become
   *     LOYAL
   * @param atRiskChurnProbability churn probability in (0, 1] from which a re-evaluation makes
   *     AT_RISK
   * @param atRiskSilentDays days of silence (&ge; 1) from which a re-evaluation makes AT_RISK
   * @param lapsedChurnProbability churn probability in (0, 1] from which AT_RISK becomes LAPSED
   * @param lapsedSilentDays days of silence (&gt; atRiskSilentDays) from which AT_RISK becomes
   *     LAPSED
   * @param expectedGapMultiplier when &gt; 0, a re-evaluation also makes AT_RISK a customer with at
   *     least two purchases whose mean gap between purchases is at least one day, once silent for
   *     {@code expectedGapMultiplier} &times; that mean gap (days); 0 turns this rule off
   * @since 0.1
   */
  public record Thresholds(
      int loyalMinPurchases,
      BigDecimal loyalMinNetSpend,
      double atRiskChurnProbability,
      int atRiskSilentDays,
      double lapsedChurnProbability,
      int lapsedSilentDays,
      double expectedGapMultiplier) {

    /**
     * Checks every threshold: at least 1 purchase and 1 silent day, a non-negative spend,
     * probabilities in [0, 1], an expected-gap multiplier in [0, 1000) and more lapsed than at-risk
     * silent days.
     */
    public Thresholds {
      if (loyalMinPurchases < 1) {
        throw new IllegalArgumentException(
            "loyalMinPurchases must be at least 1 but was: " + loyalMinPurchases);
      }
      Objects.requireNonNull(loyalMinNetSpend, "loyalMinNetSpend must not be null");
      if (loyalMinNetSpend.signum() < 0) {
        throw new IllegalArgumentException(
            "loyalMinNetSpend must not be negative but was: " + loyalMinNetSpend);
      }
      checkProbability("atRiskChurnProbability", atRiskChurnProbability);
      checkProbability("lapsedChurnProbability", lapsedChurnProbability);
      if (atRiskSilentDays < 1) {
        throw new IllegalArgumentException(
            "atRiskSilentDays must be at least 1 but was: " + atRiskSilentDays);
      }
      if (!(expectedGapMultiplier >= 0 && expectedGapMultiplier < 1_000)) {
        throw new IllegalArgumentException(
            "expectedGapMultiplier must be in [0, 1000) but was: " + expectedGapMultiplier);
      }
      if (lapsedSilentDays <= atRiskSilentDays) {
        throw new IllegalArgumentException(
            "lapsedSilentDays must be greater than atRiskSilentDays "
                + atRiskSilentDays
                + " but was: "
                + lapsedSilentDays);
      }
    }

    private static void checkProbability(String field, double p) {
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException(field + " must be in (0, 1] but was: " + p);
      }
    }

    /**
     * The defaults: LOYAL from 5 purchases and a net spend of 500; AT_RISK from churn probability
     * 0.5 or 90 silent days; LAPSED from churn probability 0.8 or 180 silent days; the expected-gap
     * rule off.
     */
    public static Thresholds defaults() {
      return new Thresholds(5, BigDecimal.valueOf(500), 0.5, 90, 0.8, 180, 0);
    }

    /**
     * These thresholds with the expected-gap rule: AT_RISK also once silent for {@code multiplier}
     * times the customer's own mean gap between purchases (0 turns it off).
     */
    public Thresholds withExpectedGap(double multiplier) {
      return new Thresholds(
          loyalMinPurchases,
          loyalMinNetSpend,
          atRiskChurnProbability,
          atRiskSilentDays,
          lapsedChurnProbability,
          lapsedSilentDays,
          multiplier);
    }

    /**
     * The mean gap in whole days between first and last purchase per repeat purchase, {@code
     * days(first, last) / (purchases - 1)}, or 0 with fewer than two purchases.
     */
    static double meanGapDays(long firstToLastDays, int purchases) {
      return purchases < 2 ? 0 : (double) firstToLastDays / (purchases - 1);
    }

    /**
     * Whether the expected-gap rule makes a customer AT_RISK: silent at least the multiplier times
     * the mean gap between purchases (days), with two purchases or more.
     *
     * @param silentDays days since the last purchase
     * @param firstToLastDays days from the first to the last purchase
     * @param purchases number of purchases
     * @return whether the rule fires
     */
    public boolean beyondExpectedGap(long silentDays, long firstToLastDays, int purchases) {
      double gap = meanGapDays(firstToLastDays, purchases);
      return expectedGapMultiplier > 0 && gap >= 1 && silentDays >= expectedGapMultiplier * gap;
    }

    /** These thresholds with other LOYAL criteria. */
    public Thresholds withLoyalty(int minPurchases, BigDecimal minNetSpend) {
      return new Thresholds(
          minPurchases,
          minNetSpend,
          atRiskChurnProbability,
          atRiskSilentDays,
          lapsedChurnProbability,
          lapsedSilentDays,
          expectedGapMultiplier);
    }

    /** These thresholds with other AT_RISK criteria. */
    public Thresholds withAtRisk(double churnProbability, int silentDays) {
      return new Thresholds(
          loyalMinPurchases,
          loyalMinNetSpend,
          churnProbability,
          silentDays,
          lapsedChurnProbability,
          lapsedSilentDays,
          expectedGapMultiplier);
    }

    /** These thresholds with other LAPSED criteria. */
    public Thresholds withLapsed(double churnProbability, int silentDays) {
      return new Thresholds(
          loyalMinPurchases,
          loyalMinNetSpend,
          atRiskChurnProbability,
          atRiskSilentDays,
          churnProbability,
          silentDays,
          expectedGapMultiplier);
    }

    /** Whether these facts meet the LOYAL criteria. */
    public boolean isLoyal(LifecycleFacts facts) {
      return facts.purchases() >= loyalMinPurchases
          && facts.netSpend().compareTo(loyalMinNetSpend) >= 0;
    }
  }

  /** The default definition with {@link Thresholds#defaults()}. */
  public static LifecycleDefinition definition() {
    return definition(Thresholds.defaults());
  }

  /** The default definition with the given thresholds. */
  public static LifecycleDefinition definition(Thresholds thresholds) {
    Objects.requireNonNull(thresholds, "thresholds must not be null");
    Guard loyal =
        Guard.when(
            "loyal", c -> thresholds.isLoyal(c.facts()), c -> loyaltyText(c.facts(), thresholds));
    Guard noLongerLoyal =
        Guard.when(
            "no-longer-loyal",
            c -> !thresholds.isLoyal(c.facts()),
            c -> "still loyal: " + loyaltyText(c.facts(), thresholds));
    Guard atRisk =
        risk(
            "at-risk",
            thresholds.atRiskChurnProbability(),
            thresholds.atRiskSilentDays(),
            thresholds);
    Guard lapsed =
        risk("lapsed", thresholds.lapsedChurnProbability(), thresholds.lapsedSilentDays(), null);
    return LifecycleDefinition.builder("customer lifecycle")
        .subject("customer")
        .stages(PROSPECT, NURTURING, NEW, ACTIVE, LOYAL, AT_RISK, LAPSED, REACTIVATED)
        .initial(PROSPECT)
        .transition(PROSPECT, NURTURING, INTERACTION, "engaged")
        .transition(PROSPECT, NEW, PURCHASE, "first purchase")
        .transition(NURTURING, NEW, PURCHASE, "first purchase")
        .transition(NEW, ACTIVE, PURCHASE, "repeat purchase")
        .transition(NEW, AT_RISK, RE_EVALUATION, atRisk, "churn risk")
        .transition(ACTIVE, LOYAL, PURCHASE, loyal, "high value and frequency")
        .transition(ACTIVE, AT_RISK, RE_EVALUATION, atRisk, "churn risk")
        .transition(LOYAL, ACTIVE, REFUND, noLongerLoyal, "no longer loyal after refund")
        .transition(LOYAL, AT_RISK, RE_EVALUATION, atRisk, "churn risk")
        .transition(AT_RISK, ACTIVE, PURCHASE, "saved: purchased again")
        .transition(AT_RISK, LAPSED, RE_EVALUATION, lapsed, "lost")
        .transition(LAPSED, REACTIVATED, PURCHASE, "won back")
        .transition(REACTIVATED, ACTIVE, PURCHASE, "repeat purchase after win-back")
        .transition(REACTIVATED, AT_RISK, RE_EVALUATION, atRisk, "churn risk")
        .manualMoves(PROSPECT, NURTURING)
        .manualMoves(NURTURING, PROSPECT)
        .manualMoves(NEW, ACTIVE, AT_RISK)
        .manualMoves(ACTIVE, LOYAL, AT_RISK)
        .manualMoves(LOYAL, ACTIVE, AT_RISK)
        .manualMoves(AT_RISK, ACTIVE, LAPSED)
        .manualMoves(REACTIVATED, ACTIVE, AT_RISK)
        .stays(PROSPECT, INTERACTION, RE_EVALUATION)
        .stays(NURTURING, INTERACTION, RE_EVALUATION)
        .stays(NEW, INTERACTION, REFUND, RE_EVALUATION)
        .stays(ACTIVE, PURCHASE, INTERACTION, REFUND, RE_EVALUATION)
        .stays(LOYAL, PURCHASE, INTERACTION, REFUND, RE_EVALUATION)
        .stays(AT_RISK, INTERACTION, REFUND, RE_EVALUATION)
        .stays(LAPSED, INTERACTION, REFUND, RE_EVALUATION)
        .stays(REACTIVATED, INTERACTION, REFUND, RE_EVALUATION)
        .build();
  }

  private static String loyaltyText(LifecycleFacts f, Thresholds t) {
    return f.purchases()
        + " purchases and net spend "
        + f.netSpend().toPlainString()
        + " (need >= "
        + t.loyalMinPurchases()
        + " and >= "
        + t.loyalMinNetSpend().toPlainString()
        + ")";
  }

  private static Guard risk(String name, double probability, int silentDays, Thresholds gapRule) {
    return Guard.of(
        name,
        c -> {
          OptionalDouble p =
              c.event() instanceof LifecycleEvent.ReEvaluation r
                  ? r.churnProbability()
                  : OptionalDouble.empty();
          long silent = c.silentDays();
          if (p.isPresent() && p.getAsDouble() >= probability) {
            return GuardDecision.allow(
                String.format(
                    Locale.ROOT, "churn probability %.3f >= %.3f", p.getAsDouble(), probability));
          }
          if (silent >= silentDays) {
            return GuardDecision.allow("silent " + silent + " days >= " + silentDays);
          }
          if (gapRule != null && c.facts().purchases() >= 2) {
            long span =
                java.time.Duration.between(
                        c.facts().firstPurchase().orElseThrow(),
                        c.facts().lastPurchase().orElseThrow())
                    .toDays();
            if (gapRule.beyondExpectedGap(silent, span, c.facts().purchases())) {
              return GuardDecision.allow(
                  String.format(
                      Locale.ROOT,
                      "silent %d days >= %.1f x mean gap %.1f days",
                      silent,
                      gapRule.expectedGapMultiplier(),
                      Thresholds.meanGapDays(span, c.facts().purchases())));
            }
          }
          return GuardDecision.refuse(
              (p.isPresent()
                      ? String.format(
                          Locale.ROOT,
                          "churn probability %.3f < %.3f and ",
                          p.getAsDouble(),
                          probability)
                      : "")
                  + "silent "
                  + silent
                  + " days < "
                  + silentDays);
        });
  }
}
