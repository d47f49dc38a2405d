/**
 * Runnable tutorials, one small {@code main} per capability, each meant to be read top to bottom:
 * {@link io.crmkit.examples.tutorial.SegmentationExample} (RFM and ABC), {@link
 * io.crmkit.examples.tutorial.ClvExample} (BG/NBD, Gamma-Gamma, lifetime value), {@link
 * io.crmkit.examples.tutorial.ChurnExample} (churn scorers and risk bands), {@link
 * io.crmkit.examples.tutorial.LifecycleExample} (the customer lifecycle), {@link
 * io.crmkit.examples.tutorial.LoyaltyExample} (points, tiers and a what-if), {@link
 * io.crmkit.examples.tutorial.CustomRepositoryExample} (plugging in your own storage), {@link
 * io.crmkit.examples.tutorial.ServiceDeskExample} (business hours, ticket assignment by shop, SLAs
 * and permissions) and {@link io.crmkit.examples.tutorial.SalesExample} (the customer pool, lead
 * routing and the forecast). They run on the CDNOW sample bundled with the examples (the service
 * desk and the sales team on small made-up teams) and print to the given stream.
 */
package io.crmkit.examples.tutorial;
