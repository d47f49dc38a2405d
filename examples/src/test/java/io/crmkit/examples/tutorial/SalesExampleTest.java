package io.crmkit.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs the sales tutorial and checks what it prints. */
class SalesExampleTest {

  @Test
  void sales_example_routes_protects_reclaims_and_forecasts() {
    String out = TutorialTest.run(SalesExample::run);
    assertThat(out)
        .contains("lead acme -> ann (rule 1: ")
        .contains("lead bosch -> bob (rule 2: ")
        .contains("lead cisco -> cy (rule 1: ")
        .contains("lead dell -> ")
        .contains("bob claims acme: lost: acme held by ann since 2024-03-01")
        .contains(
            "reminder on 2024-03-27: bob: bosch goes back to the pool on 2024-03-31 (NO_FOLLOW_UP, 4 days left)")
        .contains("2024-03-31 bosch back to the pool from bob (NO_FOLLOW_UP)")
        .contains("reclaim again on 2024-04-01: 0 more")
        .contains("cy claims bosch from the pool: won")
        .contains("acme: 2024-04-03 acme transferred from ann to bob (ann leaves)")
        .contains("Sales 2024-Q2: commit 5000 EUR, best case 17000 EUR")
        .contains("2024-Q2 COMMIT forecast 5000 vs actual 15000")
        .contains("Q2 win rate: 2 of 3 won (66.7%)")
        .containsPattern(
            "1,000,000 held customers on 2024-06-30: \\d+ rows back to the pool, \\d+ reminded");
  }
}
