package io.crmkit.core.customer;

/**
 * The kind of a {@link ContactPoint}: an e-mail address, a phone number, a postal address or a
 * social handle.
 *
 * @since 0.1
 */
public enum ContactType {
  EMAIL,
  PHONE,
  POSTAL,
  SOCIAL
}
