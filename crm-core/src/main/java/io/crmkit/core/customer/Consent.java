package io.crmkit.core.customer;

/**
 * A customer's explicit answer about being contacted on a channel. A channel with no recorded
 * consent is neither opted in nor opted out (see {@link Customer#consentFor}).
 *
 * @since 0.1
 */
public enum Consent {
  OPTED_IN,
  OPTED_OUT
}
