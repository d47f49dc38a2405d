package io.crmkit.core.permission;

import java.util.Locale;
import java.util.Objects;

/**
 * An action on a kind of record, e.g. {@code tag:create}, {@code tag:apply}, {@code ticket:read}.
 * Both parts are non-blank lower-case names without spaces or colons.
 *
 * @param resource the kind of record, e.g. {@code "tag"}
 * @param action the action, e.g. {@code "create"}
 * @since 0.1
 */
public record Permission(String resource, String action) implements Comparable<Permission> {

  /** The action that creates a record. */
  public static final String CREATE = "create";

  /** The action that reads a record. */
  public static final String READ = "read";

  /** The action that changes a record. */
  public static final String UPDATE = "update";

  /** The action that deletes a record. */
  public static final String DELETE = "delete";

  /**
   * A permission.
   *
   * @throws IllegalArgumentException if a part is blank, has upper case, a space or a colon
   */
  public Permission {
    check("resource", resource);
    check("action", action);
  }

  private static void check(String field, String value) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.isEmpty()
        || !value.equals(value.toLowerCase(Locale.ROOT))
        || value.contains(" ")
        || value.contains(":")) {
      throw new IllegalArgumentException(
          field
              + " of permission must be a non-blank lower-case name without spaces or"
              + " colons but was: '"
              + value
              + "'");
    }
  }

  /** The permission to do {@code action} on {@code resource}. */
  public static Permission of(String resource, String action) {
    return new Permission(resource, action);
  }

  /** Parses {@code "resource:action"}, e.g. {@code "tag:apply"}. */
  public static Permission parse(String text) {
    Objects.requireNonNull(text, "permission text must not be null");
    String[] parts = text.split(":", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "permission must read resource:action but was: '" + text + "'");
    }
    return new Permission(parts[0], parts[1]);
  }

  @Override
  public int compareTo(Permission other) {
    int c = resource.compareTo(other.resource);
    return c != 0 ? c : action.compareTo(other.action);
  }

  /** For example {@code "tag:create"}. */
  @Override
  public String toString() {
    return resource + ":" + action;
  }
}
