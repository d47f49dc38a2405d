/**
 * Clustering matched pairs into entities: union-find over the links, strongest first, with a guard
 * against a giant cluster formed by one weak link between two groups.
 */
package io.crmkit.identity.cluster;
