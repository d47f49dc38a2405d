package io.crmkit.core.customer;

/** A channel on which a business and a customer interact, and for which consent is recorded. */
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
