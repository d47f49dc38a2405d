package io.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The JSON body of a stored lifecycle, without a database. */
class LifecycleJsonTest {

  static final Instant T0 = Instant.parse("2024-01-01T00:00:00.123456789Z");

  static Lifecycle sample() {
    LifecycleEngine engine =
        LifecycleEngine.of(DefaultLifecycle.definition())
            .withRejectionPolicy(LifecycleEngine.RejectionPolicy.RECORD_AS_IGNORED);
    String id = "c1";
    Lifecycle l = engine.start(id, T0);
    l =
        engine.apply(
            l,
            new LifecycleEvent.Purchase(
                "p1", id, T0.plus(Duration.ofDays(2)), Money.of("10.50", "EUR")));
    l =
        engine.apply(
            l,
            new LifecycleEvent.Refund(
                "r1", id, T0.plus(Duration.ofDays(10)), Money.of("1.25", "EUR")));
    l =
        engine.apply(
            l,
            new LifecycleEvent.ReEvaluation(
                "re1", id, T0.plus(Duration.ofDays(200)), OptionalDouble.of(0.8125)));
    return engine.apply(
        l,
        new LifecycleEvent.ManualMove(
            "m1", id, T0.plus(Duration.ofDays(201)), DefaultLifecycle.PROSPECT, "operator"));
  }

  /**
   * A body as the repository writes it (records in Jackson's form, events tagged by name), frozen
   * on 2026-12-03.
   */
  static final String STORED =
      "{\"subjectId\":\"c1\",\"initialStage\":{\"name\":\"PROSPECT\"},\"startedAt\":\"2024-01-01T00:00:00.123456789"
          + "Z\",\"stage\":{\"name\":\"AT_RISK\"},\"history\":[{\"from\":{\"name\":\"PROSPECT\"},\"to\":{\"name\":\"NEW\"},\"at\":\""
          + "2024-01-03T00:00:00.123456789Z\",\"eventId\":\"p1\",\"reason\":\"first purchase\"},{\"from\":{\"name\":\"NEW\""
          + "},\"to\":{\"name\":\"AT_RISK\"},\"at\":\"2024-07-19T00:00:00.123456789Z\",\"eventId\":\"re1\",\"reason\":\"churn"
          + " risk\"}],\"facts\":{\"purchases\":1,\"refunds\":1,\"netSpend\":9.25,\"currency\":\"EUR\",\"firstPurchase\":\"2"
          + "024-01-03T00:00:00.123456789Z\",\"lastPurchase\":\"2024-01-03T00:00:00.123456789Z\",\"lastActivity\":\""
          + "2024-01-11T00:00:00.123456789Z\",\"lastChurnProbability\":0.8125},\"appliedEventIds\":[\"p1\",\"r1\",\"re"
          + "1\",\"m1\"],\"ignored\":[{\"event\":{\"event\":\"ManualMove\",\"id\":\"m1\",\"subjectId\":\"c1\",\"at\":\"2024-07-20T"
          + "00:00:00.123456789Z\",\"to\":{\"name\":\"PROSPECT\"},\"reason\":\"operator\"},\"stage\":{\"name\":\"AT_RISK\"},\""
          + "reason\":\"manual-move to PROSPECT not allowed in AT_RISK\"}],\"lastEventAt\":\"2024-07-19T00:00:00.1"
          + "23456789Z\"}";

  @Test
  void a_body_stored_before_reads_as_the_lifecycle_it_was_and_is_written_the_same_way() {
    assertThat(Json.read(LifecycleJson.MAPPER, STORED, Lifecycle.class, "lifecycle"))
        .isEqualTo(sample());
    assertThat(Json.write(LifecycleJson.MAPPER, sample())).isEqualTo(STORED);
  }

  @Test
  void an_unknown_field_in_a_stored_body_is_a_database_error_naming_it() {
    String odd = STORED.replace("\"purchases\":1", "\"purchases\":1,\"visits\":3");
    assertThatThrownBy(() -> Json.read(LifecycleJson.MAPPER, odd, Lifecycle.class, "lifecycle"))
        .isInstanceOf(CrmDatabaseException.class)
        .hasMessageContaining("visits");
  }

  @Test
  void a_lifecycle_body_reads_back_equal() {
    Lifecycle l = sample();
    String body = Json.write(LifecycleJson.MAPPER, l);
    assertThat(Json.read(LifecycleJson.MAPPER, body, Lifecycle.class, "lifecycle")).isEqualTo(l);
  }
}
