package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.examples.data.Datasets;
import io.crmkit.marketing.basket.AssociationRules;
import io.crmkit.marketing.basket.FrequentItemsets;
import io.crmkit.marketing.basket.MiningOptions;
import io.crmkit.marketing.evaluation.SyntheticBaskets;
import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.similar.ItemNeighbours;
import io.crmkit.marketing.similar.Neighbour;
import io.crmkit.marketing.similar.NeighbourOptions;
import io.crmkit.marketing.similar.Similarity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm recommend against the marketing library, on the bundled synthetic order lines. */
class RecommendCommandTest {

  @TempDir Path dir;

  @Test
  void the_bundled_sample_is_the_seeded_generator_output() throws IOException {
    StringWriter w = new StringWriter();
    SyntheticBaskets.generate(
            SyntheticBaskets.Config.small(18).withCustomers(300).withProducts(60).withThemes(6))
        .writeCsv(w);
    assertThat(Datasets.text("baskets_sample.csv")).isEqualTo(w.toString());
  }

  @Test
  void offers_obey_consent_and_preferences_and_give_reasons() throws IOException {
    Path lines = Datasets.copyTo("baskets_sample.csv", dir);
    Path customers = Datasets.copyTo("baskets_customers.json", dir);
    Path catalog = Datasets.copyTo("baskets_catalog.csv", dir);
    CliTestSupport.Result r =
        crm(
            "recommend",
            "--lines",
            lines.toString(),
            "--customers",
            customers.toString(),
            "--catalog",
            catalog.toString(),
            "--conflict",
            "spicy=sweet",
            "--k",
            "4",
            "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode rows = ModelCommandsTest.JSON.readTree(r.out());
    int c0 = 0;
    int c1 = 0;
    int unknown = 0;
    for (JsonNode row : rows) {
      String who = row.get("customer").asText();
      String item = row.get("item").asText();
      if (who.equals("c0")) {
        c0++;
        assertThat(row.get("reason").asText()).isEqualTo("OPTED_OUT (EMAIL)");
        assertThat(row.get("rank").asInt()).isZero();
      } else if (who.equals("c1") || who.equals("c2") || who.equals("c3")) {
        c1 += who.equals("c1") ? 1 : 0;
        if (!who.equals("c2")) {
          assertThat(item).isNotIn("p0", "p1", "p7"); // spicy: c1 prefers sweet, c3 refuses spicy
        }
        assertThat(row.get("reason").asText()).isNotBlank();
        assertThat(row.get("rank").asInt()).isBetween(1, 4);
      } else {
        unknown++;
        assertThat(row.get("reason").asText()).isEqualTo("NO_CUSTOMER_RECORD");
      }
    }
    assertThat(c0).isEqualTo(1);
    assertThat(c1).isEqualTo(4);
    assertThat(unknown).isEqualTo(300 - 4);
  }

  @Test
  void similar_and_rules_equal_the_library() throws IOException {
    Path lines = Datasets.copyTo("baskets_sample.csv", dir);
    PurchaseHistory h = Datasets.basketsSample(ItemLevel.PRODUCT);
    JsonNode sim =
        ModelCommandsTest.json(
            crm(
                "recommend",
                "--lines",
                lines.toString(),
                "--show",
                "similar",
                "--item",
                "p3",
                "--k",
                "3",
                "--similarity",
                "jaccard",
                "--json"));
    List<Neighbour> own =
        ItemNeighbours.of(h, NeighbourOptions.of(Similarity.JACCARD, 3)).neighbours("p3");
    assertThat(sim).hasSize(own.size());
    for (int i = 0; i < own.size(); i++) {
      assertThat(sim.get(i).get("neighbour").asText()).isEqualTo(own.get(i).item());
      assertThat(sim.get(i).get("score").asDouble()).isEqualTo(own.get(i).score());
    }
    JsonNode rules =
        ModelCommandsTest.json(
            crm(
                "recommend",
                "--lines",
                lines.toString(),
                "--show",
                "rules",
                "--min-support",
                "0.01",
                "--min-confidence",
                "0.4",
                "--json"));
    AssociationRules lib =
        FrequentItemsets.mine(
                h, MiningOptions.minSupport(0.01).withMinConfidence(0.4).withLength(2, 3))
            .rules();
    assertThat(rules).hasSize(lib.size());
    assertThat(rules.get(0).get("lift").asDouble()).isEqualTo(lib.rules().get(0).lift());
  }

  @Test
  void usual_and_evaluate_print_their_tables_and_bad_options_are_usage_errors() throws IOException {
    Path lines = Datasets.copyTo("baskets_sample.csv", dir);
    CliTestSupport.Result usual =
        crm("recommend", "--lines", lines.toString(), "--show", "usual", "--customer", "c5");
    assertThat(usual.exitCode()).as(usual.err()).isZero();
    assertThat(usual.out())
        .startsWith(
            "customer,item,purchases,last_purchase,score,median_interval_days,next_due,due_now");
    JsonNode eval =
        ModelCommandsTest.json(
            crm(
                "recommend",
                "--lines",
                lines.toString(),
                "--show",
                "evaluate",
                "--k",
                "10",
                "--json"));
    assertThat(eval).hasSize(3);
    assertThat(eval.get(1).get("recommender").asText()).isEqualTo("item-kNN cosine");
    assertThat(eval.get(1).get("ndcg10").asDouble())
        .isGreaterThan(eval.get(0).get("ndcg10").asDouble());
    assertThat(crm("recommend", "--lines", lines.toString(), "--show", "nonsense").exitCode())
        .isEqualTo(2);
    assertThat(crm("recommend", "--lines", lines.toString(), "--level", "brand").exitCode())
        .isEqualTo(2);
    CliTestSupport.Result missing = crm("recommend", "--lines", dir.resolve("nope.csv").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.csv");
  }
}
