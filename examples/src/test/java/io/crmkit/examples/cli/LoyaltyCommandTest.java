package io.crmkit.examples.cli;

import static io.crmkit.examples.cli.CliTestSupport.crm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.examples.data.Datasets;
import io.crmkit.loyalty.program.ProgramJson;
import io.crmkit.loyalty.simulation.MonthStats;
import io.crmkit.loyalty.simulation.RedemptionBehaviour;
import io.crmkit.loyalty.simulation.Scenario;
import io.crmkit.loyalty.simulation.SimulationOptions;
import io.crmkit.loyalty.simulation.SimulationReport;
import io.crmkit.loyalty.simulation.WhatIfSimulation;
import io.crmkit.loyalty.tier.TierProgramJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crm loyalty simulate against the loyalty library's own replay. */
class LoyaltyCommandTest {

  @TempDir Path dir;

  @Test
  void simulate_equals_the_library_replay_month_by_month() throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path program = Datasets.copyTo("cd-club.json", dir);
    Path tiers = Datasets.copyTo("cd-club-tiers.json", dir);
    JsonNode rows =
        ModelCommandsTest.json(
            crm(
                "loyalty",
                "simulate",
                "--program",
                program.toString(),
                "--tiers",
                tiers.toString(),
                "--transactions",
                sample.toString(),
                "--layout",
                "cdnow-sample",
                "--redeem-block",
                "500",
                "--json"));
    Scenario club =
        Scenario.of(
            "CD Club",
            ProgramJson.read(Datasets.text("cd-club.json")),
            TierProgramJson.read(Datasets.text("cd-club-tiers.json")));
    SimulationReport own =
        WhatIfSimulation.replay(
                Loyalty.history(Datasets.cdnowSample()),
                club,
                SimulationOptions.of(ZoneOffset.UTC, RedemptionBehaviour.blocksOf(500, 500)))
            .report();
    assertThat(rows).hasSize(own.months().size());
    long issued = 0;
    for (int i = 0; i < rows.size(); i++) {
      MonthStats m = own.months().get(i);
      JsonNode r = rows.get(i);
      assertThat(r.get("month").asText()).isEqualTo(m.month().toString());
      assertThat(r.get("issued").asLong()).isEqualTo(m.issued());
      assertThat(r.get("redeemed").asLong()).isEqualTo(m.redeemed());
      assertThat(r.get("expired").asLong()).isEqualTo(m.expired());
      assertThat(r.get("outstanding").asLong()).isEqualTo(m.outstanding());
      assertThat(r.get("tier_Gold").asLong()).isEqualTo(m.membersPerTier().get("Gold"));
      issued += r.get("issued").asLong();
    }
    assertThat(issued).isEqualTo(own.totalIssued()).isPositive();
    assertThat(own.totalRedeemed()).isPositive();
  }

  @Test
  void simulate_with_a_proposed_programme_prints_both_scenarios() throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path program = Datasets.copyTo("cd-club.json", dir);
    Path proposed = Datasets.copyTo("cd-club-double.json", dir);
    Path tiers = Datasets.copyTo("cd-club-tiers.json", dir);
    CliTestSupport.Result r =
        crm(
            "loyalty",
            "simulate",
            "--program",
            program.toString(),
            "--tiers",
            tiers.toString(),
            "--proposed",
            proposed.toString(),
            "--transactions",
            sample.toString(),
            "--layout",
            "cdnow-sample");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "scenario,month,issued,redeemed,expired,reversed,outstanding,liability,"
                + "tier_Blue,tier_Silver,tier_Gold");
    assertThat(lines.stream().filter(l -> l.startsWith("CD Club,")))
        .hasSize((lines.size() - 1) / 2);
    assertThat(lines.stream().filter(l -> l.startsWith("\"CD Club, double points\",")))
        .hasSize((lines.size() - 1) / 2);
  }

  @Test
  void a_bad_programme_names_the_file_and_the_json_path() throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path program = dir.resolve("p.json");
    Files.writeString(program, Datasets.text("cd-club.json").replace("\"USD\"", "\"DOLLARS\""));
    CliTestSupport.Result r =
        crm(
            "loyalty",
            "simulate",
            "--program",
            program.toString(),
            "--transactions",
            sample.toString(),
            "--layout",
            "cdnow-sample");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("p.json").contains("currency").contains("DOLLARS");
    Path tiers = dir.resolve("t.json");
    Files.writeString(tiers, Datasets.text("cd-club-tiers.json").replace("\"300\"", "\"50\""));
    CliTestSupport.Result t =
        crm(
            "loyalty",
            "simulate",
            "--program",
            Datasets.copyTo("cd-club.json", dir).toString(),
            "--tiers",
            tiers.toString(),
            "--transactions",
            sample.toString(),
            "--layout",
            "cdnow-sample");
    assertThat(t.exitCode()).isEqualTo(1);
    assertThat(t.err()).contains("t.json").contains("$.tiers").contains("thresholds must increase");
  }

  @Test
  void files_of_the_old_lenient_spellings_still_simulate_as_their_strict_spelling()
      throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path program = Datasets.copyTo("cd-club.json", dir);
    Path tiers = Datasets.copyTo("cd-club-tiers.json", dir);
    CliTestSupport.Result strict =
        crm(
            "loyalty",
            "simulate",
            "--program",
            program.toString(),
            "--tiers",
            tiers.toString(),
            "--transactions",
            sample.toString(),
            "--layout",
            "cdnow-sample");
    Path oldProgram = dir.resolve("old-program.json");
    Files.writeString(
        oldProgram,
        Datasets.text("cd-club.json")
            .replace("\"FIFO\"", "\"fifo\"")
            .replace("\"DOWN\"", "\"down\"")
            .replace("\"USD\"", "\"usd\""));
    Path oldTiers = dir.resolve("old-tiers.json");
    Files.writeString(
        oldTiers, Datasets.text("cd-club-tiers.json").replace("\"SPEND\"", "\"spend\""));
    CliTestSupport.Result old =
        crm(
            "loyalty",
            "simulate",
            "--program",
            oldProgram.toString(),
            "--tiers",
            oldTiers.toString(),
            "--transactions",
            sample.toString(),
            "--layout",
            "cdnow-sample");
    assertThat(strict.exitCode()).as(strict.err()).isZero();
    assertThat(old.exitCode()).as(old.err()).isZero();
    assertThat(old.out()).isEqualTo(strict.out());
  }

  @Test
  void loyalty_without_subcommand_is_a_usage_error() {
    CliTestSupport.Result r = crm("loyalty");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("a subcommand is required").contains("Usage: crm loyalty");
  }

  @Test
  void report_with_a_programme_adds_the_tier_chart() throws IOException {
    Path sample = Datasets.copyTo("CDNOW_sample.txt", dir);
    Path out = dir.resolve("r.html");
    CliTestSupport.Result r =
        crm(
            "report",
            "--transactions",
            sample.toString(),
            "--layout",
            "cdnow-sample",
            "--calibration-end",
            "1997-09-30",
            "--observation-end",
            "1998-06-30",
            "--program",
            Datasets.copyTo("cd-club.json", dir).toString(),
            "--tiers",
            Datasets.copyTo("cd-club-tiers.json", dir).toString(),
            "--out",
            out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String html = Files.readString(out);
    // the loyalty points, liability and tier charts join those of the report without a programme
    assertThat(ReportCommandTest.count(html, "<svg"))
        .isEqualTo(ReportCommandTest.CHARTS_WITH_HOLDOUT + 3);
    assertThat(html)
        .contains("<title>Members by loyalty tier")
        .contains("<title>Loyalty points per month: ")
        .contains("<title>Loyalty liability per month: ")
        .doesNotContain("Left out because no programme was given");
  }
}
