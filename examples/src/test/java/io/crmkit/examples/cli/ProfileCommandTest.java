package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.examples.data.Datasets;
import io.crmkit.identity.profile.ProfileJson;
import io.crmkit.segmentation.rfm.RfmScorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm profile against the library's summaries and the shipped sample files. */
class ProfileCommandTest {

  @TempDir Path dir;

  private String[] args(String... more) throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    String[] base = {
      "profile",
      "--id",
      "1901",
      "--transactions",
      sample.toString(),
      "--layout",
      "cdnow-sample",
      "--at",
      "1998-06-30"
    };
    String[] out = new String[base.length + more.length];
    System.arraycopy(base, 0, out, 0, base.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }

  @Test
  void json_profile_holds_every_source_and_the_summary_of_the_library() throws IOException {
    Path customers = Datasets.copyTo("profile-customers.json", dir);
    Path activity = Datasets.copyTo("profile-activity.json", dir);
    Path program = Datasets.copyTo("cd-club.json", dir);
    Path tiers = Datasets.copyTo("cd-club-tiers.json", dir);
    CliTestSupport.Result r =
        crm(
            args(
                "--customers",
                customers.toString(),
                "--activity",
                activity.toString(),
                "--program",
                program.toString(),
                "--tiers",
                tiers.toString(),
                "--json"));
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode p = ProfileJson.parse(r.out());
    CustomerSummaries s =
        CustomerSummaries.of(
            Datasets.cdnowSample(),
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1998, 6, 30)));
    int row = s.indexOf("1901").orElseThrow();
    assertThat(p.at("/customer/displayName").asText()).isEqualTo("Grace Hopper");
    assertThat(p.at("/sourceIds/1").asText()).isEqualTo("web-77");
    assertThat(p.at("/purchases/transactions").asInt()).isEqualTo(s.transactionCount(row));
    assertThat(p.at("/purchases/frequency").asInt()).isEqualTo(s.frequency(row));
    assertThat(p.at("/purchases/rfmCell").asText())
        .isEqualTo(RfmScorer.quintiles().score(s).cell(row));
    assertThat(p.at("/lifecycle/stage").asText()).isNotEmpty();
    assertThat(p.at("/churn/probability").asDouble()).isBetween(0.0, 1.0);
    assertThat(p.at("/loyalty/lifetimeEarned").asLong()).isPositive();
    assertThat(p.at("/loyalty/tier").asText()).isNotEmpty();
    assertThat(p.at("/openServiceRequests")).hasSize(1);
    assertThat(p.at("/openServiceRequests/0/id").asText()).isEqualTo("sr-10");
    assertThat(p.at("/lastInteractions/0/id").asText()).isEqualTo("i-3");
    assertThat(p.at("/feedback/answers")).hasSize(2);
    assertThat(p.at("/reminders"))
        .anySatisfy(n -> assertThat(n.get("reference").asText()).isEqualTo("i-3"));
  }

  @Test
  void without_optional_files_the_card_shows_the_purchases_and_no_loyalty_account()
      throws IOException {
    CliTestSupport.Result r = crm(args());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("customer 1901 (profile at 1998-06-30T23:59:59Z)")
        .contains(
            "purchases:    56 transactions", "loyalty:      no account", "open requests: none");
  }

  @Test
  void an_unknown_customer_and_a_bad_activity_file_are_data_errors() throws IOException {
    String[] a = args();
    a[2] = "no-such-id";
    CliTestSupport.Result unknown = crm(a);
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("customer no-such-id");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"interactions\": [{\"id\": \"x\"}], \"calls\": []}");
    CliTestSupport.Result r = crm(args("--activity", bad.toString()));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("bad.json", "calls");
    Files.writeString(bad, "{\"interactions\": [{\"id\": \"x\"}]}");
    CliTestSupport.Result r2 = crm(args("--activity", bad.toString()));
    assertThat(r2.exitCode()).isEqualTo(1);
    assertThat(r2.err()).contains("bad.json", "interactions[0]");
  }

  @Test
  void tiers_without_a_programme_is_a_usage_error() throws IOException {
    CliTestSupport.Result r = crm(args("--tiers", "t.json"));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--tiers needs --program");
  }
}
