package io.crmkit.lifecycle.churn.features;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.repository.CustomerRepository;
import io.crmkit.core.repository.InteractionRepository;
import io.crmkit.core.repository.TransactionRepository;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.lifecycle.churn.logistic.DesignMatrix;
import io.crmkit.lifecycle.churn.logistic.FeatureColumn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;

/**
 * Builds churn features for the customers of a {@link CustomerSummaries}, one row per summary row
 * (same order, ids attached), from events strictly before a cut-off instant (no leakage from the
 * label window). Missing values are {@code NaN}, never a silent 0: the fitter's {@link
 * io.crmkit.lifecycle.churn.logistic.MissingValues} decides what they mean.
 *
 * <p>Columns, in the order added:
 *
 * <ul>
 *   <li>from the summaries (always): {@code days_since_last_purchase} (T − t_x in days), {@code
 *       repeat_purchases} (x), {@code average_spend} (total spend / purchases, currency units),
 *       {@code tenure_days} (T in days);
 *   <li>{@link #withSpendTrend}: {@code spend_trend} = ln(1 + spend in the last window) − ln(1 +
 *       spend in the window before), net of refunds, currency units inside the logarithm;
 *   <li>{@link #withInteractions}: {@code interactions_<channel>}, count per channel in the last
 *       window, for every channel that occurs;
 *   <li>{@link #withServiceRequests}: {@code open_service_requests} (opened before the cut-off and
 *       not resolved by then) and {@code mean_resolution_hours} of requests resolved before the
 *       cut-off (NaN when none);
 *   <li>{@link #withFeedback}: {@code last_nps} (0–10) and {@code last_csat} (1–5) of the latest
 *       answer before the cut-off (NaN when none);
 *   <li>{@link #withTier}: {@code tier}, the rank of a customer attribute among named tiers (NaN =
 *       unknown);
 *   <li>{@link #withColumn}, {@link #withCustomerColumn}: any supplied per-customer value (NaN =
 *       unknown).
 * </ul>
 *
 * Not thread-safe; {@link #build()} may be called more than once.
 *
 * @since 0.1
 */
public final class ChurnFeatures {

  private final CustomerSummaries summaries;
  private final Instant cutoff;
  private final DesignMatrix.Builder matrix;
  private final double daysPerUnit;

  private ChurnFeatures(CustomerSummaries summaries, Instant cutoff) {
    this.summaries = Objects.requireNonNull(summaries, "summaries must not be null");
    this.cutoff = Objects.requireNonNull(cutoff, "cutoff must not be null");
    this.matrix = DesignMatrix.builder(summaries.size()).ids(summaries.ids());
    this.daysPerUnit = summaries.unit().seconds() / 86_400.0;
    int n = summaries.size();
    double[] silence = new double[n];
    double[] repeat = new double[n];
    double[] spend = new double[n];
    double[] tenure = new double[n];
    for (int i = 0; i < n; i++) {
      silence[i] = summaries.timeSinceLastPurchase(i) * daysPerUnit;
      repeat[i] = summaries.frequency(i);
      int count = summaries.transactionCount(i);
      spend[i] = count == 0 ? Double.NaN : summaries.totalSpend(i) / count;
      tenure[i] = summaries.age(i) * daysPerUnit;
    }
    matrix
        .column(FeatureColumn.of("days_since_last_purchase", "no purchase for {} days"), silence)
        .column(FeatureColumn.of("repeat_purchases", "{} repeat purchases"), repeat)
        .column(FeatureColumn.of("average_spend", "average spend {} per purchase"), spend)
        .column(FeatureColumn.of("tenure_days", "customer for {} days"), tenure);
  }

  /**
   * Features of the customers of {@code summaries} from events before {@code cutoff} (exclusive);
   * for summaries of a {@link TimeSplit} use {@link TimeSplit#featureEnd()}.
   */
  public static ChurnFeatures of(CustomerSummaries summaries, Instant cutoff) {
    return new ChurnFeatures(summaries, cutoff);
  }

  private int row(String id) {
    OptionalInt i = summaries.indexOf(id);
    return i.isPresent() ? i.getAsInt() : -1;
  }

  private static String days(Duration window) {
    return Long.toString(window.toDays());
  }

