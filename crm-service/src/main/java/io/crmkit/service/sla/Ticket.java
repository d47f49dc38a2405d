package io.crmkit.service.sla;

import io.crmkit.core.assignment.ItemId;
import io.crmkit.core.assignment.WorkItem;
import io.crmkit.core.customer.Channel;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.team.AttributeKey;
import io.crmkit.core.team.MemberId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A ticket as the service pillar sees it: crm-core's {@link ServiceRequest} (opened, first
 * response, resolution, priority, status) plus the channel it came in on, the customer's tier, its
 * routing attributes (shop, language, product …), the agent holding it and the pauses while it
 * waited on the customer.
 *
 * <p>Pauses are in order, do not overlap, start no earlier than the opening, and only the last may
 * still be open.
 *
 * @since 0.1
 */
public final class Ticket {

  private final ServiceRequest request;
  private final Channel channel;
  private final Tier tier;
  private final SortedMap<AttributeKey, String> attributes;
  private final Optional<MemberId> agent;
  private final List<Pause> pauses;

  /**
   * A ticket.
   *
   * @throws IllegalArgumentException if the pauses are out of order, overlap, start before the
   *     opening, or one but the last is still open
   */
  private Ticket(
      ServiceRequest request,
      Channel channel,
      Tier tier,
      SortedMap<AttributeKey, String> attributes,
      Optional<MemberId> agent,
      List<Pause> pauses) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(channel, "channel of ticket " + request.id() + " must not be null");
    Objects.requireNonNull(tier, "tier of ticket " + request.id() + " must not be null");
    attributes =
        Collections.unmodifiableSortedMap(
            new TreeMap<>(
                Objects.requireNonNull(
                    attributes, "attributes of ticket " + request.id() + " must not be null")));
    Objects.requireNonNull(
        agent, "agent of ticket " + request.id() + " must not be null (use Optional.empty())");
    pauses =
        List.copyOf(
            Objects.requireNonNull(
                pauses, "pauses of ticket " + request.id() + " must not be null"));
    Instant cursor = request.openedAt();
    for (int i = 0; i < pauses.size(); i++) {
      Pause p = pauses.get(i);
      if (p.from().isBefore(cursor)) {
        throw new IllegalArgumentException(
            "pause "
                + p
                + " of ticket "
                + request.id()
                + " must not start before "
                + cursor
                + " (the opening or the end of the previous pause)");
      }
      if (!p.isOver() && i < pauses.size() - 1) {
        throw new IllegalArgumentException(
            "pause "
                + p
                + " of ticket "
                + request.id()
                + " must be over before the next one starts");
      }
      cursor = p.until().orElse(p.from());
    }
    this.request = request;
    this.channel = channel;
    this.tier = tier;
    this.attributes = attributes;
    this.agent = agent;
    this.pauses = pauses;
  }

  /** The service request. */
  public ServiceRequest request() {
    return request;
  }

  /** The channel it came in on. */
  public Channel channel() {
    return channel;
  }

  /** The customer's tier. */
  public Tier tier() {
    return tier;
  }

  /** Routing attributes, one value per key. */
  public SortedMap<AttributeKey, String> attributes() {
    return attributes;
  }

  /** The agent holding the ticket, empty while unassigned. */
  public Optional<MemberId> agent() {
    return agent;
  }

  /** The stretches spent waiting on the customer, in order. */
  public List<Pause> pauses() {
    return pauses;
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Ticket that
        && request.equals(that.request)
        && channel.equals(that.channel)
        && tier.equals(that.tier)
        && attributes.equals(that.attributes)
        && agent.equals(that.agent)
        && pauses.equals(that.pauses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(request, channel, tier, attributes, agent, pauses);
  }

  /**
   * A ticket for {@code request} from {@code channel} of a customer of {@code tier}, unassigned,
   * never paused.
   */
  public static Ticket of(ServiceRequest request, Channel channel, Tier tier) {
    return new Ticket(request, channel, tier, new TreeMap<>(), Optional.empty(), List.of());
  }

  /** The ticket's id, as an assignment item id. */
  public ItemId id() {
    return ItemId.of(request.id());
  }

  /** The shop the ticket came from, if known. */
  public Optional<String> shop() {
    return Optional.ofNullable(attributes.get(AttributeKey.SHOP));
  }

  /** This ticket with {@code value} for {@code key}. */
  public Ticket withAttribute(AttributeKey key, String value) {
    TreeMap<AttributeKey, String> more = new TreeMap<>(attributes);
    more.put(key, value);
    return new Ticket(request, channel, tier, more, agent, pauses);
  }

  /** This ticket from shop {@code shop}. */
  public Ticket fromShop(String shop) {
    return withAttribute(AttributeKey.SHOP, shop);
  }

  /** This ticket held by {@code member}. */
  public Ticket assignedTo(MemberId member) {
    return new Ticket(
        request,
        channel,
        tier,
        attributes,
        Optional.of(Objects.requireNonNull(member, "agent must not be null")),
        pauses);
  }

  /** This ticket no longer held by anyone. */
  public Ticket unassigned() {
    return new Ticket(request, channel, tier, attributes, Optional.empty(), pauses);
  }

  /** This ticket first answered at {@code when}. */
  public Ticket respond(Instant when) {
    return new Ticket(request.respond(when), channel, tier, attributes, agent, pauses);
  }

  /** This ticket resolved at {@code when} (an open pause ends then). */
  public Ticket resolve(Instant when) {
    Ticket t = isWaitingOnCustomer() ? customerReplied(when) : this;
    return new Ticket(request.resolve(when), channel, tier, attributes, agent, t.pauses);
  }

  /** This ticket waiting on the customer from {@code when}: the resolution clock stops. */
  public Ticket waitingOnCustomer(Instant when) {
    if (isWaitingOnCustomer()) {
      throw new IllegalStateException(
          "ticket "
              + request.id()
              + " is already waiting on the customer since "
              + pauses.get(pauses.size() - 1).from());
    }
    List<Pause> more = new ArrayList<>(pauses);
    more.add(Pause.open(when));
    return new Ticket(request, channel, tier, attributes, agent, more);
  }

  /** This ticket after the customer replied at {@code when}: the resolution clock runs again. */
  public Ticket customerReplied(Instant when) {
    if (!isWaitingOnCustomer()) {
      throw new IllegalStateException("ticket " + request.id() + " is not waiting on the customer");
    }
    List<Pause> more = new ArrayList<>(pauses);
    Pause last = more.remove(more.size() - 1);
    more.add(Pause.between(last.from(), when));
    return new Ticket(request, channel, tier, attributes, agent, more);
  }

  /** Whether the last pause is still open. */
  public boolean isWaitingOnCustomer() {
    return !pauses.isEmpty() && !pauses.get(pauses.size() - 1).isOver();
  }

  /** The ticket as an item for the assignment engine (id, customer, attributes). */
  public WorkItem toWorkItem() {
    WorkItem.Builder b = WorkItem.builder(id()).customer(request.customerId());
    attributes.forEach(b::attribute);
    return b.build();
  }

  /**
   * For example {@code "Ticket[t-1 of 42, HIGH, OPEN, CHAT, gold, shop=s1, agent ana, 1 pause]"}.
   */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("Ticket[")
            .append(request.id())
            .append(" of ")
            .append(request.customerId())
            .append(", ")
            .append(request.priority())
            .append(", ")
            .append(request.status())
            .append(", ")
            .append(channel)
            .append(", ")
            .append(tier);
    attributes.forEach((k, v) -> sb.append(", ").append(k).append('=').append(v));
    agent.ifPresent(a -> sb.append(", agent ").append(a));
    if (!pauses.isEmpty()) {
      sb.append(", ").append(pauses.size()).append(pauses.size() == 1 ? " pause" : " pauses");
    }
    return sb.append(']').toString();
  }
}
