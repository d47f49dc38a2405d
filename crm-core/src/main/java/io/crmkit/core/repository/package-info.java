/**
 * Storage interfaces for customers, transactions and interactions, with thread-safe in-memory
 * implementations. The abstract contract tests in crm-core's test-jar check any implementation.
 */
package io.crmkit.core.repository;
