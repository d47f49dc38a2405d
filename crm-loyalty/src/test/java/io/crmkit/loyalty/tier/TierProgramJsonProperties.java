package io.crmkit.loyalty.tier;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

public class TierProgramJsonProperties {

  @Property(tries = 200)
  boolean writing_then_reading_gives_an_equal_tier_programme(
      @ForAll("tierPrograms") TierProgram tiers) {
    return TierProgramJson.read(TierProgramJson.write(tiers)).equals(tiers);
  }

  @Property(tries = 100)
  boolean writing_is_stable_across_a_round_trip(@ForAll("tierPrograms") TierProgram tiers) {
    String json = TierProgramJson.write(tiers);
    return TierProgramJson.write(TierProgramJson.read(json)).equals(json);
  }

  /** Valid tier programmes of 1 to 5 tiers over every metric, window and benefit. */
  @Provide
  public static Arbitrary<TierProgram> tierPrograms() {
    Arbitrary<QualificationMetric> metric = Arbitraries.of(QualificationMetric.class);
    Arbitrary<QualificationWindow> window =
        Arbitraries.oneOf(
            Arbitraries.just(QualificationWindow.calendarYear()),
            Arbitraries.integers().between(1, 36).map(QualificationWindow::rolling));
    Arbitrary<MonthDay> review =
        Arbitraries.integers()
            .between(0, 365)
            .map(d -> MonthDay.from(java.time.LocalDate.of(2024, 1, 1).plusDays(d)));
    Arbitrary<Period> grace =
        Combinators.combine(
                Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 11),
                Arbitraries.integers().between(0, 40))
            .as(Period::of);
    Arbitrary<Currency> currency =
        Arbitraries.of("USD", "EUR", "JPY", "KWD", "CHF").map(Currency::getInstance);
    Arbitrary<ZoneId> zone =
        Arbitraries.of("UTC", "Z", "Europe/Paris", "Pacific/Chatham", "America/St_Johns", "+05:30")
            .map(ZoneId::of);
    Arbitrary<Boolean> oneAtATime = Arbitraries.of(true, false);
    return Combinators.combine(
            metric, window, review, grace, currency, zone, oneAtATime, tierSteps())
        .as(
            (m, w, r, g, c, z, one, steps) ->
                new TierProgram(tiers(m, steps), m, w, r, g, one, c, z));
  }

  /** A tier before it is placed: a threshold step above the previous tier and its benefits. */
  record Step(
      String name,
      long stepUnits,
      int scale,
      BigDecimal multiplier,
      BigDecimal discount,
      Set<String> services) {}

  private static Arbitrary<List<Step>> tierSteps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.strings()
                    .withCharRange('a', 'z')
                    .withChars(' ', 'É', '金', '"', '\\')
                    .ofMinLength(1)
                    .ofMaxLength(8)
                    .filter(s -> !s.isBlank()),
                Arbitraries.longs().between(1, 1_000_000),
                Arbitraries.integers().between(0, 3),
                Combinators.combine(
                        Arbitraries.integers().between(100, 400),
                        Arbitraries.integers().between(0, 2))
                    .as(
                        (u, s) ->
                            BigDecimal.valueOf(u, 2)
                                .setScale(s, java.math.RoundingMode.DOWN)
                                .max(BigDecimal.ONE)),
                Combinators.combine(
                        Arbitraries.integers().between(0, 10_000),
                        Arbitraries.integers().between(0, 2))
                    .as(
                        (u, s) ->
                            BigDecimal.valueOf(u, 2).setScale(s, java.math.RoundingMode.DOWN)),
                Arbitraries.of("free delivery", "lounge", "priority line", "birthday gift")
                    .set()
                    .ofMaxSize(3))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(5).uniqueElements(Step::name);
  }

  private static List<Tier> tiers(QualificationMetric metric, List<Step> steps) {
    List<Tier> out = new ArrayList<>();
    BigDecimal threshold = BigDecimal.ZERO;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (i > 0) {
        int scale = metric == QualificationMetric.SPEND ? s.scale() : 0;
        threshold = threshold.add(BigDecimal.valueOf(s.stepUnits(), scale));
      }
      out.add(
          new Tier(
              s.name(), threshold, new TierBenefits(s.multiplier(), s.discount(), s.services())));
    }
    return out;
  }
}
