/**
 * Rule-based segments: a sealed family of {@link io.crmkit.segmentation.rules.Condition}s over a
 * customer record and its purchase summary (age band from the birth date at a reference date,
 * gender, income band, region, occupation, attributes, tags and preferences, summary columns),
 * composed with and / or / not, stored as JSON through a Jackson module, and evaluated with an
 * explanation of the conditions that decided the outcome.
 */
package io.crmkit.segmentation.rules;
