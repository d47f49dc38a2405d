package io.crmkit.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.CustomerId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InteractionTest {

  static final Instant AT = Instant.parse("2024-03-01T09:30:00Z");
  static final CustomerId C = CustomerId.of("42");

  @Test
  void factories_set_direction_and_no_follow_up() {
    assertThat(Interaction.inbound("i-1", C, Channel.PHONE, AT, "billing", "resolved").direction())
        .isEqualTo(Direction.INBOUND);
    Interaction out = Interaction.outbound("i-2", C, Channel.EMAIL, AT, "offer", "");
    assertThat(out.direction()).isEqualTo(Direction.OUTBOUND);
    assertThat(out.followUpAt()).isEmpty();
  }

  @Test
  void follow_up_is_kept() {
    Instant later = AT.plusSeconds(86_400);
    assertThat(
            Interaction.inbound("i-1", C, Channel.PHONE, AT, "billing", "call back")
                .withFollowUpAt(later)
                .followUpAt())
        .contains(later);
  }

  @Test
  void follow_up_before_the_interaction_is_refused() {
    Interaction i = Interaction.inbound("i-1", C, Channel.PHONE, AT, "billing", "call back");
    assertThatThrownBy(() -> i.withFollowUpAt(AT.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("followUpAt")
        .hasMessageContaining("i-1");
  }

  @Test
  void blank_id_and_null_fields_are_refused() {
    assertThatThrownBy(() -> Interaction.inbound(" ", C, Channel.PHONE, AT, "", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interaction id");
    assertThatThrownBy(() -> Interaction.inbound("i", C, null, AT, "", ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("channel");
    assertThatThrownBy(() -> Interaction.inbound("i", C, Channel.WEB, AT, null, ""))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("topic");
  }

  @Test
  void to_string_is_readable() {
    assertThat(Interaction.inbound("i-1", C, Channel.IN_STORE, AT, "billing", "resolved"))
        .hasToString("inbound in_store i-1 with 42 at 2024-03-01T09:30:00Z: billing -> resolved");
  }
}