  private static void checkWindow(Duration window) {
    Objects.requireNonNull(window, "window must not be null");
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive but was: " + window);
    }
  }

  /**
   * Adds {@code spend_trend}: net spend in {@code [cutoff − window, cutoff)} against {@code [cutoff
   * − 2·window, cutoff − window)}, as ln(1 + last) − ln(1 + previous) (a negative net is taken as
   * 0).
   */
  public ChurnFeatures withSpendTrend(TransactionColumns transactions, Duration window) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    checkWindow(window);
    long end = cutoff.getEpochSecond();
    long mid = end - window.toSeconds();
    long start = mid - window.toSeconds();
    double[] last = new double[summaries.size()];
    double[] previous = new double[summaries.size()];
    for (int t = 0; t < transactions.size(); t++) {
      long s = transactions.epochSecond(t);
      if (s < start || s >= end) {
        continue;
      }
      int i = row(transactions.customerId(t));
      if (i < 0) {
        continue;
      }
      double amount = transactions.isRefund(t) ? -transactions.amount(t) : transactions.amount(t);
      if (s >= mid) {
        last[i] += amount;
      } else {
        previous[i] += amount;
      }
    }
    double[] trend = new double[last.length];
    for (int i = 0; i < trend.length; i++) {
      trend[i] = Math.log1p(Math.max(0, last[i])) - Math.log1p(Math.max(0, previous[i]));
    }
    matrix.column(
        FeatureColumn.of(
            "spend_trend",
            "spend trend {} (log ratio of the last "
                + days(window)
                + " days to the "
                + days(window)
                + " before)"),
        trend);
    return this;
  }

  /** {@link #withSpendTrend(TransactionColumns, Duration)} from transaction values. */
  public ChurnFeatures withSpendTrend(Iterable<Transaction> transactions, Duration window) {
    return withSpendTrend(TransactionColumns.of(transactions), window);
  }

  /**
   * {@link #withSpendTrend(TransactionColumns, Duration)} from a repository (only the two windows
   * are read).
   */
  public ChurnFeatures withSpendTrend(TransactionRepository transactions, Duration window) {
    Objects.requireNonNull(transactions, "transactions must not be null");
    checkWindow(window);
    List<Transaction> recent =
        transactions.findBetween(cutoff.minus(window.multipliedBy(2)), cutoff);
    return withSpendTrend(recent, window);
  }

  /**
   * Adds {@code interactions_<channel>}: interactions per channel in {@code [cutoff − window,
   * cutoff)}.
   */
  public ChurnFeatures withInteractions(Iterable<Interaction> interactions, Duration window) {
    Objects.requireNonNull(interactions, "interactions must not be null");
    checkWindow(window);
    Instant from = cutoff.minus(window);
    Map<Channel, double[]> counts = new EnumMap<>(Channel.class);
    for (Interaction x : interactions) {
      if (x.at().isBefore(from) || !x.at().isBefore(cutoff)) {
        continue;
      }
      int i = row(x.customerId().value());
      if (i >= 0) {
        counts.computeIfAbsent(x.channel(), c -> new double[summaries.size()])[i]++;
      }
    }
    counts.forEach(
        (channel, c) -> {
          String name = channel.name().toLowerCase(Locale.ROOT);
          matrix.column(
              FeatureColumn.of(
                  "interactions_" + name,
                  "{} "
                      + name.replace('_', ' ')
                      + " interactions in the last "
                      + days(window)
                      + " days"),
              c);
        });
    return this;
  }

  /** {@link #withInteractions(Iterable, Duration)} from a repository (only the window is read). */
  public ChurnFeatures withInteractions(InteractionRepository interactions, Duration window) {
    Objects.requireNonNull(interactions, "interactions must not be null");
    checkWindow(window);
    return withInteractions(interactions.findBetween(cutoff.minus(window), cutoff), window);
  }

  /**
   * Adds {@code open_service_requests} (opened before the cut-off, not resolved before it, and not
   * closed unresolved) and {@code mean_resolution_hours} (NaN for customers without a request
   * resolved before the cut-off).
   */
  public ChurnFeatures withServiceRequests(Iterable<ServiceRequest> requests) {
    Objects.requireNonNull(requests, "requests must not be null");
    int n = summaries.size();
    double[] open = new double[n];
    double[] hours = new double[n];
    int[] resolved = new int[n];
    for (ServiceRequest r : requests) {
      if (!r.openedAt().isBefore(cutoff)) {
        continue;
      }
      int i = row(r.customerId().value());
      if (i < 0) {
        continue;
      }
      boolean resolvedBefore = r.resolvedAt().isPresent() && r.resolvedAt().get().isBefore(cutoff);
      if (resolvedBefore) {
        hours[i] += r.resolutionTime().orElseThrow().toMillis() / 3_600_000.0;
        resolved[i]++;
      } else if (r.status().isOpen() || r.resolvedAt().isPresent()) {
        open[i]++; // open now, or resolved only after the cut-off: open at the cut-off
      }
    }
    for (int i = 0; i < n; i++) {
      hours[i] = resolved[i] == 0 ? Double.NaN : hours[i] / resolved[i];
    }
    matrix
        .column(FeatureColumn.of("open_service_requests", "{} open service requests"), open)
        .column(
            FeatureColumn.of(
                "mean_resolution_hours", "service requests resolved in {} hours on average"),
            hours);
    return this;
  }

  /**
   * Adds {@code last_nps} and {@code last_csat}: the latest score of each kind before the cut-off
   * (NaN when none).
   */
  public ChurnFeatures withFeedback(Iterable<Feedback> feedback) {
    Objects.requireNonNull(feedback, "feedback must not be null");
    int n = summaries.size();
    double[] nps = new double[n];
    double[] csat = new double[n];
    Arrays.fill(nps, Double.NaN);
    Arrays.fill(csat, Double.NaN);
    List<Feedback> sorted = new ArrayList<>();
    feedback.forEach(sorted::add);
    sorted.sort(
        (a, b) -> a.at().equals(b.at()) ? a.id().compareTo(b.id()) : a.at().compareTo(b.at()));
    for (Feedback f : sorted) {
      if (!f.at().isBefore(cutoff)) {
        continue;
      }
      int i = row(f.customerId().value());
      if (i < 0) {
        continue;
      }
      if (f.nps().isPresent()) {
        nps[i] = f.nps().getAsInt();
      }
      if (f.csat().isPresent()) {
        csat[i] = f.csat().getAsInt();
      }
    }
    matrix
        .column(FeatureColumn.of("last_nps", "last NPS answer {}"), nps)
        .column(FeatureColumn.of("last_csat", "last CSAT answer {}"), csat);
    return this;
  }

  /** Adds a supplied column (e.g. tier rank); {@code value} returns NaN for an unknown customer. */
  public ChurnFeatures withColumn(FeatureColumn column, ToDoubleFunction<CustomerId> value) {
    Objects.requireNonNull(column, "column must not be null");
    Objects.requireNonNull(value, "value must not be null");
    double[] v = new double[summaries.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = value.applyAsDouble(summaries.customerId(i));
    }
    matrix.column(column, v);
    return this;
  }

  /**
   * Adds a column computed from each customer's record in {@code customers} (NaN when the customer
   * is not stored or {@code value} returns NaN).
   */
  public ChurnFeatures withCustomerColumn(
      CustomerRepository customers, FeatureColumn column, ToDoubleFunction<Customer> value) {
    Objects.requireNonNull(customers, "customers must not be null");
    Objects.requireNonNull(value, "value must not be null");
    return withColumn(
        column, id -> customers.findById(id).map(value::applyAsDouble).orElse(Double.NaN));
  }

  /**
   * Adds {@code tier}: the rank (0 = lowest) of the customer's attribute {@code attributeKey} among
   * {@code tiersLowToHigh} (e.g. {@code "tier"} with {@code List.of("bronze", "silver", "gold")}),
   * compared ignoring case ({@link Locale#ROOT}); NaN when the customer, the attribute or the tier
   * name is unknown.
   */
  public ChurnFeatures withTier(
      CustomerRepository customers, String attributeKey, List<String> tiersLowToHigh) {
    Objects.requireNonNull(attributeKey, "attributeKey must not be null");
    Objects.requireNonNull(tiersLowToHigh, "tiersLowToHigh must not be null");
    if (tiersLowToHigh.isEmpty()) {
      throw new IllegalArgumentException("tiersLowToHigh must not be empty");
    }
    List<String> tiers = new ArrayList<>();
    tiersLowToHigh.forEach(
        t ->
            tiers.add(
                Objects.requireNonNull(t, "tier name must not be null").toLowerCase(Locale.ROOT)));
    return withCustomerColumn(
        customers,
        FeatureColumn.of("tier", "tier rank {} of " + tiersLowToHigh),
        c ->
            c.attribute(attributeKey)
                .map(
                    v -> {
                      int rank = tiers.indexOf(v.toLowerCase(Locale.ROOT));
                      return rank < 0 ? Double.NaN : (double) rank;
                    })
                .orElse(Double.NaN));
  }

  /** The design matrix: one row per summary row, ids attached. */
  public DesignMatrix build() {
    return matrix.build();
  }

  @Override
  public String toString() {
    return "ChurnFeatures[" + summaries.size() + " customers, events before " + cutoff + "]";
  }
}
