package io.crmkit.examples.tutorial;

import io.crmkit.core.assignment.AssignmentOutcome;
import io.crmkit.core.assignment.AssignmentPolicy;
import io.crmkit.core.assignment.Condition;
import io.crmkit.core.assignment.Rule;
import io.crmkit.core.assignment.Strategy;
import io.crmkit.core.assignment.WorkItem;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.team.AttributeKey;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.core.team.Organisation;
import io.crmkit.core.team.Team;
import io.crmkit.core.team.TeamId;
import io.crmkit.sales.forecast.DealHistory;
import io.crmkit.sales.forecast.Forecast;
import io.crmkit.sales.forecast.ForecastAccuracy;
import io.crmkit.sales.forecast.ForecastMeasure;
import io.crmkit.sales.forecast.ForecastPeriod;
import io.crmkit.sales.forecast.OwnedDeal;
import io.crmkit.sales.forecast.PeriodGrain;
import io.crmkit.sales.lead.LeadRouter;
import io.crmkit.sales.pipeline.Deal;
import io.crmkit.sales.pipeline.SalesPipeline;
import io.crmkit.sales.pool.CustomerPool;
import io.crmkit.sales.pool.OwnershipColumns;
import io.crmkit.sales.pool.PoolRules;
import io.crmkit.sales.pool.ReclaimPlan;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Tutorial: a sales team's day-to-day rules. New leads are routed to reps by territory and
 * language; a rep's customers are protected while tended and go back to the customer pool (公海) when
 * neglected; the quarter's forecast is read per rep and rolled up by team, then compared with what
 * closed.
 *
 * @since 0.1
 */
public final class SalesExample {

