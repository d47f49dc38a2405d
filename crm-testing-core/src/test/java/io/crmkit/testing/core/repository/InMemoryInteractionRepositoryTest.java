package io.crmkit.testing.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.repository.InMemoryInteractionRepository;
import io.crmkit.core.repository.InteractionRepository;
import io.crmkit.testing.core.InteractionRepositoryContract;
import org.junit.jupiter.api.Test;

class InMemoryInteractionRepositoryTest extends InteractionRepositoryContract {

  @Override
  protected InteractionRepository newRepository() {
    return new InMemoryInteractionRepository();
  }

  @Test
  void to_string_shows_the_count() {
    assertThat(newRepository()).hasToString("InMemoryInteractionRepository[0 interactions]");
  }
}
