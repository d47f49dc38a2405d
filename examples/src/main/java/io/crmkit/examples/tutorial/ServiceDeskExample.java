package io.crmkit.examples.tutorial;

import io.crmkit.core.assignment.AssignmentOutcome;
import io.crmkit.core.assignment.Move;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.calendar.WorkingPeriod;
import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.permission.AccessPolicy;
import io.crmkit.core.permission.Permission;
import io.crmkit.core.permission.RoleHierarchy;
import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.team.Member;
import io.crmkit.core.team.MemberId;
import io.crmkit.core.team.Organisation;
import io.crmkit.core.team.Role;
import io.crmkit.core.team.Team;
import io.crmkit.service.assignment.TicketAssignment;
import io.crmkit.service.sla.EscalationStep;
import io.crmkit.service.sla.Metric;
import io.crmkit.service.sla.SlaAttainment;
import io.crmkit.service.sla.SlaPolicy;
import io.crmkit.service.sla.SlaRule;
import io.crmkit.service.sla.SlaStatus;
import io.crmkit.service.sla.SlaTarget;
import io.crmkit.service.sla.Ticket;
import io.crmkit.service.sla.Tier;
import java.io.PrintStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Tutorial: a shop-support desk (seed 004). Business hours in Shanghai, agents who each look after
 * some shops, tickets assigned by shop — and, when an agent is off duty, to the agents at work —
 * SLAs counted in business time, and who may create or apply tags.
 *
 * @since 0.1
 */
public final class ServiceDeskExample {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private ServiceDeskExample() {}

  public static void main(String[] args) {
    run(System.out);
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
  }

