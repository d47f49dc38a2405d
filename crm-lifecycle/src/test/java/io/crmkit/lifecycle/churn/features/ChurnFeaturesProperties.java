package io.crmkit.lifecycle.churn.features;

import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.lifecycle.churn.logistic.DesignMatrix;
import io.crmkit.testing.core.CoreArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ChurnFeaturesProperties {

  static final CustomerSummaries CUSTOMERS;

  static {
    CustomerSummaries.Builder b = CustomerSummaries.builder(TimeScale.DAYS);
    for (int i = 0; i < 20; i++) {
      b.add("c" + i, i % 4, i % 4 * 10.0, 50, 10);
    }
    CUSTOMERS = b.build();
  }

  @Provide
  Arbitrary<List<Interaction>> interactions() {
    return CoreArbitraries.interactions().list().ofMaxSize(30).uniqueElements(Interaction::id);
  }

  @Provide
  Arbitrary<List<ServiceRequest>> requests() {
    return CoreArbitraries.serviceRequests()
        .list()
        .ofMaxSize(30)
        .uniqueElements(ServiceRequest::id);
  }

  @Provide
  Arbitrary<List<Feedback>> feedback() {
    return CoreArbitraries.feedback().list().ofMaxSize(30).uniqueElements(Feedback::id);
  }

  @Provide
  Arbitrary<Instant> cutoffs() {
    return CoreArbitraries.instants();
  }

  private static DesignMatrix build(
      Instant cutoff, List<Interaction> i, List<ServiceRequest> r, List<Feedback> f) {
    return ChurnFeatures.of(CUSTOMERS, cutoff)
        .withInteractions(i, Duration.ofDays(3650))
        .withServiceRequests(r)
        .withFeedback(f)
        .build();
  }

  @Property(tries = 200)
  boolean events_from_the_cut_off_on_never_change_the_features(
      @ForAll("cutoffs") Instant cutoff,
      @ForAll("interactions") List<Interaction> interactions,
      @ForAll("requests") List<ServiceRequest> requests,
      @ForAll("feedback") List<Feedback> feedback) {
    DesignMatrix all = build(cutoff, interactions, requests, feedback);
    DesignMatrix before =
        build(
            cutoff,
            interactions.stream().filter(x -> x.at().isBefore(cutoff)).toList(),
            requests.stream().filter(x -> x.openedAt().isBefore(cutoff)).toList(),
            feedback.stream().filter(x -> x.at().isBefore(cutoff)).toList());
    if (!all.names().equals(before.names())) {
      return false;
    }
    for (int j = 0; j < all.columnCount(); j++) {
      if (!Arrays.equals(all.column(j), before.column(j))) {
        return false;
      }
    }
    return true;
  }
}
