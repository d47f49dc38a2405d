package io.crmkit.examples.tutorial;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.examples.data.Datasets;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.HoldoutEvaluation;
import io.crmkit.lifecycle.model.ModelJson;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Tutorial: customer lifetime value with the BG/NBD model of purchases and the Gamma-Gamma model of
 * spend, on the CDNOW sample (amounts in US dollars, times in weeks).
 *
 * @since 0.1
 */
public final class ClvExample {

  private ClvExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the tutorial, printing to {@code out}. */
  public static void run(PrintStream out) {
    // 1. Transactions -> one summary row per customer: x repeat purchases, the last at t_x,
    // observed for T weeks.
    //    Calibrate on purchases to 1997-09-30 and keep the next 39 weeks as a holdout to check the
    // model.
    TransactionColumns transactions = Datasets.cdnowSample();
    CustomerSummaries summaries =
        CustomerSummaries.of(
            transactions,
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30))
                .withHoldoutUntil(LocalDate.of(1998, 6, 30)));
    out.println(summaries.size() + " customers");

    // 2. Fit BG/NBD by maximum likelihood. The result carries diagnostics, and the JSON is a model
    // file.
    //    model() refuses a fit that did not converge or does not identify its parameters (a
    //    ModelFitException naming the cause and suggesting a penalizer); problem() says why
    // beforehand.
    FitResult<BgNbdModel> fit = BgNbdModel.fit(summaries);
    out.println("usable: " + fit.problem().orElse("yes"));
    BgNbdModel purchases = fit.model();
    out.println(purchases);
    out.println("converged: " + fit.converged() + " after " + fit.iterations() + " iterations");
    out.println(
        ModelJson.toJson(fit, "weeks").lines().limit(3).reduce("", (a, b) -> a + b.strip() + " ")
            + "...");

    // 3. Ask the model about one customer: customer 1 bought 3 times (x = 2, t_x = 30.43, T =
    // 38.86).
    int one = summaries.indexOf("1").getAsInt();
    out.printf(
        Locale.ROOT,
        "customer 1: P(alive) %.3f, expected purchases in the next 39 weeks %.3f%n",
        purchases.probabilityAlive(
            summaries.frequency(one), summaries.recency(one), summaries.age(one)),
        purchases.expectedPurchases(
            39, summaries.frequency(one), summaries.recency(one), summaries.age(one)));

    // 4. Does it predict? Compare the holdout purchases predicted from the calibration with those
    // made.
    HoldoutEvaluation check = HoldoutEvaluation.of(purchases, summaries, 7);
    out.printf(
        Locale.ROOT,
        "holdout: %.0f purchases predicted, %.0f made%n",
        check.predictedTotal(),
        check.actualTotal());

    // 5. Spend: Gamma-Gamma on the repeat buyers' mean spend per purchase.
    GammaGammaModel spend = GammaGammaModel.fit(summaries).model();
    out.println(spend);
    out.println(GammaGammaModel.independenceCheck(summaries));

    // 6. Lifetime value: 12 months of discounted expected purchases x expected spend, 1% discount a
    // month.
    CustomerLifetimeValue clv =
        CustomerLifetimeValue.monthsOfWeeklyModel(purchases, spend, 12, 0.01);
    out.printf(
        Locale.ROOT,
        "customer 1: 12-month CLV $%.2f%n",
        clv.value(
            summaries.frequency(one),
            summaries.recency(one),
            summaries.age(one),
            summaries.monetaryValue(one)));
    out.printf(Locale.ROOT, "whole base: 12-month CLV $%,.0f%n", clv.total(summaries));
  }
}
