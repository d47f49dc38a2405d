package io.crmkit.core.permission;

/**
 * What a role may do with one field of a record; each level includes the ones before it.
 *
 * @since 0.1
 */
public enum FieldAccess {
  /** The field is hidden. */
  NONE,
  /** The field may be read. */
  READ,
  /** The field may be read and changed. */
  WRITE;

  /** Whether this level allows {@code wanted}. */
  public boolean allows(FieldAccess wanted) {
    return compareTo(wanted) >= 0;
  }
}
