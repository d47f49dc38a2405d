/**
 * Honest evaluation of recommenders: leave-last-basket-out hit rate@k, precision@k, recall@k and
 * NDCG@10 against the popularity baseline, and a seeded synthetic basket generator with known
 * affinities (themes, complementary pairs, staples) to evaluate on.
 */
package io.crmkit.marketing.evaluation;
