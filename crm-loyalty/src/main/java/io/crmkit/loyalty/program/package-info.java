/**
 * A loyalty programme's definition: earning rules (a sealed family), their priority and stacking,
 * the evaluation of a purchase or an event into points with an explanation of every rule, and the
 * loading of a programme from JSON with validation.
 */
package io.crmkit.loyalty.program;
