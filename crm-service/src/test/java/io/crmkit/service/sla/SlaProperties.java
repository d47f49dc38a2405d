package io.crmkit.service.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Invariants of SLA evaluation on random tickets with random pauses. */
class SlaProperties {

  private static final BusinessCalendar CAL =
      BusinessCalendar.weekdays(ZoneId.of("America/New_York"), "08:00", "18:00");
  private static final SlaPolicy SLA =
      SlaPolicy.builder(CAL, SlaTarget.of(Duration.ofHours(4), Duration.ofHours(30))).build();
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  private static Ticket ticket(long openMinutes, List<Integer> pauseMinutes) {
    Instant opened = T0.plusSeconds(openMinutes * 60);
    Ticket t =
        Ticket.of(
            ServiceRequest.open("t", CustomerId.of("1"), opened, Priority.NORMAL),
            Channel.EMAIL,
            Tier.STANDARD);
    Instant cursor = opened;
    for (int i = 0; i + 1 < pauseMinutes.size(); i += 2) {
      Instant from = cursor.plusSeconds(60L * pauseMinutes.get(i));
      Instant to = from.plusSeconds(60L * pauseMinutes.get(i + 1));
      t = t.waitingOnCustomer(from).customerReplied(to);
      cursor = to;
    }
    return t;
  }

  @Property(tries = 300)
  void elapsed_plus_time_to_breach_is_the_target_and_the_due_instant_uses_it_exactly(
      @ForAll @LongRange(min = 0, max = 60L * 24 * 30) long openMinutes,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 3000) Integer> pauses,
      @ForAll @LongRange(min = 0, max = 60L * 24 * 20) long afterMinutes) {
    Ticket t = ticket(openMinutes, pauses);
    Instant asOf = t.request().openedAt().plusSeconds(afterMinutes * 60);
    MetricStatus r = SLA.evaluate(t, asOf).resolution();
    if (r.timeToBreach().isPresent()) {
      assertThat(r.elapsed().plus(r.timeToBreach().get())).isEqualTo(r.target());
    }
    boolean noPauseAhead =
        t.pauses().isEmpty()
            || !t.pauses().get(t.pauses().size() - 1).until().orElseThrow().isAfter(asOf);
    // the projected deadline of a running ticket assumes no pause after asOf
    if ((r.state() == MetricStatus.State.RUNNING && noPauseAhead)
        || r.state() == MetricStatus.State.BREACHED) {
      Instant due = r.due().orElseThrow();
      MetricStatus atDue = SLA.evaluate(t, due).resolution();
      assertThat(atDue.elapsed()).isEqualTo(r.target());
      assertThat(atDue.isBreached()).isFalse();
    }
  }

  @Property(tries = 300)
  void business_time_used_grows_with_time_and_pauses_never_add_any(
      @ForAll @LongRange(min = 0, max = 60L * 24 * 30) long openMinutes,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 3000) Integer> pauses,
      @ForAll @LongRange(min = 0, max = 60L * 24 * 20) long a,
      @ForAll @LongRange(min = 0, max = 60L * 24 * 20) long b) {
    Ticket paused = ticket(openMinutes, pauses);
    Ticket plain = ticket(openMinutes, List.of());
    Instant opened = paused.request().openedAt();
    Instant early = opened.plusSeconds(60 * Math.min(a, b));
    Instant late = opened.plusSeconds(60 * Math.max(a, b));
    assertThat(SLA.evaluate(paused, early).resolution().elapsed())
        .isLessThanOrEqualTo(SLA.evaluate(paused, late).resolution().elapsed());
    assertThat(SLA.evaluate(paused, late).resolution().elapsed())
        .isLessThanOrEqualTo(SLA.evaluate(plain, late).resolution().elapsed());
    assertThat(SLA.evaluate(plain, late).resolution().elapsed())
        .isEqualTo(CAL.businessTimeBetween(opened, late));
  }
}
