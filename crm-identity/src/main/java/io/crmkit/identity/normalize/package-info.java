/**
 * Normalisation of the fields a match compares: phone numbers to E.164 (libphonenumber), e-mail
 * addresses (case, whitespace, opt-in provider rules), person names (NFKC, case, accents; Han, kana
 * and Hangul kept as written) and postal addresses as token sets. Every normaliser is idempotent:
 * normalising a normalised value returns it unchanged.
 */
package io.crmkit.identity.normalize;
