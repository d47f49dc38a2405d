package io.crmkit.examples.tutorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs every tutorial and checks the figures it prints. */
class TutorialTest {

  static String run(Consumer<PrintStream> tutorial) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      tutorial.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void clv_example_fits_the_published_models() {
    String out = run(ClvExample::run);
    assertThat(out)
        .contains("2357 customers")
        .contains("converged: true")
        .contains("\"model\" : \"bgnbd\"")
        .contains("customer 1: P(alive)")
        .contains("holdout:")
        .contains("12-month CLV $");
    assertThat(out).containsPattern("r=0\\.24\\d*, alpha=4\\.41");
  }

  @Test
  void churn_example_scores_with_three_scorers() {
    String out = run(ChurnExample::run);
    assertThat(out.lines().filter(l -> l.contains(" low ")).count()).isEqualTo(3);
    assertThat(out).contains("10: churn");
  }

  @Test
  void segmentation_example_prints_segments_and_classes() {
    String out = run(SegmentationExample::run);
    assertThat(out)
        .contains("customer 1: cell ")
        .contains("Champions")
        .contains("A: ")
        .contains("Gini coefficient");
  }

  @Test
  void lifecycle_example_moves_one_customer_and_counts_everyone() {
    String out = run(LifecycleExample::run);
    assertThat(out)
        .contains("purchase -> NEW")
        .contains("purchase -> ACTIVE")
        .contains("re-evaluation -> AT_RISK")
        .contains("re-evaluation -> LAPSED")
        .contains("purchase -> REACTIVATED")
        .contains("compact lifecycle table of 2357 customers");
  }

  @Test
  void loyalty_example_replays_the_history_and_compares_a_proposal() {
    String out = run(LoyaltyExample::run);
    assertThat(out)
        .containsPattern("issued \\d+ points, redeemed \\d+, expired \\d+; liability at the end ")
        .contains("members per tier at the end: {Blue=")
        .contains("(double vs today)");
  }

  @Test
  void custom_repository_example_feeds_the_analyses() {
    String out = run(CustomRepositoryExample::run);
    assertThat(out)
        .contains("SortedTransactionRepository[11 transactions]")
        .contains("ann: 3 purchases")
        .contains("CustomerSummaries[5 customers")
        .contains("eve P(alive) 1.00");
  }

  @Test
  void service_desk_example_assigns_by_shop_and_counts_business_time() {
    String out = run(ServiceDeskExample::run);
    assertThat(out)
        .contains("4 business hours from Sat 17:00: 2026-09-28T12:00")
        .contains("business time over National Day week: PT2H")
        .contains("T1 (tmall-1) -> li: rule 1: shop=tmall-1; least loaded of 1")
        .contains("li off duty: T1: li -> ")
        .contains("li back: 3 tickets returned")
        .contains("denied: no role of li [agent] grants tag:create")
        .contains("allowed: role agent grants tag:apply")
        .contains("zhang sees li's tickets: allowed")
        .contains("wang sees li's tickets: denied");
  }
}
