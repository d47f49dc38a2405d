package io.crmkit.testing.core;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.repository.InteractionRepository;
import java.time.Instant;

/**
 * The contract every {@link InteractionRepository} must pass. To test your own implementation, add
 * crm-testing as a test dependency and write
 *
 * <pre>{@code
 * class JdbcInteractionRepositoryTest extends InteractionRepositoryContract {
 *   @Override protected InteractionRepository newRepository() { return new JdbcInteractionRepository(freshDb()); }
 * }
 * }</pre>
 *
 * <p>{@link #newRepository()} must return an empty repository each time it is called.
 *
 * @since 0.1
 */
public abstract class InteractionRepositoryContract
    extends EventRepositoryContract<String, Interaction, InteractionRepository> {

  /** For subclasses, which supply the implementation under test. */
  protected InteractionRepositoryContract() {}

  @Override
  protected final Interaction event(String id, CustomerId customer, Instant at) {
    return Interaction.inbound(id, customer, Channel.PHONE, at, "billing", "resolved");
  }

  @Override
  protected final String idOf(Interaction value) {
    return value.id();
  }

  @Override
  protected final String id(String id) {
    return id;
  }

  @Override
  protected final Instant instantOf(Interaction value) {
    return value.at();
  }

  @Override
  protected final CustomerId customerOf(Interaction value) {
    return value.customerId();
  }
}
