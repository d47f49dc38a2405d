package io.crmkit.core.feedback;

import io.crmkit.core.customer.CustomerId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The NPS and CSAT calculator: {@link FeedbackScores} over feedback answers, overall, per customer
 * segment and per calendar period.
 *
 * <p>Periods are calendar periods of the local date of each answer in an explicit {@link ZoneId}
 * (never the JVM default): an answer given at 23:30 UTC on 31 January belongs to February in {@code
 * Pacific/Auckland}. Every answer counts once, also when a customer answered several times. Results
 * are sorted maps keyed by segment name or period start.
 *
 * @since 0.1
 */
public final class FeedbackStats {

  private FeedbackStats() {}

  /** The scores of all the answers. */
  public static FeedbackScores overall(Iterable<Feedback> feedback) {
    Objects.requireNonNull(feedback, "feedback must not be null");
    FeedbackScores scores = FeedbackScores.none();
    for (Feedback f : feedback) {
      scores = scores.plus(Objects.requireNonNull(f, "feedback must not contain null"));
    }
    return scores;
  }

  /**
   * The scores per segment, where {@code segmentOf} names the segment of each customer (e.g. {@code
   * id -> rfmSegments.get(id)}); sorted by segment name.
   *
   * @throws IllegalArgumentException if {@code segmentOf} gives no segment (null) for a customer
   */
  public static SortedMap<String, FeedbackScores> bySegment(
      Iterable<Feedback> feedback, Function<? super CustomerId, String> segmentOf) {
    Objects.requireNonNull(segmentOf, "segmentOf must not be null");
    return groupedBy(
        feedback,
        f -> {
          String segment = segmentOf.apply(f.customerId());
          if (segment == null) {
            throw new IllegalArgumentException(
                "segmentOf must name a segment for every customer but gave null for customer "
                    + f.customerId()
                    + " (feedback "
                    + f.id()
                    + ")");
          }
          return segment;
        });
  }

  /** The scores per calendar month of the answers' local dates in {@code zone}. */
  public static SortedMap<YearMonth, FeedbackScores> byMonth(
      Iterable<Feedback> feedback, ZoneId zone) {
    return byPeriod(feedback, zone, YearMonth::from);
  }

  /**
   * The scores per week of the answers' local dates in {@code zone}; each week starts on {@code
   * firstDayOfWeek} and is keyed by its first date.
   */
  public static SortedMap<LocalDate, FeedbackScores> byWeek(
      Iterable<Feedback> feedback, ZoneId zone, DayOfWeek firstDayOfWeek) {
    Objects.requireNonNull(firstDayOfWeek, "firstDayOfWeek must not be null");
    return byPeriod(feedback, zone, d -> d.with(TemporalAdjusters.previousOrSame(firstDayOfWeek)));
  }

  /**
   * The scores of the answers whose local date in {@code zone} lies in {@code [from, to)}.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static FeedbackScores between(
      Iterable<Feedback> feedback, ZoneId zone, LocalDate from, LocalDate to) {
    Objects.requireNonNull(feedback, "feedback must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from " + from + " but was: " + to);
    }
    FeedbackScores scores = FeedbackScores.none();
    for (Feedback f : feedback) {
      Objects.requireNonNull(f, "feedback must not contain null");
      LocalDate d = LocalDate.ofInstant(f.at(), zone);
      if (!d.isBefore(from) && d.isBefore(to)) {
        scores = scores.plus(f);
      }
    }
    return scores;
  }

  /**
   * The scores per period, where {@code periodOf} maps the local date of an answer in {@code zone}
   * to its period (e.g. {@code d -> d.getYear()} or a quarter); sorted by period.
   */
  public static <K extends Comparable<? super K>> SortedMap<K, FeedbackScores> byPeriod(
      Iterable<Feedback> feedback, ZoneId zone, Function<? super LocalDate, ? extends K> periodOf) {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(periodOf, "periodOf must not be null");
    return groupedBy(feedback, f -> periodOf.apply(LocalDate.ofInstant(f.at(), zone)));
  }

  /**
   * The scores per group, where {@code keyOf} names the group of each answer (never null); sorted
   * by key.
   */
  public static <K extends Comparable<? super K>> SortedMap<K, FeedbackScores> groupedBy(
      Iterable<Feedback> feedback, Function<? super Feedback, ? extends K> keyOf) {
    Objects.requireNonNull(feedback, "feedback must not be null");
    Objects.requireNonNull(keyOf, "keyOf must not be null");
    TreeMap<K, FeedbackScores> groups = new TreeMap<>();
    for (Feedback f : feedback) {
      Objects.requireNonNull(f, "feedback must not contain null");
      K key = keyOf.apply(f);
      if (key == null) {
        throw new IllegalArgumentException(
            "group key must not be null but was for feedback " + f.id());
      }
      groups.merge(key, FeedbackScores.none().plus(f), FeedbackScores::plus);
    }
    return Collections.unmodifiableSortedMap(groups);
  }
}
