package io.crmkit.segmentation.rules;

import static io.crmkit.segmentation.rules.Condition.ageBetween;
import static io.crmkit.segmentation.rules.Condition.and;
import static io.crmkit.segmentation.rules.Condition.attributeIn;
import static io.crmkit.segmentation.rules.Condition.genderIn;
import static io.crmkit.segmentation.rules.Condition.hasTag;
import static io.crmkit.segmentation.rules.Condition.incomeBandIn;
import static io.crmkit.segmentation.rules.Condition.not;
import static io.crmkit.segmentation.rules.Condition.or;
import static io.crmkit.segmentation.rules.Condition.prefers;
import static io.crmkit.segmentation.rules.Condition.regionIn;
import static io.crmkit.segmentation.rules.Condition.summaryAtLeast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.Demographics;
import io.crmkit.core.customer.Gender;
import io.crmkit.core.summary.CustomerSummary;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConditionTest {

  static final LocalDate ON = LocalDate.of(2026, 11, 25);

  static final Customer ADA =
      Customer.builder("7", Instant.parse("2020-01-01T00:00:00Z"))
          .birthDate(LocalDate.of(1992, 11, 26)) // 33 on ON, 34 the day after
          .gender(Gender.FEMALE)
          .demographics(Demographics.none().withIncomeBand("high").withRegion("north"))
          .attribute("tier", "gold")
          .tag("vip")
          .preference("sweet")
          .build();

  static final CustomerSummary SUMMARY = CustomerSummary.of("7", 3, 20, 30, 45.0);

  @Test
  void age_is_computed_from_the_birth_date_at_the_reference_date() {
    assertThat(ageBetween(25, 33).evaluate(RuleContext.of(ADA, ON)))
        .isEqualTo(new Evaluation(true, java.util.List.of("age 33 on 2026-11-25 is in 25..33")));
    assertThat(ageBetween(25, 33).test(RuleContext.of(ADA, ON.plusDays(1)))).isFalse();
    Customer unknown = Customer.builder("8", Instant.EPOCH).build();
    assertThat(ageBetween(0, 200).evaluate(RuleContext.of(unknown, ON)).reasons())
        .containsExactly("birth date unknown");
    assertThat(ageBetween(0, 200).test(RuleContext.of(ADA, LocalDate.of(1990, 1, 1)))).isFalse();
  }

  @Test
  void demographic_attribute_tag_and_preference_conditions_explain_the_value_seen() {
    RuleContext c = RuleContext.of(ADA, ON);
    assertThat(genderIn(Gender.FEMALE, Gender.OTHER).evaluate(c).reasons().get(0))
        .startsWith("gender FEMALE is in");
    assertThat(incomeBandIn("high").evaluate(c).reasons())
        .containsExactly("incomeBand 'high' is in [high]");
    assertThat(regionIn("south").evaluate(c).reasons())
        .containsExactly("region 'north' is not in [south]");
    assertThat(Condition.occupationIn("nurse").evaluate(c).reasons())
        .containsExactly("occupation unknown");
    assertThat(attributeIn("tier", "gold", "silver").test(c)).isTrue();
    assertThat(hasTag("vip").test(c)).isTrue();
    assertThat(hasTag("b2b").evaluate(c).reasons()).containsExactly("no tag 'b2b'");
    assertThat(prefers("sweet").evaluate(c).reasons()).containsExactly("prefers 'sweet'");
    assertThat(prefers("spicy").test(c)).isFalse();
  }

  @Test
  void summary_conditions_need_a_summary() {
    assertThat(
            summaryAtLeast(SummaryField.TOTAL_SPEND, 100)
                .evaluate(RuleContext.of(ADA, SUMMARY, ON))
                .reasons())
        .containsExactly("totalSpend 135 is in [100, ∞]");
    assertThat(
            Condition.summaryBetween(SummaryField.TIME_SINCE_LAST_PURCHASE, 0, 5)
                .test(RuleContext.of(ADA, SUMMARY, ON)))
        .isFalse();
    assertThat(
            summaryAtLeast(SummaryField.FREQUENCY, 1).evaluate(RuleContext.of(ADA, ON)).reasons())
        .containsExactly("no purchase summary for frequency");
  }

  @Test
  void and_explains_failures_or_explains_matches_not_negates() {
    RuleContext c = RuleContext.of(ADA, SUMMARY, ON);
    Evaluation e = and(hasTag("vip"), prefers("spicy"), regionIn("south")).evaluate(c);
    assertThat(e.matched()).isFalse();
    assertThat(e.reasons())
        .containsExactly("does not state preference 'spicy'", "region 'north' is not in [south]");
    Evaluation o = or(hasTag("b2b"), prefers("sweet")).evaluate(c);
    assertThat(o.matched()).isTrue();
    assertThat(o.reasons()).containsExactly("prefers 'sweet'");
    assertThat(not(hasTag("b2b")).evaluate(c))
        .isEqualTo(new Evaluation(true, java.util.List.of("no tag 'b2b'")));
    assertThat(and(hasTag("vip"), not(prefers("spicy"))).evaluate(c).toString())
        .isEqualTo("matched: has tag 'vip'; does not state preference 'spicy'");
  }

  @Test
  void segmentation_takes_the_first_match_or_the_fallback() {
    RuleSegmentation s =
        RuleSegmentation.of(
                RuleSegment.of("Big spenders", summaryAtLeast(SummaryField.TOTAL_SPEND, 1000)),
                RuleSegment.of("Sweet tooth", prefers("sweet")),
                RuleSegment.of("VIP", hasTag("vip")))
            .otherwise("Everyone else");
    RuleAssignment a = s.assign(RuleContext.of(ADA, SUMMARY, ON));
    assertThat(a.segment()).isEqualTo("Sweet tooth");
    assertThat(a.index()).isEqualTo(1);
    assertThat(a.toString()).isEqualTo("Sweet tooth (prefers 'sweet')");
    assertThat(s.matching(RuleContext.of(ADA, SUMMARY, ON)))
        .extracting(RuleAssignment::segment)
        .containsExactly("Sweet tooth", "VIP");
    RuleAssignment other =
        s.assign(RuleContext.of(Customer.builder("9", Instant.EPOCH).build(), ON));
    assertThat(other.segment()).isEqualTo("Everyone else");
    assertThat(other.index()).isEqualTo(3);
    assertThat(s.names()).containsExactly("Big spenders", "Sweet tooth", "VIP", "Everyone else");
  }

  @Test
  void invalid_conditions_are_refused() {
    assertThatThrownBy(() -> ageBetween(30, 20))
        .hasMessage("max age must be at least min 30 but was: 20");
    assertThatThrownBy(() -> regionIn()).hasMessage("region values must not be empty");
    assertThatThrownBy(() -> and()).hasMessage("and needs at least one condition");
    assertThatThrownBy(() -> Condition.summaryBetween(SummaryField.FREQUENCY, 5, 1))
        .hasMessageContaining("min <= max");
    assertThatThrownBy(
            () ->
                RuleSegmentation.of(
                    RuleSegment.of("A", hasTag("x")), RuleSegment.of("A", hasTag("y"))))
        .hasMessageContaining("'A' repeats");
    assertThatThrownBy(() -> RuleContext.of(ADA, CustomerSummary.of("8", 0, 0, 1, 0), ON))
        .hasMessageContaining("summary must belong to customer 7");
  }
}
