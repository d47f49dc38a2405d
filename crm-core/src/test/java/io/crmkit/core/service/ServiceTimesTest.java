package io.crmkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceTimesTest {

  static final Instant T0 = Instant.parse("2024-03-01T09:00:00Z");
  static final CustomerId C = CustomerId.of("42");

  static ServiceRequest answeredAndResolved(
      String id, Priority p, long responseMinutes, long resolutionMinutes) {
    return ServiceRequest.open(id, C, T0, p)
        .respond(T0.plus(Duration.ofMinutes(responseMinutes)))
        .resolve(T0.plus(Duration.ofMinutes(resolutionMinutes)));
  }

  final List<ServiceRequest> requests =
      Arrays.asList(
          answeredAndResolved("a", Priority.HIGH, 10, 60),
          answeredAndResolved("b", Priority.HIGH, 30, 120),
          answeredAndResolved("c", Priority.LOW, 120, 600),
          ServiceRequest.open("d", C, T0, Priority.LOW).respond(T0.plus(Duration.ofHours(4))),
          ServiceRequest.open("e", C, T0, Priority.LOW));

  @Test
  void overall_figures_cover_answered_and_resolved_requests_only() {
    ServiceTimes times = ServiceTimes.of(requests);
    assertThat(times.requestCount()).isEqualTo(5);
    assertThat(times.openCount()).isEqualTo(2);
    assertThat(times.responseTimes().count()).isEqualTo(4);
    assertThat(times.responseTimes().median()).contains(Duration.ofMinutes(75));
    assertThat(times.resolutionTimes().count()).isEqualTo(3);
    assertThat(times.resolutionTimes().mean()).contains(Duration.ofMinutes(260));
  }

  @Test
  void figures_per_priority_split_the_requests() {
    ServiceTimes times = ServiceTimes.of(requests);
    assertThat(times.byPriority()).containsOnlyKeys(Priority.LOW, Priority.HIGH);
    assertThat(times.forPriority(Priority.HIGH).responseTimes().mean())
        .contains(Duration.ofMinutes(20));
    assertThat(times.forPriority(Priority.LOW).requestCount()).isEqualTo(3);
    assertThat(times.forPriority(Priority.LOW).resolutionTimes().max())
        .contains(Duration.ofHours(10));
    assertThat(times.forPriority(Priority.URGENT).requestCount()).isZero();
    assertThat(times.forPriority(Priority.URGENT).responseTimes().mean()).isEmpty();
  }

  @Test
  void no_requests_give_empty_figures() {
    ServiceTimes times = ServiceTimes.of(List.of());
    assertThat(times.requestCount()).isZero();
    assertThat(times.responseTimes().median()).isEmpty();
  }

  @Test
  void null_requests_are_refused() {
    assertThatThrownBy(() -> ServiceTimes.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("requests");
    assertThatThrownBy(() -> ServiceTimes.of(Arrays.asList(requests.get(0), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("null");
  }

  @Test
  void to_string_is_readable() {
    assertThat(ServiceTimes.of(List.of(answeredAndResolved("a", Priority.HIGH, 10, 60))).toString())
        .startsWith("ServiceTimes[requests=1, open=0, response=DurationStatistics[n=1, mean=PT10M");
  }
}
