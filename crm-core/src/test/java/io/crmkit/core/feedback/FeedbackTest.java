package io.crmkit.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackTest {

  static final Instant AT = Instant.parse("2024-03-01T09:00:00Z");
  static final CustomerId C = CustomerId.of("42");

  @Test
  void factories_and_withers_combine_scores_and_text() {
    Feedback f = Feedback.nps("f-1", C, AT, 9).withCsat(5).withText("great");
    assertThat(f.nps()).hasValue(9);
    assertThat(f.csat()).hasValue(5);
    assertThat(f.text()).isEqualTo("great");
    assertThat(Feedback.csat("f-2", C, AT, 1).nps()).isEmpty();
    assertThat(Feedback.text("f-3", C, AT, "slow delivery").csat()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void nps_outside_0_to_10_is_refused(int score) {
    assertThatThrownBy(() -> Feedback.nps("f-1", C, AT, score))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nps")
        .hasMessageContaining("" + score);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6})
  void csat_outside_1_to_5_is_refused(int score) {
    assertThatThrownBy(() -> Feedback.csat("f-1", C, AT, score))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("csat")
        .hasMessageContaining("" + score);
  }

  @Test
  void empty_feedback_is_refused() {
    assertThatThrownBy(
            () -> new Feedback("f-1", C, AT, OptionalInt.empty(), OptionalInt.empty(), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("f-1");
    assertThatThrownBy(() -> Feedback.nps("", C, AT, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("feedback id");
  }

  @Test
  void to_string_is_readable() {
    assertThat(Feedback.nps("f-1", C, AT, 9).withText("great"))
        .hasToString("Feedback[f-1 of 42 at 2024-03-01T09:00:00Z, nps=9, 'great']");
  }
}
