package io.crmkit.lifecycle.stage;

import static io.crmkit.lifecycle.stage.DefaultLifecycle.ACTIVE;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.AT_RISK;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.LAPSED;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.LOYAL;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.NEW;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.NURTURING;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.PROSPECT;
import static io.crmkit.lifecycle.stage.DefaultLifecycle.REACTIVATED;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.lifecycle.reminder.PaymentDue;
import io.crmkit.lifecycle.reminder.Reminder;
import io.crmkit.lifecycle.reminder.ReminderPlanner;
import io.crmkit.lifecycle.reminder.ReminderSources;
import io.crmkit.lifecycle.stage.store.InMemoryLifecycleRepository;
import io.crmkit.lifecycle.stage.store.LifecycleRepository;
import io.crmkit.lifecycle.stage.store.LifecycleService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One hotel guest walked through the whole default lifecycle — prospect, nurtured, first stay,
 * repeat stays, loyal, slipping away, lapsed, and won back three years later by a birthday card —
 * with the reminders the planner lists along the way.
 */
class CustomerJourneyScenarioTest {

  private static final ZoneId ROME = ZoneId.of("Europe/Rome");
  private static final CustomerId ROSSI = CustomerId.of("rossi");

  private final List<String> actions = new ArrayList<>();
  private final LifecycleRepository repository = InMemoryLifecycleRepository.create();
  private final LifecycleService service =
      LifecycleService.of(
          LifecycleEngine.of(DefaultLifecycle.definition())
              .withListener(StageListener.onEntering(NEW, c -> actions.add("welcome mail")))
              .withListener(StageListener.onEntering(LOYAL, c -> actions.add("upgrade to gold")))
              .withListener(
                  StageListener.onEntering(AT_RISK, c -> actions.add("alert account manager")))
              .withListener(StageListener.onEntering(LAPSED, c -> actions.add("win-back campaign")))
              .withListener(StageListener.onLeaving(LAPSED, c -> actions.add("welcome back"))),
          repository);

  private final Customer rossi =
      Customer.builder(ROSSI, Instant.parse("2022-01-10T09:00:00Z"))
          .displayName("Mario Rossi")
          .birthDate(LocalDate.of(1964, 2, 29))
          .zone(ROME)
          .dateAttribute("wedding", LocalDate.of(1995, 6, 17))
          .build();

  private final List<Interaction> interactions = new ArrayList<>();
  private final List<PaymentDue> payments = new ArrayList<>();

  private Stage stage() {
    return repository.find("rossi").orElseThrow().value().stage();
  }

  private void stay(String id, String at, String amount) {
    service.handle(
        LifecycleEvent.of(
            Transaction.purchase(id, "rossi", Instant.parse(at), Money.of(amount, "EUR"))));
  }

  private List<String> remindersFrom(String from, int days) {
    LocalDate start = LocalDate.parse(from);
    ReminderPlanner planner =
        ReminderPlanner.of(Clock.fixed(start.atStartOfDay(ROME).toInstant(), ROME), ROME)
            .withAnniversaries("wedding")
            .withWinBackAfterDays(90);
    ReminderSources sources =
        new ReminderSources(List.of(rossi), interactions, payments, repository.findAll());
    return planner.planNext(days, sources).stream().map(Reminder::toString).toList();
  }

