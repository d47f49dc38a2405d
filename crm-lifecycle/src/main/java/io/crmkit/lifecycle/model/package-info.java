/**
 * Probabilistic customer-base models and customer lifetime value: the BG/NBD transaction model
 * (Fader, Hardie &amp; Lee 2005), the Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005),
 * maximum likelihood fitting on log-parameters with analytic gradients, weighted (compressed) data,
 * and discounted CLV. Times are in the unit of the summaries the models were fitted on.
 */
package io.crmkit.lifecycle.model;
