package io.crmkit.core.service;

import io.crmkit.core.customer.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A service request (a ticket) of a customer: when it was opened, first answered and resolved, its
 * {@link Priority} and {@link Status}.
 *
 * <p>Invariants: the first response and the resolution are never before the opening, and the
 * resolution never before the first response; a {@link Status#RESOLVED} request has a resolution
 * instant, an open one ({@link Status#OPEN}, {@link Status#IN_PROGRESS}) has none; a {@link
 * Status#CLOSED} request may have one or not (closed without being solved).
 *
 * <p>{@link #responseTime()} and {@link #resolutionTime()} are measured from the opening; {@link
 * ServiceTimes} aggregates them over many requests.
 *
 * <p>Open one with {@link #open} and move it on with {@link #respond}, {@link #resolve} and {@link
 * #close()}, or give every part with {@link #builder}:
 *
 * <pre>{@code
 * ServiceRequest r = ServiceRequest.builder("t-1", customer, opened, Priority.HIGH)
 *     .firstResponseAt(answered).resolvedAt(solved).status(Status.RESOLVED).build();
 * }</pre>
 *
 * @since 0.1
 */
public final class ServiceRequest {

  private final String id;
  private final CustomerId customerId;
  private final Instant openedAt;
  private final Optional<Instant> firstResponseAt;
  private final Optional<Instant> resolvedAt;
  private final Priority priority;
  private final Status status;

  /**
   * Checks every component: none null, the id not blank, and first response and resolution (when
   * present) not before the opening nor the resolution before the first response.
   */
  private ServiceRequest(
      String id,
      CustomerId customerId,
      Instant openedAt,
      Optional<Instant> firstResponseAt,
      Optional<Instant> resolvedAt,
      Priority priority,
      Status status) {
    Objects.requireNonNull(id, "service request id must not be null");
    if (id.isBlank()) {
      throw new IllegalArgumentException(
          "service request id must not be blank but was: '" + id + "'");
    }
    Objects.requireNonNull(customerId, "customerId of service request " + id + " must not be null");
    Objects.requireNonNull(openedAt, "openedAt of service request " + id + " must not be null");
    Objects.requireNonNull(
        firstResponseAt,
        "firstResponseAt of service request " + id + " must not be null (use Optional.empty())");
    Objects.requireNonNull(
        resolvedAt,
        "resolvedAt of service request " + id + " must not be null (use Optional.empty())");
    Objects.requireNonNull(priority, "priority of service request " + id + " must not be null");
    Objects.requireNonNull(status, "status of service request " + id + " must not be null");
    if (firstResponseAt.isPresent() && firstResponseAt.get().isBefore(openedAt)) {
      throw new IllegalArgumentException(
          "firstResponseAt of service request "
              + id
              + " must not be before openedAt "
              + openedAt
              + " but was: "
              + firstResponseAt.get());
    }
    if (resolvedAt.isPresent() && resolvedAt.get().isBefore(openedAt)) {
      throw new IllegalArgumentException(
          "resolvedAt of service request "
              + id
              + " must not be before openedAt "
              + openedAt
              + " but was: "
              + resolvedAt.get());
    }
    if (resolvedAt.isPresent()
        && firstResponseAt.isPresent()
        && resolvedAt.get().isBefore(firstResponseAt.get())) {
      throw new IllegalArgumentException(
          "resolvedAt of service request "
              + id
              + " must not be before firstResponseAt "
              + firstResponseAt.get()
              + " but was: "
              + resolvedAt.get());
    }
    if (status == Status.RESOLVED && resolvedAt.isEmpty()) {
      throw new IllegalArgumentException(
          "service request " + id + " with status RESOLVED must have resolvedAt");
    }
    if (status.isOpen() && resolvedAt.isPresent()) {
      throw new IllegalArgumentException(
          "service request "
              + id
              + " with status "
              + status
              + " must not have resolvedAt but was: "
              + resolvedAt.get());
    }
    this.id = id;
    this.customerId = customerId;
    this.openedAt = openedAt;
    this.firstResponseAt = firstResponseAt;
    this.resolvedAt = resolvedAt;
    this.priority = priority;
    this.status = status;
  }

  /**
   * A builder of the request {@code id} of {@code customerId} opened at {@code openedAt}; status
   * {@link Status#OPEN}, no response and no resolution until set.
   */
  public static Builder builder(
      String id, CustomerId customerId, Instant openedAt, Priority priority) {
    return new Builder(id, customerId, openedAt, priority);
  }

  /** The request's id, never blank. */
  public String id() {
    return id;
  }

  /** The customer who opened the request. */
  public CustomerId customerId() {
    return customerId;
  }

  /** When the request was opened. */
  public Instant openedAt() {
    return openedAt;
  }

  /** When the request was first answered, empty when not yet. */
  public Optional<Instant> firstResponseAt() {
    return firstResponseAt;
  }

  /** When the request was resolved, empty when not resolved. */
  public Optional<Instant> resolvedAt() {
    return resolvedAt;
  }

  /** The request's priority. */
  public Priority priority() {
    return priority;
  }

  /** The request's status. */
  public Status status() {
    return status;
  }

  /** This request of another customer (for example after a merge of duplicates). */
  public ServiceRequest withCustomerId(CustomerId customer) {
    return new ServiceRequest(
        id, customer, openedAt, firstResponseAt, resolvedAt, priority, status);
  }

  /** A new request with status {@link Status#OPEN}, not yet answered. */
  public static ServiceRequest open(
      String id, CustomerId customerId, Instant openedAt, Priority priority) {
    return new ServiceRequest(
        id, customerId, openedAt, Optional.empty(), Optional.empty(), priority, Status.OPEN);
  }

  /**
   * This request first answered at {@code when}; an {@link Status#OPEN} request moves to {@link
   * Status#IN_PROGRESS}.
   *
   * @throws IllegalStateException if the request was already answered
   */
  public ServiceRequest respond(Instant when) {
    Objects.requireNonNull(when, "first response instant must not be null");
    if (firstResponseAt.isPresent()) {
      throw new IllegalStateException(
          "service request " + id + " was already answered at " + firstResponseAt.get());
    }
    return new ServiceRequest(
        id,
        customerId,
        openedAt,
        Optional.of(when),
        resolvedAt,
        priority,
        status == Status.OPEN ? Status.IN_PROGRESS : status);
  }

  /**
   * This request resolved at {@code when}, status {@link Status#RESOLVED}.
   *
   * @throws IllegalStateException if the request is no longer open
   */
  public ServiceRequest resolve(Instant when) {
    Objects.requireNonNull(when, "resolution instant must not be null");
    if (!status.isOpen()) {
      throw new IllegalStateException(
          "service request " + id + " is " + status + " and can no longer be resolved");
    }
    return new ServiceRequest(
        id, customerId, openedAt, firstResponseAt, Optional.of(when), priority, Status.RESOLVED);
  }

  /** This request closed: status {@link Status#CLOSED}, keeping any resolution instant. */
  public ServiceRequest close() {
    return new ServiceRequest(
        id, customerId, openedAt, firstResponseAt, resolvedAt, priority, Status.CLOSED);
  }

  /** Time from opening to the first response, empty when not answered yet. */
  public Optional<Duration> responseTime() {
    return firstResponseAt.map(t -> Duration.between(openedAt, t));
  }

  /** Time from opening to resolution, empty when not resolved. */
  public Optional<Duration> resolutionTime() {
    return resolvedAt.map(t -> Duration.between(openedAt, t));
  }

  /** Whether the request still awaits handling (status OPEN or IN_PROGRESS). */
  public boolean isOpen() {
    return status.isOpen();
  }

  /** Equal when every component is equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ServiceRequest r
        && id.equals(r.id)
        && customerId.equals(r.customerId)
        && openedAt.equals(r.openedAt)
        && firstResponseAt.equals(r.firstResponseAt)
        && resolvedAt.equals(r.resolvedAt)
        && priority == r.priority
        && status == r.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, customerId, openedAt, firstResponseAt, resolvedAt, priority, status);
  }

  /**
   * For example {@code "ServiceRequest[t-1 of 42, HIGH, RESOLVED, opened ..., responded after PT1H,
   * resolved after PT5H]"}.
   */
  @Override
  public String toString() {
    return "ServiceRequest["
        + id
        + " of "
        + customerId
        + ", "
        + priority
        + ", "
        + status
        + ", opened "
        + openedAt
        + responseTime().map(d -> ", responded after " + d).orElse("")
        + resolutionTime().map(d -> ", resolved after " + d).orElse("")
        + "]";
  }

  /**
   * Collects the parts of a {@link ServiceRequest}; {@link #build()} checks them. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String id;
    private final CustomerId customerId;
    private final Instant openedAt;
    private final Priority priority;
    private Optional<Instant> firstResponseAt = Optional.empty();
    private Optional<Instant> resolvedAt = Optional.empty();
    private Status status = Status.OPEN;

    private Builder(String id, CustomerId customerId, Instant openedAt, Priority priority) {
      this.id = id;
      this.customerId = customerId;
      this.openedAt = openedAt;
      this.priority = priority;
    }

    /** When the request was first answered (not before the opening). */
    public Builder firstResponseAt(Instant when) {
      this.firstResponseAt =
          Optional.of(
              Objects.requireNonNull(
                  when, "firstResponseAt of service request " + id + " must not be null"));
      return this;
    }

    /** When the request was resolved (not before the opening nor the first response). */
    public Builder resolvedAt(Instant when) {
      this.resolvedAt =
          Optional.of(
              Objects.requireNonNull(
                  when, "resolvedAt of service request " + id + " must not be null"));
      return this;
    }

    /** The status; {@link Status#OPEN} by default. */
    public Builder status(Status value) {
      this.status =
          Objects.requireNonNull(value, "status of service request " + id + " must not be null");
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalArgumentException if the instants are out of order or do not fit the status
     */
    public ServiceRequest build() {
      return new ServiceRequest(
          id, customerId, openedAt, firstResponseAt, resolvedAt, priority, status);
    }
  }
}
