/**
 * A whole loyalty programme as one value and one JSON document: the programme (earning rules,
 * ledger policy, redemption rate), its optional tiers and its reward catalogue.
 */
package io.crmkit.loyalty.document;
