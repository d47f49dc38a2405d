package io.crmkit.marketing.targeting;

/**
 * Why a customer of a campaign's audience was left out, in the order the checks run.
 *
 * @since 0.1
 */
public enum ExclusionReason {
  /** No customer record, so consent and preferences are unknown. */
  NO_CUSTOMER_RECORD,
  /** Opted out of the campaign's channel. */
  OPTED_OUT,
  /** Never opted in, and the campaign requires an opt-in. */
  NO_OPT_IN,
  /** A stated preference contradicts a trait of the offer. */
  PREFERENCE_CONFLICT,
  /** Already contacted as often as the cap allows within its window. */
  CONTACT_CAP
}
