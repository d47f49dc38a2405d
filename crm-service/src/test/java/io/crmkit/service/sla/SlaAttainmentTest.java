package io.crmkit.service.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.team.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlaAttainmentTest {

  private static final SlaPolicy SLA =
      SlaPolicy.builder(
              BusinessCalendar.weekdays(ZoneOffset.UTC, "09:00", "17:00"),
              SlaTarget.of(Duration.ofHours(1), Duration.ofHours(8)))
          .build();
  private static final Instant MON = Instant.parse("2026-03-02T09:00:00Z");

  private static Ticket ticket(
      String id,
      String agent,
      Channel c,
      Instant opened,
      long respondMinutes,
      long resolveMinutes) {
    Ticket t =
        Ticket.of(
                ServiceRequest.open(id, CustomerId.of("c" + id), opened, Priority.NORMAL),
                c,
                Tier.STANDARD)
            .assignedTo(MemberId.of(agent));
    if (respondMinutes >= 0) {
      t = t.respond(opened.plusSeconds(60 * respondMinutes));
    }
    if (resolveMinutes >= 0) {
      t = t.resolve(opened.plusSeconds(60 * resolveMinutes));
    }
    return t;
  }

  private static final List<Ticket> TICKETS =
      List.of(
          ticket("1", "ana", Channel.EMAIL, MON, 30, 120), // met, met
          ticket(
              "2",
              "ana",
              Channel.CHAT,
              MON,
              90,
              1500), // missed, missed (Tuesday 10:00: 9 business hours)
          ticket("3", "ben", Channel.EMAIL, MON, 10, -1), // met, open
          ticket(
              "4",
              "ben",
              Channel.EMAIL,
              MON.plusSeconds(86_400 * 30),
              -1,
              -1)); // April: open, not yet due

  @Test
  void attainment_per_agent_counts_met_and_missed_targets() {
    Instant asOf = MON.plusSeconds(86_400 * 30 + 600);
    Map<String, Attainment> byAgent = SlaAttainment.byAgent(SLA, TICKETS, asOf);
    Attainment ana = byAgent.get("ana");
    assertThat(ana.firstResponseMet()).isEqualTo(1);
    assertThat(ana.firstResponseMissed()).isEqualTo(1);
    assertThat(ana.resolutionRate()).hasValue(50.0);
    assertThat(ana.firstResponseTimes().median()).contains(Duration.ofMinutes(60));
    Attainment ben = byAgent.get("ben");
    assertThat(ben.tickets()).isEqualTo(2);
    assertThat(ben.firstResponseRate()).hasValue(100.0);
    // ticket 3 is long overdue for its resolution: missed though open
    assertThat(ben.resolutionMissed()).isEqualTo(1);
    assertThat(ben.resolutionTimes().count()).isZero();
  }

  @Test
  void attainment_per_channel_and_month() {
    Instant asOf = MON.plusSeconds(86_400 * 30 + 600);
    assertThat(SlaAttainment.byChannel(SLA, TICKETS, asOf).keySet())
        .containsExactly(Channel.EMAIL, Channel.CHAT);
    Map<YearMonth, Attainment> months = SlaAttainment.byMonth(SLA, TICKETS, asOf, ZoneOffset.UTC);
    assertThat(months.keySet()).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4));
    assertThat(months.get(YearMonth.of(2026, 4)).firstResponseRate()).isEmpty();
    assertThat(SlaAttainment.overall(SLA, TICKETS, asOf))
        .hasToString(
            "Attainment[4 tickets, first response 2/3 (66.7%), resolution 1/3 (33.3%), median resolution PT5H30M]");
  }
}
