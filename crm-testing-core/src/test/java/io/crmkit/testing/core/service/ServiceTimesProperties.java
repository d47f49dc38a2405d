package io.crmkit.testing.core.service;

import io.crmkit.core.service.Priority;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.service.ServiceTimes;
import io.crmkit.testing.core.CoreArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class ServiceTimesProperties {

  @Provide
  Arbitrary<ServiceRequest> requests() {
    return CoreArbitraries.serviceRequests();
  }

  @Property(tries = 200)
  boolean priorities_partition_the_requests_and_samples(
      @ForAll @Size(max = 40) List<@From("requests") ServiceRequest> requests) {
    ServiceTimes all = ServiceTimes.of(requests);
    int n = 0;
    int responses = 0;
    int resolutions = 0;
    int open = 0;
    for (Priority p : Priority.values()) {
      ServiceTimes part = all.forPriority(p);
      n += part.requestCount();
      responses += part.responseTimes().count();
      resolutions += part.resolutionTimes().count();
      open += part.openCount();
    }
    return n == requests.size()
        && responses == all.responseTimes().count()
        && resolutions == all.resolutionTimes().count()
        && open == all.openCount();
  }

  @Property(tries = 200)
  boolean resolution_is_never_faster_than_response_for_requests_with_both(
      @ForAll @Size(min = 1, max = 40) List<@From("requests") ServiceRequest> requests) {
    List<ServiceRequest> both =
        requests.stream()
            .filter(r -> r.responseTime().isPresent() && r.resolutionTime().isPresent())
            .toList();
    ServiceTimes t = ServiceTimes.of(both);
    return both.isEmpty()
        || t.resolutionTimes()
                .median()
                .orElseThrow()
                .compareTo(t.responseTimes().median().orElseThrow())
            >= 0;
  }
}
