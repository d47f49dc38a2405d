package io.crmkit.segmentation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.Gender;
import io.crmkit.testing.core.CoreArbitraries;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RulesProperties {

  static final LocalDate ON = LocalDate.of(2026, 11, 25);

  @Provide
  Arbitrary<Customer> customers() {
    return CoreArbitraries.customers();
  }

  @Provide
  Arbitrary<Condition> conditions() {
    return Arbitraries.lazyOf(
        () -> Arbitraries.integers().between(0, 90).map(a -> Condition.ageBetween(a, a + 15)),
        () -> Arbitraries.of(Gender.class).map(Condition::genderIn),
        () -> Arbitraries.of("low", "middle", "high").map(Condition::incomeBandIn),
        () -> Arbitraries.of("north", "south").map(Condition::regionIn),
        () -> Arbitraries.of("vip", "b2b").map(Condition::hasTag),
        () -> Arbitraries.of("sweet", "jazz").map(Condition::prefers),
        () -> Arbitraries.of("L-1", "web").map(v -> Condition.attributeIn("source", v)),
        () -> conditions().map(Condition::not),
        () ->
            conditions()
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(l -> (Condition) new Condition.And(l)),
        () ->
            conditions()
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(l -> (Condition) new Condition.Or(l)));
  }

  @Property(tries = 200)
  void json_round_trip_gives_an_equal_condition(@ForAll("conditions") Condition c) {
    assertThat(RulesJackson.readCondition(RulesJackson.writeCondition(c))).isEqualTo(c);
  }

  @Property(tries = 200)
  void not_inverts_and_double_negation_is_identity(
      @ForAll("conditions") Condition c, @ForAll("customers") Customer customer) {
    RuleContext ctx = RuleContext.of(customer, ON);
    assertThat(Condition.not(c).test(ctx)).isEqualTo(!c.test(ctx));
    assertThat(Condition.not(Condition.not(c)).evaluate(ctx)).isEqualTo(c.evaluate(ctx));
  }

  @Property(tries = 200)
  void de_morgan_holds(
      @ForAll("conditions") Condition a,
      @ForAll("conditions") Condition b,
      @ForAll("customers") Customer customer) {
    RuleContext ctx = RuleContext.of(customer, ON);
    assertThat(Condition.not(Condition.and(a, b)).test(ctx))
        .isEqualTo(Condition.or(Condition.not(a), Condition.not(b)).test(ctx));
    assertThat(Condition.and(a, b).test(ctx)).isEqualTo(a.test(ctx) && b.test(ctx));
  }

  @Property(tries = 200)
  void a_matched_evaluation_always_gives_a_reason(
      @ForAll("conditions") Condition c, @ForAll("customers") Customer customer) {
    assertThat(c.evaluate(RuleContext.of(customer, ON)).reasons()).isNotEmpty();
  }
}
