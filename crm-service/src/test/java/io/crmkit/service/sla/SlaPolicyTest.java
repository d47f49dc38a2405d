package io.crmkit.service.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final BusinessCalendar OFFICE =
      BusinessCalendar.weekdays(BERLIN, "09:00", "17:00");
  private static final Tier GOLD = Tier.of("gold");
  private static final SlaPolicy SLA =
      SlaPolicy.builder(OFFICE, SlaTarget.of(Duration.ofHours(8), Duration.ofHours(40)))
          .target(Priority.HIGH, Duration.ofHours(2), Duration.ofHours(8))
          .rule(
              SlaRule.forPriority(
                      Priority.HIGH, SlaTarget.of(Duration.ofMinutes(30), Duration.ofHours(4)))
                  .forTier(GOLD))
          .rule(
              SlaRule.any(SlaTarget.of(Duration.ofHours(1), Duration.ofHours(16)))
                  .onChannel(Channel.CHAT))
          .escalation(EscalationStep.at(Metric.RESOLUTION, 75, "warn agent"))
          .escalation(EscalationStep.at(Metric.RESOLUTION, 100, "notify supervisor"))
          .escalation(EscalationStep.at(Metric.FIRST_RESPONSE, 100, "page the team"))
          .build();

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
  }

  private static Ticket ticket(Priority p, Channel c, Tier tier, String openedAt) {
    return Ticket.of(ServiceRequest.open("t-1", CustomerId.of("42"), at(openedAt), p), c, tier);
  }

  @Test
  void the_most_specific_rule_applies() {
    assertThat(
            SLA.ruleFor(ticket(Priority.HIGH, Channel.EMAIL, GOLD, "2026-03-02T10:00"))
                .target()
                .firstResponse())
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(
            SLA.ruleFor(ticket(Priority.HIGH, Channel.EMAIL, Tier.STANDARD, "2026-03-02T10:00"))
                .target()
                .firstResponse())
        .isEqualTo(Duration.ofHours(2));
    assertThat(
            SLA.ruleFor(ticket(Priority.LOW, Channel.CHAT, Tier.STANDARD, "2026-03-02T10:00"))
                .target()
                .firstResponse())
        .isEqualTo(Duration.ofHours(1));
    assertThat(
            SLA.ruleFor(ticket(Priority.LOW, Channel.EMAIL, Tier.STANDARD, "2026-03-02T10:00"))
                .target()
                .firstResponse())
        .isEqualTo(Duration.ofHours(8));
  }

  @Test
  void a_ticket_opened_friday_afternoon_is_due_monday_in_business_time() {
    Ticket t = ticket(Priority.HIGH, Channel.EMAIL, Tier.STANDARD, "2026-03-06T16:00");
    SlaStatus s = SLA.evaluate(t, at("2026-03-06T16:30"));
    assertThat(s.firstResponse().state()).isEqualTo(MetricStatus.State.RUNNING);
    assertThat(s.firstResponse().due()).contains(at("2026-03-09T10:00"));
    assertThat(s.firstResponse().timeToBreach()).contains(Duration.ofMinutes(90));
    assertThat(s.resolution().due()).contains(at("2026-03-09T16:00"));
    // over the weekend nothing elapses
    assertThat(SLA.evaluate(t, at("2026-03-08T12:00")).firstResponse().elapsed())
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void waiting_on_the_customer_stops_the_resolution_clock_but_not_the_first_response() {
    Ticket t =
        ticket(Priority.HIGH, Channel.EMAIL, Tier.STANDARD, "2026-03-02T09:00")
            .respond(at("2026-03-02T10:00"))
            .waitingOnCustomer(at("2026-03-02T11:00"));
    SlaStatus waiting = SLA.evaluate(t, at("2026-03-03T15:00"));
    assertThat(waiting.resolution().state()).isEqualTo(MetricStatus.State.PAUSED);
    assertThat(waiting.resolution().elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(waiting.resolution().timeToBreach()).contains(Duration.ofHours(6));
    assertThat(waiting.resolution().due()).isEmpty();
    Ticket replied = t.customerReplied(at("2026-03-04T09:00"));
    SlaStatus back = SLA.evaluate(replied, at("2026-03-04T10:00"));
    assertThat(back.resolution().elapsed()).isEqualTo(Duration.ofHours(3));
    assertThat(back.resolution().due()).contains(at("2026-03-04T15:00"));
    assertThat(back.firstResponse().state()).isEqualTo(MetricStatus.State.MET);
  }

  @Test
  void a_breach_is_detected_with_its_instant_and_the_escalations_due() {
    Ticket t = ticket(Priority.HIGH, Channel.EMAIL, Tier.STANDARD, "2026-03-02T09:00");
    SlaStatus late = SLA.evaluate(t, at("2026-03-03T12:00"));
    assertThat(late.firstResponse().state()).isEqualTo(MetricStatus.State.BREACHED);
    assertThat(late.firstResponse().due()).contains(at("2026-03-02T11:00"));
    assertThat(late.firstResponse().overdue()).isEqualTo(Duration.ofHours(9));
    assertThat(late.resolution().state()).isEqualTo(MetricStatus.State.BREACHED);
    assertThat(late.resolution().due()).contains(at("2026-03-02T17:00"));
    assertThat(late.escalations())
        .extracting(EscalationStep::action)
        .containsExactly("warn agent", "notify supervisor", "page the team");
    SlaStatus early = SLA.evaluate(t, at("2026-03-02T15:00"));
    assertThat(early.escalations())
        .extracting(EscalationStep::action)
        .containsExactly("warn agent", "page the team");
    assertThat(SLA.breaches(java.util.List.of(t), at("2026-03-02T10:00"))).isEmpty();
    assertThat(SLA.atRisk(java.util.List.of(t), at("2026-03-02T10:00"), Duration.ofHours(1)))
        .hasSize(1);
  }

  @Test
  void a_late_answer_is_missed_and_an_answer_in_time_met() {
    Ticket t =
        ticket(Priority.HIGH, Channel.EMAIL, Tier.STANDARD, "2026-03-02T16:00")
            .respond(at("2026-03-03T10:30"));
    SlaStatus s = SLA.evaluate(t, at("2026-03-04T09:00"));
    assertThat(s.firstResponse().state()).isEqualTo(MetricStatus.State.MISSED);
    assertThat(s.firstResponse().elapsed()).isEqualTo(Duration.ofMinutes(150));
    assertThat(s.firstResponse().due()).contains(at("2026-03-03T10:00"));
    Ticket resolved = t.resolve(at("2026-03-03T15:00"));
    assertThat(SLA.evaluate(resolved, at("2026-03-04T09:00")).resolution().state())
        .isEqualTo(MetricStatus.State.MET);
    // seen as of before the response, the same ticket was still running
    assertThat(SLA.evaluate(resolved, at("2026-03-02T16:30")).firstResponse().state())
        .isEqualTo(MetricStatus.State.RUNNING);
  }

  @Test
  void pauses_must_be_in_order() {
    Ticket t =
        ticket(Priority.HIGH, Channel.EMAIL, Tier.STANDARD, "2026-03-02T09:00")
            .waitingOnCustomer(at("2026-03-02T10:00"));
    assertThatThrownBy(() -> t.waitingOnCustomer(at("2026-03-02T11:00")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already waiting");
    assertThatThrownBy(
            () ->
                ticket(Priority.HIGH, Channel.EMAIL, Tier.STANDARD, "2026-03-02T09:00")
                    .waitingOnCustomer(at("2026-03-02T08:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not start before");
  }

  @Test
  void statuses_print_readably() {
    Ticket t = ticket(Priority.HIGH, Channel.EMAIL, GOLD, "2026-03-02T09:00").fromShop("s1");
    assertThat(t).hasToString("Ticket[t-1 of 42, HIGH, OPEN, EMAIL, gold, shop=s1]");
    assertThat(SLA.evaluate(t, at("2026-03-02T09:10")).firstResponse())
        .hasToString("FIRST_RESPONSE RUNNING PT10M of PT30M, due 2026-03-02T08:30:00Z");
  }
}
