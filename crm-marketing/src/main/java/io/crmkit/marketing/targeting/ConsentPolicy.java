package io.crmkit.marketing.targeting;

/**
 * Which customers a campaign may contact on its channel.
 *
 * @since 0.1
 */
public enum ConsentPolicy {
  /** Everyone except those who explicitly opted out of the channel. */
  EXCLUDE_OPTED_OUT,
  /** Only those who explicitly opted in on the channel. */
  REQUIRE_OPT_IN
}