  private SalesExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the tutorial, printing to {@code out}. */
  public static void run(PrintStream out) {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Currency eur = Currency.getInstance("EUR");
    LocalDate mar1 = LocalDate.of(2024, 3, 1);
    MemberId ann = MemberId.of("ann");
    MemberId bob = MemberId.of("bob");

    // 1. The team: two reps in EMEA, one in the US, a sales director above both teams.
    List<Member> reps =
        List.of(
            Member.builder("ann").territories("EU").languages("de", "en").build(),
            Member.builder("bob").territories("EU").languages("en").build(),
            Member.builder("cy").territories("US").languages("en").build());
    List<Member> everyone = new ArrayList<>(reps);
    everyone.add(Member.builder("dana").name("Dana (director)").build());
    Organisation org =
        Organisation.of(
            everyone,
            List.of(
                Team.of("sales", "Sales", "dana"),
                Team.of("emea", "EMEA", "ann", "ann", "bob").under("sales"),
                Team.of("us", "US", "cy", "cy").under("sales")));

    // 2. The pool: back after 30 days without a follow-up or 90 without a deal, reminder 5 days
    //    before; a rep holds at most 3 customers and claims at most 2 a day.
    CustomerPool pool = CustomerPool.inMemory(PoolRules.days(30, 90, 5).withCaps(3, 2));
    out.println(pool.rules());

    // 3. Leads: territory and language first, then territory, then anyone; a returning customer
    //    goes back to its last owner. Each rep's capacity is its hold cap.
    AssignmentPolicy policy =
        AssignmentPolicy.of(
                Rule.of(
                    Strategy.LEAST_LOADED,
                    Condition.sameAttribute(AttributeKey.TERRITORY),
                    Condition.sameAttribute(AttributeKey.LANGUAGE)),
                Rule.of(Strategy.LEAST_LOADED, Condition.sameAttribute(AttributeKey.TERRITORY)),
                Rule.anyone(Strategy.LEAST_LOADED))
            .withStickyOwner();
    LeadRouter router =
        LeadRouter.of(
            reps, policy, pool, Clock.fixed(Instant.parse("2024-03-01T09:00:00Z"), berlin), berlin);
    String[][] leads = {
      {"acme", "EU", "de"}, {"bosch", "EU", "fr"}, {"cisco", "US", "en"}, {"dell", "APAC", "en"}
    };
    for (String[] l : leads) {
      AssignmentOutcome o =
          router.route(
              WorkItem.builder("lead-" + l[0])
                  .customer(CustomerId.of(l[0]))
                  .territory(l[1])
                  .language(l[2])
                  .build());
      out.println(
          "lead "
              + l[0]
              + " -> "
              + o.assignment().map(a -> a.member().value()).orElse("nobody")
              + " ("
              + o.explanation()
              + ")");
    }

    // 4. Protection: bob tries to claim ann's customer and is told who holds it.
    out.println("bob claims acme: " + pool.claim(CustomerId.of("acme"), bob, mar1.plusDays(2)));

    // 5. ann and cy follow their customers up; bob forgets bosch, and nobody calls dell: reminders
    //    first, then both go back to the pool. Reclaim is idempotent: running it again changes
    // nothing.
    pool.followUp(CustomerId.of("acme"), ann, LocalDate.of(2024, 3, 10));
    pool.followUp(CustomerId.of("cisco"), MemberId.of("cy"), LocalDate.of(2024, 3, 20));
    LocalDate mar27 = LocalDate.of(2024, 3, 27);
    pool.reminders(mar27).forEach(r -> out.println("reminder on " + mar27 + ": " + r));
    ReclaimPlan april1 = pool.reclaim(LocalDate.of(2024, 4, 1));
    out.println(april1);
    april1.reclaimed().forEach(r -> out.println("  " + r));
    out.println(
        "reclaim again on 2024-04-01: "
            + pool.reclaim(LocalDate.of(2024, 4, 1)).reclaimed().size()
            + " more");
    out.println(
        "cy claims bosch from the pool: "
            + pool.claim(CustomerId.of("bosch"), MemberId.of("cy"), LocalDate.of(2024, 4, 2)));

    // 6. ann moves to another job: her customers go to bob, recorded.
    pool.transfer(CustomerId.of("acme"), ann, bob, LocalDate.of(2024, 4, 3), "ann leaves");
    pool.history(CustomerId.of("acme")).forEach(e -> out.println("acme: " + e));

    // 7. The forecast: each deal's owner is its customer's holder in the pool.
    SalesPipeline pipeline = SalesPipeline.standard();
    Instant t0 = Instant.parse("2024-04-03T08:00:00Z");
    Deal acme =
        pipeline.open(
            "d-acme",
            CustomerId.of("acme"),
            "CRM licences",
            Money.of("12000", "EUR"),
            LocalDate.of(2024, 6, 14),
            t0);
    acme =
        pipeline.move(
            acme, "m1", t0.plusSeconds(86_400), SalesPipeline.NEEDS_ANALYSIS, "budget confirmed");
    acme =
        pipeline.move(acme, "m2", t0.plusSeconds(5 * 86_400), SalesPipeline.PROPOSAL, "quote sent");
    Deal cisco =
        pipeline.open(
            "d-cisco",
            CustomerId.of("cisco"),
            "support",
            Money.of("5000", "EUR"),
            LocalDate.of(2024, 5, 31),
            t0);
    cisco =
        pipeline.move(cisco, "m1", t0.plusSeconds(86_400), SalesPipeline.NEEDS_ANALYSIS, "call");
    cisco = pipeline.move(cisco, "m2", t0.plusSeconds(2 * 86_400), SalesPipeline.PROPOSAL, "quote");
    cisco =
        pipeline.move(cisco, "m3", t0.plusSeconds(3 * 86_400), SalesPipeline.NEGOTIATION, "terms");
    Deal bosch =
        pipeline.open(
            "d-bosch",
            CustomerId.of("bosch"),
            "pilot",
            Money.of("3000", "EUR"),
            LocalDate.of(2024, 6, 28),
            t0);
    List<Deal> deals = List.of(acme, cisco, bosch);
    List<OwnedDeal> owned =
        OwnedDeal.of(deals, d -> pool.holder(d.customer()).orElseThrow().owner());
    ForecastPeriod q2 = PeriodGrain.QUARTER.periodOf(LocalDate.of(2024, 4, 1));
    Forecast early = Forecast.of(pipeline, owned, PeriodGrain.QUARTER, eur, berlin);
    out.print(early);
    out.print(early.rollUp(org, TeamId.of("sales"), q2));

    // 8. The quarter closes: acme won, cisco lost, bosch won; how good was the commit forecast?
    Instant close = Instant.parse("2024-06-20T10:00:00Z");
    Deal acmeWon =
        pipeline.move(
            pipeline.move(acme, "m3", close, SalesPipeline.NEGOTIATION, "terms"),
            "m4",
            close.plusSeconds(3_600),
            SalesPipeline.WON,
            "signed");
    Deal ciscoLost = pipeline.move(cisco, "m4", close, SalesPipeline.LOST, "went elsewhere");
    Deal boschWon =
        pipeline.move(
            pipeline.move(
                pipeline.move(bosch, "m1", close, SalesPipeline.NEEDS_ANALYSIS, "call"),
                "m2",
                close,
                SalesPipeline.PROPOSAL,
                "quote"),
            "m3",
            close,
            SalesPipeline.WON,
            "signed");
    List<OwnedDeal> closed =
        OwnedDeal.of(
            List.of(acmeWon, ciscoLost, boschWon),
            d -> pool.holder(d.customer()).orElseThrow().owner());
    Forecast late = Forecast.of(pipeline, closed, PeriodGrain.QUARTER, eur, berlin);
    out.println(ForecastAccuracy.of(early, late, q2, ForecastMeasure.COMMIT));
    DealHistory history = DealHistory.of(pipeline, closed, berlin);
    out.println(
        "Q2 win rate: "
            + history.winRate(q2.start(), q2.end())
            + ", median cycle time "
            + history.cycleTime(q2.start(), q2.end()).median().orElseThrow().toDays()
            + " days");

    // 9. At scale: the same reclaim over a million held customers in columns.
    SplittableRandom random = new SplittableRandom(17);
    int n = 1_000_000;
    int today = (int) LocalDate.of(2024, 6, 30).toEpochDay();
    int[] followUp = new int[n];
    int[] deal = new int[n];
    for (int i = 0; i < n; i++) {
      followUp[i] = today - random.nextInt(60);
      deal[i] = today - random.nextInt(180);
    }
    out.println(
        "1,000,000 held customers on 2024-06-30: "
            + OwnershipColumns.of(followUp, deal).reclaim(pool.rules(), LocalDate.of(2024, 6, 30)));
  }
}
