package io.crmkit.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemographicsTest {

  @Test
  void none_knows_nothing_and_withers_add_parts() {
    assertThat(Demographics.none().isEmpty()).isTrue();
    Demographics d =
        Demographics.none()
            .withAgeBand("25-34")
            .withIncomeBand("high")
            .withOccupation("nurse")
            .withRegion("north");
    assertThat(d.isEmpty()).isFalse();
    assertThat(d)
        .isEqualTo(
            Demographics.none()
                .withRegion("north")
                .withOccupation("nurse")
                .withIncomeBand("high")
                .withAgeBand("25-34"));
    assertThat(d.ageBand()).contains("25-34");
    assertThat(d.incomeBand()).contains("high");
    assertThat(d.occupation()).contains("nurse");
    assertThat(d.region()).contains("north");
    assertThat(d)
        .hasSameHashCodeAs(
            Demographics.none()
                .withAgeBand("25-34")
                .withIncomeBand("high")
                .withOccupation("nurse")
                .withRegion("north"));
    assertThat(d).isNotEqualTo(Demographics.none().withAgeBand("25-34"));
    assertThat(d)
        .hasToString(
            "Demographics[ageBand=25-34, incomeBand=high, occupation=nurse, region=north]");
  }

  @Test
  void blank_parts_are_refused_naming_the_field() {
    assertThatThrownBy(() -> Demographics.none().withRegion(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region");
    assertThatThrownBy(() -> Demographics.none().withAgeBand(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("ageBand");
  }
}
