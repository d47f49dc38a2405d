package io.crmkit.loyalty.account;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.loyalty.ledger.Posting;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * What {@link BirthdayBonuses#award} did in {@code month}: the posting of every member due who has
 * an account (the first posting again for a bonus already booked this year, without a second
 * effect), and the members due who have no account (skipped).
 *
 * @since 0.1
 */
public record BirthdayRun(
    YearMonth month, List<Posting> postings, List<CustomerId> withoutAccount) {

  /** Checks the month and lists are not null; the lists are copied. */
  public BirthdayRun {
    Objects.requireNonNull(month, "month must not be null");
    postings = List.copyOf(Objects.requireNonNull(postings, "postings must not be null"));
    withoutAccount =
        List.copyOf(Objects.requireNonNull(withoutAccount, "withoutAccount must not be null"));
  }

  /**
   * The points of the postings, in whole points (a retry's posting counts its first booking again).
   */
  public long points() {
    long sum = 0;
    for (Posting p : postings) {
      sum += p.points();
    }
    return sum;
  }

  @Override
  public String toString() {
    return "birthday bonuses "
        + month
        + ": "
        + postings.size()
        + " members, "
        + points()
        + " pts"
        + (withoutAccount.isEmpty() ? "" : ", " + withoutAccount.size() + " without an account");
  }
}
