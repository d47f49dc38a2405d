package io.crmkit.marketing.targeting;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.segmentation.engine.EngineResult;
import io.crmkit.segmentation.engine.Population;
import io.crmkit.segmentation.engine.SchemeResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Selects the customers of a {@link Campaign} from an engine run. The audience is the customers in
 * the campaign's segments who carry its required tags; from it are excluded, in this order, those
 * without a customer record, then those the campaign's {@link ContactEligibility} (the filter the
 * next best offers share) rules out: those the consent policy rules out on the channel, those whose
 * stated preference contradicts a trait of the offer ({@link PreferenceConflicts}), and those at
 * the contact cap within its window ending at the clock's instant ({@link ContactHistory}).
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CampaignTargeter {

  private final PreferenceConflicts conflicts;
  private final Clock clock;

  private CampaignTargeter(PreferenceConflicts conflicts, Clock clock) {
    this.conflicts = conflicts;
    this.clock = clock;
  }

  /** A targeter using {@code conflicts} and the time of {@code clock} for contact caps. */
  public static CampaignTargeter of(PreferenceConflicts conflicts, Clock clock) {
    return new CampaignTargeter(
        Objects.requireNonNull(conflicts, "conflicts must not be null"),
        Objects.requireNonNull(clock, "clock must not be null"));
  }

  /** The campaign's selection and exclusions over {@code run}, given past contacts. */
  public TargetingResult target(Campaign campaign, EngineResult run, ContactHistory history) {
    Objects.requireNonNull(campaign, "campaign must not be null");
    Objects.requireNonNull(run, "run must not be null");
    Objects.requireNonNull(history, "history must not be null");
    Population p = run.population();
    List<SchemeResult> schemes = new ArrayList<>();
    List<Set<String>> wanted = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : campaign.segments().entrySet()) {
      SchemeResult s = run.scheme(e.getKey());
      for (String seg : e.getValue()) {
        if (!s.segments().contains(seg)) {
          throw new IllegalArgumentException(
              "segment '"
                  + seg
                  + "' of campaign "
                  + campaign.name()
                  + " must be one of the segments of scheme "
                  + e.getKey()
                  + " "
                  + s.segments());
        }
      }
      schemes.add(s);
      wanted.add(e.getValue());
    }
    Instant now = clock.instant();
    ContactEligibility eligibility =
        ContactEligibility.of(campaign.channel(), campaign.consent(), campaign.cap(), conflicts);
    List<CustomerId> selected = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    rows:
    for (int i = 0; i < p.size(); i++) {
      for (int s = 0; s < schemes.size(); s++) {
        if (!wanted.get(s).contains(schemes.get(s).segmentOf(i))) {
          continue rows;
        }
      }
      CustomerId id = p.summaries().customerId(i);
      Optional<Customer> record = p.customer(i);
      if (record.isPresent() && !record.get().tags().containsAll(campaign.requiredTags())) {
        continue;
      }
      if (record.isEmpty()) {
        excluded.add(new Exclusion(id, ExclusionReason.NO_CUSTOMER_RECORD, ""));
        continue;
      }
      Optional<Exclusion> exclusion =
          eligibility.exclusion(record.get(), campaign.offerTraits(), history, now);
      if (exclusion.isPresent()) {
        excluded.add(exclusion.get());
        continue;
      }
      selected.add(id);
    }
    return new TargetingResult(campaign, selected, excluded);
  }

  @Override
  public String toString() {
    return "CampaignTargeter[" + conflicts + ", " + clock + "]";
  }
}
