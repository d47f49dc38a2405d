package io.crmkit.service.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.assignment.AssignmentOutcome;
import io.crmkit.core.assignment.Move;
import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.service.sla.Ticket;
import io.crmkit.service.sla.Tier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed 004: tickets are assigned by shop to agents; an absent agent's shops go to the agents at
 * work.
 */
class TicketAssignmentTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final MemberId ANA = MemberId.of("ana");
  private static final MemberId BEN = MemberId.of("ben");
  private static final MemberId CEM = MemberId.of("cem");

  private static Ticket ticket(String id, String customer, String shop) {
    return Ticket.of(
            ServiceRequest.open(id, CustomerId.of(customer), NOW, Priority.NORMAL),
            Channel.CHAT,
            Tier.STANDARD)
        .fromShop(shop);
  }

  private static TicketAssignment desk() {
    return TicketAssignment.byShop(
        List.of(
            Member.builder("ana").shops("north", "east").capacity(10).build(),
            Member.builder("ben").shops("south").capacity(10).build(),
            Member.builder("cem").shops("west").capacity(10).build()),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void tickets_go_to_the_agent_of_their_shop() {
    TicketAssignment desk = desk();
    AssignmentOutcome o = desk.assign(ticket("t1", "c1", "north"));
    assertThat(o.assignment().orElseThrow().member()).isEqualTo(ANA);
    assertThat(o.explanation()).isEqualTo("rule 1: shop=north; least loaded of 1");
    assertThat(desk.assigned(ticket("t2", "c2", "south")).agent()).contains(BEN);
  }

  @Test
  void an_absent_agents_shops_go_to_the_agents_at_work_and_come_back_with_the_agent() {
    TicketAssignment desk = desk();
    desk.assign(ticket("t1", "c1", "north"));
    desk.assign(ticket("t2", "c2", "east"));
    desk.assign(ticket("t3", "c3", "south"));

    List<Move> away = desk.offDuty(ANA);
    assertThat(away)
        .extracting(Move::item)
        .extracting(Object::toString)
        .containsExactly("t1", "t2");
    assertThat(away)
        .extracting(Move::to)
        .containsExactly(
            CEM, BEN); // cem had none, then ben and cem tie at 1: ben picked less recently
    assertThat(desk.coverage())
        .containsEntry("north", List.of(BEN, CEM))
        .containsEntry("east", List.of(BEN, CEM))
        .containsEntry("south", List.of(BEN))
        .containsEntry("west", List.of(CEM));
    AssignmentOutcome meanwhile = desk.assign(ticket("t4", "c4", "north"));
    assertThat(meanwhile.explanation()).isEqualTo("rule 2: anyone; least loaded of 2");

    List<Move> back = desk.backOnDuty(ANA);
    assertThat(back).extracting(Move::to).containsOnly(ANA);
    assertThat(back)
        .extracting(Move::item)
        .extracting(Object::toString)
        .containsExactly("t1", "t2");
    assertThat(desk.coverage()).containsEntry("north", List.of(ANA));
    assertThat(desk.assign(ticket("t5", "c5", "east")).assignment().orElseThrow().member())
        .isEqualTo(ANA);
  }

  @Test
  void a_returning_customer_keeps_their_agent_and_done_tickets_free_capacity() {
    TicketAssignment desk = desk();
    Ticket first = desk.assigned(ticket("t1", "c1", "west"));
    assertThat(first.agent()).contains(CEM);
    AssignmentOutcome again = desk.assign(ticket("t2", "c1", "north"));
    assertThat(again.explanation()).isEqualTo("sticky owner cem of returning customer c1");
    assertThat(desk.done(first)).isTrue();
    assertThat(desk.engine().load(CEM)).isEqualTo(1);
  }
}
