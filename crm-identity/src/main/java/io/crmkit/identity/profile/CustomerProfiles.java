package io.crmkit.identity.profile;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.feedback.FeedbackStats;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.lifecycle.churn.BgNbdChurnScorer;
import io.crmkit.lifecycle.churn.ChurnAssessment;
import io.crmkit.lifecycle.churn.ChurnScorer;
import io.crmkit.lifecycle.churn.InactivityScorer;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.CustomerLifetimeValue;
import io.crmkit.lifecycle.model.FitResult;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.reminder.Reminder;
import io.crmkit.lifecycle.reminder.ReminderPlanner;
import io.crmkit.lifecycle.reminder.ReminderSources;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.store.Versioned;
import io.crmkit.loyalty.ledger.Balance;
import io.crmkit.loyalty.ledger.Lot;
import io.crmkit.segmentation.abc.AbcClassifier;
import io.crmkit.segmentation.abc.AbcResult;
import io.crmkit.segmentation.abc.SummaryMeasure;
import io.crmkit.segmentation.rfm.RfmScorer;
import io.crmkit.segmentation.rfm.RfmSegments;
import io.crmkit.segmentation.rfm.SegmentTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Profiles over one set of stores: the population figures (per-customer summaries to the profile's
 * day, RFM quintile cells with the standard segment table, ABC classes by total spend, the BG/NBD
 * and Gamma-Gamma fits) are computed once by {@link #over}, then {@link #of} builds a profile per
 * customer. Churn is the higher of the BG/NBD scorer (when its fit is usable) and the inactivity
 * scorer (k = 3); CLV needs both fits usable and is absent otherwise. The stores are read when
 * {@link #over} and {@link #of} run; later changes to them are seen by later {@link #of} calls
 * except in the population figures.
 *
 * @since 0.1
 */
public final class CustomerProfiles {

  private final ProfileSources sources;
  private final ProfileSettings settings;
  private final Instant at;
  private final LocalDate day;
  private final CustomerSummaries summaries;
  private final RfmSegments segments;
  private final AbcResult abc;
  private final ChurnScorer churn;
  private final Optional<CustomerLifetimeValue> clv;

  private CustomerProfiles(ProfileSources sources, ProfileSettings settings) {
    this.sources = Objects.requireNonNull(sources, "sources must not be null");
    this.settings = Objects.requireNonNull(settings, "settings must not be null");
    this.at = settings.clock().instant();
    this.day = LocalDate.ofInstant(at, settings.zone());
    List<Transaction> upToNow;
    try (Stream<Transaction> all = sources.transactions().streamAll()) {
      upToNow = all.filter(t -> !t.timestamp().isAfter(at)).toList();
    }
    this.summaries =
        upToNow.isEmpty()
            ? CustomerSummaries.builder(settings.unit()).build()
            : CustomerSummaries.of(
                upToNow, SummaryOptions.of(settings.zone(), settings.unit(), day));
    this.segments =
        summaries.isEmpty()
            ? null
            : SegmentTable.standard().assign(RfmScorer.quintiles().score(summaries));
    this.abc =
        summaries.isEmpty()
            ? null
            : AbcClassifier.byValue().classify(summaries, SummaryMeasure.TOTAL_SPEND);
    Optional<BgNbdModel> bg = fit(() -> BgNbdModel.fit(summaries));
    Optional<GammaGammaModel> gg = fit(() -> GammaGammaModel.fit(summaries));
    ChurnScorer inactivity = InactivityScorer.of(3);
    this.churn =
        bg.<ChurnScorer>map(m -> ChurnScorer.maximum(BgNbdChurnScorer.of(m), inactivity))
            .orElse(inactivity);
    if (bg.isPresent() && gg.isPresent()) {
      this.clv =
          Optional.of(
              settings.unit().equals(TimeScale.WEEKS)
                  ? CustomerLifetimeValue.monthsOfWeeklyModel(
                      bg.get(), gg.get(), settings.clvMonths(), settings.monthlyDiscountRate())
                  : CustomerLifetimeValue.monthsOfDailyModel(
                      bg.get(), gg.get(), settings.clvMonths(), settings.monthlyDiscountRate()));
    } else {
      this.clv = Optional.empty();
    }
  }

  private static <M> Optional<M> fit(java.util.function.Supplier<FitResult<M>> fitter) {
    try {
      FitResult<M> r = fitter.get();
      return r.usable() ? Optional.of(r.model()) : Optional.empty();
    } catch (
        RuntimeException
            e) { // too few customers, no repeat buyers: no model, no model-based figure
      return Optional.empty();
    }
  }

  /**
   * Profiles over {@code sources}, computed as {@code settings} say; population figures computed
   * now.
   */
  public static CustomerProfiles over(ProfileSources sources, ProfileSettings settings) {
    return new CustomerProfiles(sources, settings);
  }

  /** The instant of every profile (the settings' clock when {@link #over} ran). */
  public Instant at() {
    return at;
  }

  /**
   * The profile of customer {@code id}.
   *
   * @throws NoSuchElementException if no customer {@code id} is stored
   */
  public CustomerProfile of(CustomerId id) {
    Objects.requireNonNull(id, "id must not be null");
    Customer customer =
        sources
            .customers()
            .findById(id)
            .orElseThrow(
                () -> new NoSuchElementException("customer " + id.value() + " is not stored"));
    OptionalInt row = summaries.indexOf(id);
    Optional<PurchaseProfile> purchases =
        row.isPresent() ? Optional.of(purchases(id, row.getAsInt())) : Optional.empty();
    Optional<ChurnAssessment> risk =
        row.isPresent() ? Optional.of(churn.assess(summaries, row.getAsInt())) : Optional.empty();
    Optional<Money> value =
        row.isPresent() && clv.isPresent() ? Optional.of(clv(row.getAsInt())) : Optional.empty();
    Optional<Lifecycle> lifecycle = sources.lifecycles().find(id.value()).map(Versioned::value);
    List<Interaction> interactions =
        sources.interactions().findByCustomer(id).stream()
            .filter(i -> !i.at().isAfter(at))
            .toList();
    List<Interaction> last =
        interactions.stream()
            .sorted(Comparator.comparing(Interaction::at).thenComparing(Interaction::id).reversed())
            .limit(settings.lastInteractions())
            .toList();
    List<ServiceRequest> open =
        sources.serviceRequests().findByCustomer(id).stream()
            .filter(r -> r.status().isOpen() && !r.openedAt().isAfter(at))
            .sorted(
                Comparator.comparing(ServiceRequest::openedAt).thenComparing(ServiceRequest::id))
            .toList();
    List<Feedback> feedback =
        sources.feedback().stream()
            .filter(f -> f.customerId().equals(id) && !f.at().isAfter(at))
            .sorted(Comparator.comparing(Feedback::at).thenComparing(Feedback::id))
            .toList();
    List<Reminder> reminders =
        reminders(customer, sources.interactions().findByCustomer(id), lifecycle);
    return new CustomerProfile(
        at,
        customer,
        sourceIds(customer),
        purchases,
        lifecycle.map(Lifecycle::stage),
        lifecycle.map(Lifecycle::enteredCurrentStageAt),
        risk,
        value,
        loyalty(id),
        open,
        last,
        feedback,
        FeedbackStats.overall(feedback),
        reminders);
  }

  private static List<String> sourceIds(Customer customer) {
    List<String> ids = new ArrayList<>();
    ids.add(customer.id().value());
    customer
        .attribute("source_ids")
        .ifPresent(
            s -> {
              for (String part : s.split(",", -1)) {
                String p = part.strip();
                if (!p.isEmpty() && !ids.contains(p)) {
                  ids.add(p);
                }
              }
            });
    return ids;
  }

  private PurchaseProfile purchases(CustomerId id, int row) {
    Money zero =
        Money.zero(
            summaries
                .currency()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "the summaries of customer " + id.value() + " have no currency")));
    Money total =
        Money.of(BigDecimal.valueOf(summaries.totalSpend(row)), zero.currency())
            .rounded(RoundingMode.HALF_EVEN);
    Money average =
        Money.of(BigDecimal.valueOf(summaries.monetaryValue(row)), zero.currency())
            .rounded(RoundingMode.HALF_EVEN);
    LocalDate first = summaries.firstPurchase(row).orElse(day);
    LocalDate lastDay = summaries.lastPurchase(row).orElse(first);
    return new PurchaseProfile(
        summaries.transactionCount(row),
        summaries.frequency(row),
        summaries.recency(row),
        summaries.age(row),
        summaries.unit(),
        first,
        lastDay,
        total,
        average,
        segments.scores().cell(row),
        segments.segmentName(row),
        abc.classOf(row));
  }

  private Money clv(int row) {
    double v =
        clv.orElseThrow()
            .value(
                summaries.frequency(row),
                summaries.recency(row),
                summaries.age(row),
                summaries.monetaryValue(row));
    return Money.of(BigDecimal.valueOf(v), summaries.currency().orElseThrow())
        .rounded(RoundingMode.HALF_EVEN);
  }

  private Optional<LoyaltyProfile> loyalty(CustomerId id) {
    Instant soon = at.plus(java.time.Duration.ofDays(settings.expiringWithinDays()));
    return sources
        .loyalty()
        .read(
            id,
            account -> {
              Instant when = account.ledger().lastEntryAt().filter(t -> t.isAfter(at)).orElse(at);
              Balance b = account.ledger().balanceAt(when);
              List<ExpiringPoints> expiring = new ArrayList<>();
              for (Lot lot : account.ledger().outstandingLotsAt(when)) {
                if (lot.expiresAt().isPresent() && !lot.expiresAt().get().isAfter(soon)) {
                  expiring.add(new ExpiringPoints(lot.remaining(), lot.expiresAt().get()));
                }
              }
              expiring.sort(Comparator.comparing(ExpiringPoints::expiresAt));
              Optional<String> tier =
                  account.tierAt(when); // at or after the account's last activity
              return new LoyaltyProfile(
                  b.available(), b.pending(), b.lifetimeEarned(), tier, expiring);
            });
  }

  private List<Reminder> reminders(
      Customer customer, List<Interaction> interactions, Optional<Lifecycle> lifecycle) {
    if (settings.reminderDays() == 0) {
      return List.of();
    }
    ReminderSources rs =
        ReminderSources.none()
            .withCustomers(List.of(customer))
            .withInteractions(interactions)
            .withLifecycles(lifecycle.map(List::of).orElse(List.of()));
    return ReminderPlanner.of(settings.clock(), settings.zone())
        .planNext(settings.reminderDays(), rs)
        .stream()
        .filter(r -> r.customer().equals(customer.id()))
        .sorted(Comparator.comparing(Reminder::date).thenComparing(r -> r.kind().name()))
        .toList();
  }

  @Override
  public String toString() {
    return "profiles at "
        + at
        + " over "
        + summaries.size()
        + " customers with purchases (churn "
        + churn.name()
        + (clv.isPresent() ? ", CLV " + settings.clvMonths() + " months" : ", no CLV")
        + ")";
  }
}
