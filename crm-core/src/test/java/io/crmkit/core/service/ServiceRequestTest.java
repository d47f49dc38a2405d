package io.crmkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServiceRequestTest {

  static final Instant OPENED = Instant.parse("2024-03-01T09:00:00Z");
  static final CustomerId C = CustomerId.of("42");

  @Test
  void a_request_moves_from_open_to_in_progress_to_resolved() {
    ServiceRequest open = ServiceRequest.open("t-1", C, OPENED, Priority.HIGH);
    assertThat(open.status()).isEqualTo(Status.OPEN);
    assertThat(open.isOpen()).isTrue();
    ServiceRequest answered = open.respond(OPENED.plus(Duration.ofMinutes(30)));
    assertThat(answered.status()).isEqualTo(Status.IN_PROGRESS);
    ServiceRequest resolved = answered.resolve(OPENED.plus(Duration.ofHours(5)));
    assertThat(resolved.status()).isEqualTo(Status.RESOLVED);
    assertThat(resolved.isOpen()).isFalse();
    assertThat(resolved.close().status()).isEqualTo(Status.CLOSED);
  }

  @Test
  void response_and_resolution_times_are_measured_from_opening() {
    ServiceRequest r =
        ServiceRequest.open("t-1", C, OPENED, Priority.HIGH)
            .respond(OPENED.plus(Duration.ofMinutes(30)))
            .resolve(OPENED.plus(Duration.ofHours(5)));
    assertThat(r.responseTime()).contains(Duration.ofMinutes(30));
    assertThat(r.resolutionTime()).contains(Duration.ofHours(5));
    assertThat(ServiceRequest.open("t-2", C, OPENED, Priority.LOW).responseTime()).isEmpty();
  }

  @Test
  void response_before_opening_is_refused() {
    assertThatThrownBy(
            () ->
                ServiceRequest.open("t-1", C, OPENED, Priority.LOW).respond(OPENED.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firstResponseAt")
        .hasMessageContaining("2024-03-01T08:59:59Z");
  }

  @Test
  void resolution_before_first_response_is_refused() {
    assertThatThrownBy(
            () ->
                ServiceRequest.builder("t-1", C, OPENED, Priority.LOW)
                    .firstResponseAt(OPENED.plusSeconds(60))
                    .resolvedAt(OPENED.plusSeconds(30))
                    .status(Status.RESOLVED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resolvedAt")
        .hasMessageContaining("firstResponseAt");
  }

  @Test
  void status_must_agree_with_resolution() {
    assertThatThrownBy(
            () ->
                ServiceRequest.builder("t-1", C, OPENED, Priority.LOW)
                    .status(Status.RESOLVED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RESOLVED");
    assertThatThrownBy(
            () ->
                ServiceRequest.builder("t-1", C, OPENED, Priority.LOW)
                    .resolvedAt(OPENED)
                    .status(Status.OPEN)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OPEN");
    assertThat(
            ServiceRequest.builder("t-1", C, OPENED, Priority.LOW)
                .status(Status.CLOSED)
                .build()
                .isOpen())
        .isFalse();
  }

  @Test
  void answering_twice_or_resolving_a_closed_request_is_refused() {
    ServiceRequest answered = ServiceRequest.open("t-1", C, OPENED, Priority.LOW).respond(OPENED);
    assertThatThrownBy(() -> answered.respond(OPENED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already answered");
    assertThatThrownBy(() -> answered.close().resolve(OPENED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CLOSED");
  }

  @Test
  void blank_id_is_refused() {
    assertThatThrownBy(() -> ServiceRequest.open("", C, OPENED, Priority.LOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("service request id");
  }

  @Test
  void to_string_is_readable() {
    assertThat(
            ServiceRequest.open("t-1", C, OPENED, Priority.HIGH).respond(OPENED.plusSeconds(3600)))
        .hasToString(
            "ServiceRequest[t-1 of 42, HIGH, IN_PROGRESS, opened 2024-03-01T09:00:00Z, responded after PT1H]");
  }
}
