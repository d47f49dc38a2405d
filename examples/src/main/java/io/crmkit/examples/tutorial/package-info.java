/**
 * Runnable tutorials, one small {@code main} per capability, each meant to be read top to bottom:
 * {@link io.crmkit.examples.tutorial.SegmentationExample} (RFM and ABC), {@link
 * io.crmkit.examples.tutorial.ClvExample} (BG/NBD, Gamma-Gamma, lifetime value), {@link
 * io.crmkit.examples.tutorial.ChurnExample} (churn scorers and risk bands), {@link
 * io.crmkit.examples.tutorial.LifecycleExample} (the customer lifecycle), {@link
 * io.crmkit.examples.tutorial.LoyaltyExample} (points, tiers and a what-if) and {@link
 * io.crmkit.examples.tutorial.CustomRepositoryExample} (plugging in your own storage). They run on
 * the CDNOW sample bundled with the examples and print to the given stream.
 */
package io.crmkit.examples.tutorial;
