/**
 * A seeded generator of realistic duplicate records with ground truth ({@link
 * io.crmkit.identity.generate.DuplicateGenerator}) and linkage quality measures ({@link
 * io.crmkit.identity.generate.LinkageEvaluation}): precision, recall and F1 per threshold, blocking
 * recall, and the same figures for the clusters.
 */
package io.crmkit.identity.generate;
