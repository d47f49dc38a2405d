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
 * @since 0.1
 */
public record ServiceRequest(
    String id,
    CustomerId customerId,
    Instant openedAt,
    Optional<Instant> firstResponseAt,
    Optional<Instant> resolvedAt,
    Priority priority,
    Status status) {

  /**
   * Checks every component: none null, the id not blank, and first response and resolution (when
   * present) not before the opening nor the resolution before the first response.
   */
  public ServiceRequest {
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
}