  /** Runs the tutorial, printing to {@code out}. */
  public static void run(PrintStream out) {
    // 1. Business hours: Monday to Saturday 09:00-12:00 and 13:00-18:00, closed for National Day.
    BusinessCalendar desk =
        BusinessCalendar.builder(SHANGHAI)
            .weekdays(WorkingPeriod.of("09:00", "12:00"), WorkingPeriod.of("13:00", "18:00"))
            .hours(
                DayOfWeek.SATURDAY,
                WorkingPeriod.of("09:00", "12:00"),
                WorkingPeriod.of("13:00", "18:00"))
            .holidays(LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)).toList())
            .build();
    out.println(desk);
    Instant lateSaturday = at("2026-09-26T17:00");
    out.println(
        "4 business hours from Sat 17:00: "
            + desk.plusBusinessTime(lateSaturday, Duration.ofHours(4))
                .atZone(SHANGHAI)
                .toLocalDateTime());
    out.println(
        "business time over National Day week: "
            + desk.businessTimeBetween(at("2026-09-30T17:00"), at("2026-10-08T10:00")));

    // 2. The team: a supervisor and three agents, each looking after some shops.
    List<Member> agents =
        List.of(
            Member.builder("li")
                .name("Li Na")
                .roles(Role.AGENT)
                .shops("tmall-1", "tmall-2")
                .capacity(20)
                .build(),
            Member.builder("wang")
                .name("Wang Wei")
                .roles(Role.AGENT)
                .shops("jd-1")
                .capacity(20)
                .build(),
            Member.builder("zhao")
                .name("Zhao Lei")
                .roles(Role.AGENT)
                .shops("pdd-1")
                .capacity(20)
                .build());
    Member zhang = Member.builder("zhang").name("Zhang Min").roles(Role.SUPERVISOR).build();
    Member admin = Member.builder("admin").roles(Role.ADMINISTRATOR).build();
    List<Member> everyone = new ArrayList<>(agents);
    everyone.add(zhang);
    everyone.add(admin);
    Organisation org =
        Organisation.of(
            everyone, List.of(Team.of("desk", "Shop desk", "zhang", "li", "wang", "zhao")));

    // 3. Tickets are assigned by shop; an absent agent's shops go to the agents at work, and back.
    Instant monday = at("2026-09-28T09:30");
    TicketAssignment assignment = TicketAssignment.byShop(agents, Clock.fixed(monday, SHANGHAI));
    List<Ticket> tickets = new ArrayList<>();
    String[] shops = {"tmall-1", "jd-1", "tmall-2", "pdd-1", "tmall-1"};
    for (int i = 0; i < shops.length; i++) {
      Ticket t =
          Ticket.of(
                  ServiceRequest.open(
                      "T" + (i + 1),
                      CustomerId.of("c" + (i + 1)),
                      monday,
                      i == 0 ? Priority.URGENT : Priority.NORMAL),
                  Channel.CHAT,
                  i == 0 ? Tier.of("vip") : Tier.STANDARD)
              .fromShop(shops[i]);
      AssignmentOutcome o = assignment.assign(t);
      out.println(
          t.request().id()
              + " ("
              + shops[i]
              + ") -> "
              + o.assignment().orElseThrow().member()
              + ": "
              + o.explanation());
      tickets.add(t.assignedTo(o.assignment().orElseThrow().member()));
    }
    List<Move> away = assignment.offDuty(MemberId.of("li"));
    away.forEach(m -> out.println("li off duty: " + m));
    out.println("who takes each shop now: " + assignment.coverage());
    List<Move> back = assignment.backOnDuty(MemberId.of("li"));
    out.println("li back: " + back.size() + " tickets returned; coverage " + assignment.coverage());

    // 4. SLAs in business time: VIP urgent tickets answered in 15 minutes and solved in 2 hours.
    SlaPolicy sla =
        SlaPolicy.builder(desk, SlaTarget.of(Duration.ofHours(2), Duration.ofHours(16)))
            .target(Priority.URGENT, Duration.ofMinutes(30), Duration.ofHours(4))
            .rule(
                SlaRule.forPriority(
                        Priority.URGENT, SlaTarget.of(Duration.ofMinutes(15), Duration.ofHours(2)))
                    .forTier(Tier.of("vip")))
            .escalation(EscalationStep.at(Metric.RESOLUTION, 75, "warn the agent"))
            .escalation(EscalationStep.at(Metric.RESOLUTION, 100, "notify the supervisor"))
            .build();
    Ticket urgent =
        tickets
            .get(0)
            .respond(at("2026-09-28T09:40"))
            .waitingOnCustomer(at("2026-09-28T10:00"))
            .customerReplied(at("2026-09-28T13:30"));
    SlaStatus status = sla.evaluate(urgent, at("2026-09-28T14:45"));
    out.println(
        "T1 at 14:45: "
            + status.firstResponse().state()
            + " first response; resolution "
            + status.resolution().state()
            + ", "
            + status.resolution().elapsed()
            + " of "
            + status.resolution().target()
            + " used (paused while waiting on the customer), escalations "
            + status.escalations());
    tickets.set(0, urgent.resolve(at("2026-09-28T15:00")));
    for (int i = 1; i < tickets.size(); i++) {
      tickets.set(i, tickets.get(i).respond(monday.plus(Duration.ofMinutes(20L * i))));
    }
    SlaAttainment.byAgent(sla, tickets, at("2026-09-30T18:00"))
        .forEach((agent, a) -> out.println("attainment " + agent + ": " + a));

    // 5. Permissions, deny by default: only administrators create tags, agents apply them.
    AccessPolicy access =
        AccessPolicy.builder(RoleHierarchy.standard(), org)
            .grant(Role.ADMINISTRATOR, Permission.of("tag", Permission.CREATE))
            .grant(Role.AGENT, Permission.of("tag", "apply"))
            .visibilityByRoleHierarchy()
            .build();
    out.println(access.check(agents.get(0), Permission.of("tag", Permission.CREATE)));
    out.println(access.check(agents.get(0), Permission.of("tag", "apply")));
    out.println(access.check(admin, Permission.of("tag", Permission.CREATE)));
    out.println("zhang sees li's tickets: " + access.canSee(zhang, MemberId.of("li")));
    out.println("wang sees li's tickets: " + access.canSee(agents.get(1), MemberId.of("li")));
  }
}
