/**
 * ABC (Pareto) classes: customers ranked by a value measure (revenue, margin, predicted lifetime
 * value, any summary column or function) and split into A, B and C by cumulative value share
 * (default 80% / 15% / 5%) or by customer count (default 20% / 30% / 50%), with a per-class report,
 * the Pareto and Lorenz curves and the Gini coefficient. Values are in the unit of the measure
 * (money for spend); shares are fractions from 0 to 1.
 */
package io.crmkit.segmentation.abc;
