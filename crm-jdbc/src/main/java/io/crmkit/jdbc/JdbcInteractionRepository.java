package io.crmkit.jdbc;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.repository.InteractionRepository;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * An {@link InteractionRepository} in PostgreSQL table {@code <schema>.interactions}: id, customer
 * and instant (epoch second and nano, indexed overall and per customer) as columns, the interaction
 * as JSON. Safe for many threads and instances; {@link #saveAll} is one transaction. Ids over
 * {@value Sql#MAX_ID_LENGTH} characters or with a NUL are refused by name; all other strings are
 * stored verbatim.
 *
 * @since 0.1
 */
public final class JdbcInteractionRepository extends JdbcEventRepository<String, Interaction>
    implements InteractionRepository {

  private JdbcInteractionRepository(DataSource dataSource, DbSchema schema) {
    super(dataSource, schema, "interactions", "interaction", Interaction.class, List.of());
  }

  /**
   * The interactions of {@code schema} (migrated with {@link CrmDatabase#migrate(DataSource,
   * DbSchema)}).
   */
  public static JdbcInteractionRepository of(DataSource dataSource, DbSchema schema) {
    return new JdbcInteractionRepository(dataSource, schema);
  }

  @Override
  String idText(String id) {
    return id;
  }

  @Override
  String idOf(Interaction value) {
    return value.id();
  }

  @Override
  CustomerId customerOf(Interaction value) {
    return value.customerId();
  }

  @Override
  Instant instantOf(Interaction value) {
    return value.at();
  }

  @Override
  void bindExtras(PreparedStatement s, int first, Interaction value) {
    // no extra columns
  }
}
