package io.crmkit.jdbc;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The PostgreSQL schema crmkit's tables live in, for example {@code crm}. The name is part of SQL
 * text (schemas cannot be bound as parameters), so it must be a plain lower-case identifier: a
 * letter or underscore, then letters, digits or underscores, at most 63 characters; anything else
 * is refused.
 *
 * @param name the schema name
 * @since 0.1
 */
public record DbSchema(String name) {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  /** The default schema, {@code crm}. */
  public static final DbSchema DEFAULT = new DbSchema("crm");

  /**
   * Checks the name is a lower-case SQL identifier ({@code [a-z_][a-z0-9_]*}, at most 63
   * characters).
   */
  public DbSchema {
    Objects.requireNonNull(name, "schema name must not be null");
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "schema name must be a lower-case identifier ([a-z_][a-z0-9_]*, at most 63"
              + " characters) but was: '"
              + Sql.excerpt(name)
              + "'");
    }
  }

  /** The schema called {@code name}. */
  public static DbSchema of(String name) {
    return new DbSchema(name);
  }

  /** The schema-qualified name of {@code table}, for example {@code crm.customers}. */
  String table(String table) {
    return name + "." + table;
  }

  @Override
  public String toString() {
    return name;
  }
}
