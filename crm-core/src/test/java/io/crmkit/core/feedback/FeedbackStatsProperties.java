package io.crmkit.core.feedback;

import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class FeedbackStatsProperties {

  @Provide
  Arbitrary<Feedback> feedback() {
    Arbitrary<Integer> ids = Arbitraries.integers().between(0, 1_000_000);
    Arbitrary<String> customers = Arbitraries.of("a", "b", "c", "d");
    Arbitrary<Instant> at =
        Arbitraries.longs().between(1_600_000_000L, 1_800_000_000L).map(Instant::ofEpochSecond);
    Arbitrary<OptionalInt> nps =
        Arbitraries.integers()
            .between(0, 10)
            .injectNull(0.3)
            .map(v -> v == null ? OptionalInt.empty() : OptionalInt.of(v));
    Arbitrary<OptionalInt> csat =
        Arbitraries.integers()
            .between(1, 5)
            .injectNull(0.3)
            .map(v -> v == null ? OptionalInt.empty() : OptionalInt.of(v));
    return Combinators.combine(ids, customers, at, nps, csat)
        .as((id, c, t, n, s) -> new Feedback("f" + id, CustomerId.of(c), t, n, s, "text"));
  }

  @Property(tries = 200)
  boolean nps_lies_between_minus_100_and_100(
      @ForAll @Size(max = 40) List<@From("feedback") Feedback> all) {
    FeedbackScores s = FeedbackStats.overall(all);
    return s.nps().score().stream().allMatch(v -> v >= -100 && v <= 100)
        && s.csat().score().stream().allMatch(v -> v >= 0 && v <= 100)
        && s.csat().meanScore().stream().allMatch(v -> v >= 1 && v <= 5);
  }

  @Property(tries = 200)
  boolean segments_and_months_partition_the_answers(
      @ForAll @Size(max = 40) List<@From("feedback") Feedback> all) {
    FeedbackScores overall = FeedbackStats.overall(all);
    FeedbackScores segmentSum =
        FeedbackStats.bySegment(all, id -> id.value().equals("a") ? "x" : "y").values().stream()
            .reduce(FeedbackScores.none(), FeedbackScores::plus);
    FeedbackScores monthSum =
        FeedbackStats.byMonth(all, ZoneId.of("Pacific/Chatham")).values().stream()
            .reduce(FeedbackScores.none(), FeedbackScores::plus);
    return overall.equals(segmentSum) && overall.equals(monthSum);
  }

  @Property(tries = 100)
  boolean scores_do_not_depend_on_order(
      @ForAll @Size(max = 40) List<@From("feedback") Feedback> all) {
    List<Feedback> reversed = new ArrayList<>(all);
    java.util.Collections.reverse(reversed);
    return FeedbackStats.overall(all).equals(FeedbackStats.overall(reversed));
  }
}