  @Test
  void a_guest_from_first_inquiry_to_win_back() {
    service.start("rossi", Instant.parse("2022-01-10T09:00:00Z"));
    assertThat(stage()).isEqualTo(PROSPECT);

    // an inquiry by phone, with a call-back promised for Friday morning
    Interaction inquiry =
        Interaction.inbound(
                "i-1",
                ROSSI,
                Channel.PHONE,
                Instant.parse("2022-01-12T15:00:00Z"),
                "rooms in May",
                "call back with offer")
            .withFollowUpAt(Instant.parse("2022-01-14T09:30:00Z"));
    interactions.add(inquiry);
    service.handle(LifecycleEvent.of(inquiry));
    assertThat(stage()).isEqualTo(NURTURING);
    assertThat(remindersFrom("2022-01-12", 7))
        .containsExactly("2022-01-14 FOLLOW_UP rossi: call back: rooms in May at 10:30 [i-1]");

    // first stay, invoiced with 30 days to pay
    stay("t-1", "2022-02-01T11:00:00Z", "150");
    payments.add(new PaymentDue(ROSSI, "inv-1", LocalDate.of(2022, 3, 3), Money.of("150", "EUR")));
    assertThat(stage()).isEqualTo(NEW);
    assertThat(remindersFrom("2022-02-28", 7))
        .containsExactly(
            "2022-02-28 BIRTHDAY rossi: birthday (58 years) [birthDate]",
            "2022-03-03 PAYMENT_DUE rossi: payment of 150 EUR due [inv-1]");

    // repeat stays make him active, the fifth makes him loyal
    stay("t-2", "2022-03-15T11:00:00Z", "150");
    assertThat(stage()).isEqualTo(ACTIVE);
    stay("t-3", "2022-05-20T11:00:00Z", "150");
    stay("t-4", "2022-07-15T11:00:00Z", "150");
    assertThat(stage()).isEqualTo(ACTIVE);
    assertThat(remindersFrom("2022-06-15", 5))
        .containsExactly("2022-06-17 ANNIVERSARY rossi: wedding anniversary (27 years) [wedding]");
    stay("t-5", "2022-09-10T12:00:00Z", "200");
    assertThat(stage()).isEqualTo(LOYAL);

    // then silence: the win-back reminder comes after 90 days, the monthly re-evaluation flags him
    assertThat(remindersFrom("2022-12-05", 7))
        .containsExactly("2022-12-09 WIN_BACK rossi: silent 90 days since 2022-09-10");
    service.handle(LifecycleEvent.reEvaluation(ROSSI, Instant.parse("2022-11-20T00:00:00Z")));
    assertThat(stage()).isEqualTo(LOYAL);
    service.handle(LifecycleEvent.reEvaluation(ROSSI, Instant.parse("2022-12-20T00:00:00Z")));
    assertThat(stage()).isEqualTo(AT_RISK);
    assertThat(remindersFrom("2022-12-20", 1))
        .containsExactly(
            "2022-12-20 AT_RISK rossi: now AT_RISK: churn risk at 01:00 [re-evaluation@2022-12-20T00:00:00Z]");

    // no one acts: he lapses
    service.handle(LifecycleEvent.reEvaluation(ROSSI, Instant.parse("2023-03-15T00:00:00Z")));
    assertThat(stage()).isEqualTo(LAPSED);
    assertThat(remindersFrom("2023-01-30", 30))
        .containsExactly(
            "2023-02-01 ANNIVERSARY rossi: first purchase anniversary (1 year) [firstPurchase]",
            "2023-02-28 BIRTHDAY rossi: birthday (59 years) [birthDate]");

    // three years later the birthday card still goes out ...
    assertThat(remindersFrom("2025-02-28", 1))
        .containsExactly("2025-02-28 BIRTHDAY rossi: birthday (61 years) [birthDate]");
    // ... and he comes back
    stay("t-6", "2025-03-10T11:00:00Z", "180");
    assertThat(stage()).isEqualTo(REACTIVATED);
    stay("t-7", "2025-04-02T11:00:00Z", "180");
    assertThat(stage()).isEqualTo(ACTIVE);

    Lifecycle journey = repository.find("rossi").orElseThrow().value();
    assertThat(journey.path())
        .containsExactly(
            PROSPECT, NURTURING, NEW, ACTIVE, LOYAL, AT_RISK, LAPSED, REACTIVATED, ACTIVE);
    assertThat(journey.history())
        .extracting(StageMove::reason)
        .containsExactly(
            "engaged",
            "first purchase",
            "repeat purchase",
            "high value and frequency",
            "churn risk",
            "lost",
            "won back",
            "repeat purchase after win-back");
    assertThat(actions)
        .containsExactly(
            "welcome mail",
            "upgrade to gold",
            "alert account manager",
            "win-back campaign",
            "welcome back");
    assertThat(journey.timeInStage(LAPSED, Instant.parse("2025-04-02T11:00:00Z")).toDays())
        .isEqualTo(726);
    assertThat(engineReplay(journey)).isEqualTo(journey);
  }

  private Lifecycle engineReplay(Lifecycle journey) {
    // replaying the stored events (as an event store would) rebuilds the same value
    List<LifecycleEvent> events =
        List.of(
            LifecycleEvent.of(interactions.get(0)),
            purchase("t-1", "2022-02-01T11:00:00Z", "150"),
            purchase("t-2", "2022-03-15T11:00:00Z", "150"),
            purchase("t-3", "2022-05-20T11:00:00Z", "150"),
            purchase("t-4", "2022-07-15T11:00:00Z", "150"),
            purchase("t-5", "2022-09-10T12:00:00Z", "200"),
            LifecycleEvent.reEvaluation(ROSSI, Instant.parse("2022-11-20T00:00:00Z")),
            LifecycleEvent.reEvaluation(ROSSI, Instant.parse("2022-12-20T00:00:00Z")),
            LifecycleEvent.reEvaluation(ROSSI, Instant.parse("2023-03-15T00:00:00Z")),
            purchase("t-6", "2025-03-10T11:00:00Z", "180"),
            purchase("t-7", "2025-04-02T11:00:00Z", "180"));
    return LifecycleEngine.of(DefaultLifecycle.definition())
        .replay("rossi", journey.startedAt(), events);
  }

  private static LifecycleEvent purchase(String id, String at, String amount) {
    return LifecycleEvent.purchase(id, ROSSI, Instant.parse(at), Money.of(amount, "EUR"));
  }
}
