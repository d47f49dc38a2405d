package io.crmkit.identity.profile;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.feedback.FeedbackScores;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.lifecycle.churn.ChurnAssessment;
import io.crmkit.lifecycle.reminder.Reminder;
import io.crmkit.lifecycle.stage.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The 360 view of one customer at instant {@code at}: the {@code customer} record (identity,
 * contacts, consents, tags and preferences, attributes) with the {@code sourceIds} merged into it,
 * the {@code purchases} (empty without a purchase on or before the profile's day), the lifecycle
 * {@code stage} and when it was entered, the {@code churn} assessment with its reasons, the {@code
 * clv} (expected discounted spend over the settings' months, in the customer's currency), the
 * {@code loyalty} account, the {@code openServiceRequests} (oldest first), the {@code
 * lastInteractions} (newest first), the {@code feedback} answers (oldest first) and their {@code
 * feedbackScores} (NPS, CSAT), and the upcoming {@code reminders} (earliest first).
 *
 * <p>Build one with {@link #of}; {@link ProfileJson#write} gives the JSON document.
 *
 * @since 0.1
 */
public final class CustomerProfile {

  private final Instant at;
  private final Customer customer;
  private final List<String> sourceIds;
  private final Optional<PurchaseProfile> purchases;
  private final Optional<Stage> stage;
  private final Optional<Instant> stageSince;
  private final Optional<ChurnAssessment> churn;
  private final Optional<Money> clv;
  private final Optional<LoyaltyProfile> loyalty;
  private final List<ServiceRequest> openServiceRequests;
  private final List<Interaction> lastInteractions;
  private final List<Feedback> feedback;
  private final FeedbackScores feedbackScores;
  private final List<Reminder> reminders;

  /** Checks that nothing is null and copies the lists. */
  CustomerProfile(
      Instant at,
      Customer customer,
      List<String> sourceIds,
      Optional<PurchaseProfile> purchases,
      Optional<Stage> stage,
      Optional<Instant> stageSince,
      Optional<ChurnAssessment> churn,
      Optional<Money> clv,
      Optional<LoyaltyProfile> loyalty,
      List<ServiceRequest> openServiceRequests,
      List<Interaction> lastInteractions,
      List<Feedback> feedback,
      FeedbackScores feedbackScores,
      List<Reminder> reminders) {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(customer, "customer must not be null");
    sourceIds = List.copyOf(Objects.requireNonNull(sourceIds, "sourceIds must not be null"));
    Objects.requireNonNull(purchases, "purchases must not be null (use Optional.empty())");
    Objects.requireNonNull(stage, "stage must not be null (use Optional.empty())");
    Objects.requireNonNull(stageSince, "stageSince must not be null (use Optional.empty())");
    Objects.requireNonNull(churn, "churn must not be null (use Optional.empty())");
    Objects.requireNonNull(clv, "clv must not be null (use Optional.empty())");
    Objects.requireNonNull(loyalty, "loyalty must not be null (use Optional.empty())");
    openServiceRequests =
        List.copyOf(
            Objects.requireNonNull(openServiceRequests, "openServiceRequests must not be null"));
    lastInteractions =
        List.copyOf(Objects.requireNonNull(lastInteractions, "lastInteractions must not be null"));
    feedback = List.copyOf(Objects.requireNonNull(feedback, "feedback must not be null"));
    Objects.requireNonNull(feedbackScores, "feedbackScores must not be null");
    reminders = List.copyOf(Objects.requireNonNull(reminders, "reminders must not be null"));
    this.at = at;
    this.customer = customer;
    this.sourceIds = sourceIds;
    this.purchases = purchases;
    this.stage = stage;
    this.stageSince = stageSince;
    this.churn = churn;
    this.clv = clv;
    this.loyalty = loyalty;
    this.openServiceRequests = openServiceRequests;
    this.lastInteractions = lastInteractions;
    this.feedback = feedback;
    this.feedbackScores = feedbackScores;
    this.reminders = reminders;
  }

  /** The instant of the profile. */
  public Instant at() {
    return at;
  }

  /** The customer record, with the source records merged into it. */
  public Customer customer() {
    return customer;
  }

  /** The ids of the source records merged into the customer. */
  public List<String> sourceIds() {
    return sourceIds;
  }

  /** The purchases, empty without a purchase on or before the profile's day. */
  public Optional<PurchaseProfile> purchases() {
    return purchases;
  }

  /** The lifecycle stage, empty without a lifecycle. */
  public Optional<Stage> stage() {
    return stage;
  }

  /** When the stage was entered, empty without a lifecycle. */
  public Optional<Instant> stageSince() {
    return stageSince;
  }

  /** The churn assessment with its reasons, empty when it cannot be assessed. */
  public Optional<ChurnAssessment> churn() {
    return churn;
  }

  /**
   * The expected discounted spend over the settings' months, in the customer's currency; empty when
   * unknown.
   */
  public Optional<Money> clv() {
    return clv;
  }

  /** The loyalty account, empty without one. */
  public Optional<LoyaltyProfile> loyalty() {
    return loyalty;
  }

  /** The open service requests, oldest first. */
  public List<ServiceRequest> openServiceRequests() {
    return openServiceRequests;
  }

  /** The last interactions, newest first. */
  public List<Interaction> lastInteractions() {
    return lastInteractions;
  }

  /** The feedback answers, oldest first. */
  public List<Feedback> feedback() {
    return feedback;
  }

  /** The scores (NPS, CSAT) of the feedback answers. */
  public FeedbackScores feedbackScores() {
    return feedbackScores;
  }

  /** The upcoming reminders, earliest first. */
  public List<Reminder> reminders() {
    return reminders;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerProfile that
        && at.equals(that.at)
        && customer.equals(that.customer)
        && sourceIds.equals(that.sourceIds)
        && purchases.equals(that.purchases)
        && stage.equals(that.stage)
        && stageSince.equals(that.stageSince)
        && churn.equals(that.churn)
        && clv.equals(that.clv)
        && loyalty.equals(that.loyalty)
        && openServiceRequests.equals(that.openServiceRequests)
        && lastInteractions.equals(that.lastInteractions)
        && feedback.equals(that.feedback)
        && feedbackScores.equals(that.feedbackScores)
        && reminders.equals(that.reminders);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        at,
        customer,
        sourceIds,
        purchases,
        stage,
        stageSince,
        churn,
        clv,
        loyalty,
        openServiceRequests,
        lastInteractions,
        feedback,
        feedbackScores,
        reminders);
  }

  /**
   * The profile of customer {@code id} from {@code sources}, as {@code settings} say (the instant
   * from its clock). Population figures (RFM quintiles, ABC classes, the BG/NBD and Gamma-Gamma
   * fits behind churn and CLV) are computed over every customer of the transactions; for many
   * profiles over the same stores, compute them once with {@link CustomerProfiles#over}.
   *
   * @throws java.util.NoSuchElementException if no customer {@code id} is stored
   */
  public static CustomerProfile of(
      CustomerId id, ProfileSources sources, ProfileSettings settings) {
    return CustomerProfiles.over(sources, settings).of(id);
  }

  /** The customer's id. */
  public CustomerId id() {
    return customer.id();
  }

  @Override
  public String toString() {
    List<String> lines = new ArrayList<>();
    lines.add(
        "customer "
            + customer.id().value()
            + (customer.displayName().isEmpty() ? "" : " " + customer.displayName())
            + " (profile at "
            + at
            + ")");
    if (!customer.contacts().isEmpty()) {
      lines.add("  contacts:     " + customer.contacts());
    }
    customer.birthDate().ifPresent(d -> lines.add("  born:         " + d));
    if (sourceIds.size() > 1) {
      lines.add("  source ids:   " + String.join(", ", sourceIds));
    }
    if (!customer.consents().isEmpty()) {
      lines.add("  consents:     " + customer.consents());
    }
    if (!customer.tags().isEmpty()) {
      lines.add("  tags:         " + String.join(", ", customer.tags()));
    }
    lines.add("  purchases:    " + purchases.map(PurchaseProfile::toString).orElse("none"));
    lines.add(
        "  lifecycle:    "
            + stage.map(s -> s + stageSince.map(t -> " since " + t).orElse("")).orElse("unknown"));
    lines.add(
        "  churn:        "
            + churn
                .map(
                    c ->
                        String.format(
                            Locale.ROOT,
                            "%.3f (%s) by %s%s",
                            c.probability(),
                            c.band().name(),
                            c.scorer(),
                            c.reasons().isEmpty() ? "" : " because " + c.reasons()))
                .orElse("not scored"));
    lines.add("  clv:          " + clv.map(Money::toString).orElse("not estimated"));
    lines.add("  loyalty:      " + loyalty.map(LoyaltyProfile::toString).orElse("no account"));
    lines.add(
        "  open requests: "
            + (openServiceRequests.isEmpty() ? "none" : openServiceRequests.size() + ""));
    openServiceRequests.forEach(
        r ->
            lines.add(
                "    "
                    + r.id()
                    + " "
                    + r.priority()
                    + " "
                    + r.status()
                    + " opened "
                    + r.openedAt()));
    lines.add("  last interactions: " + (lastInteractions.isEmpty() ? "none" : ""));
    lastInteractions.forEach(
        i ->
            lines.add(
                "    "
                    + i.at()
                    + " "
                    + i.channel()
                    + " "
                    + i.direction()
                    + " "
                    + i.topic()
                    + (i.outcome().isEmpty() ? "" : ": " + i.outcome())));
    lines.add("  feedback:     " + (feedback.isEmpty() ? "none" : feedbackScores.toString()));
    feedback.forEach(
        f ->
            lines.add(
                "    "
                    + f.at()
                    + (f.nps().isPresent() ? " NPS " + f.nps().getAsInt() : "")
                    + (f.csat().isPresent() ? " CSAT " + f.csat().getAsInt() : "")
                    + (f.text().isEmpty() ? "" : " \"" + f.text() + "\"")));
    lines.add("  reminders:    " + (reminders.isEmpty() ? "none" : ""));
    reminders.forEach(r -> lines.add("    " + r.date() + " " + r.kind() + " " + r.subject()));
    return String.join("\n", lines.stream().map(String::stripTrailing).toList());
  }
}
