package io.crmkit.core.customer;

/**
 * A channel on which a business and a customer interact, and for which consent is recorded.
 *
 * @since 0.1
 */
public enum Channel {
  PHONE,
  EMAIL,
  SMS,
  SOCIAL,
  CHAT,
  IN_STORE,
  WEB,
  APP
}
