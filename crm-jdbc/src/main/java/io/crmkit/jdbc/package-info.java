/**
 * PostgreSQL (14+) implementations of crmkit's repositories over plain JDBC: customers,
 * transactions and interactions ({@link io.crmkit.jdbc.JdbcCustomerRepository} and siblings),
 * lifecycles with optimistic versions ({@link io.crmkit.jdbc.JdbcLifecycleRepository}), loyalty
 * accounts with append-only ledgers ({@link io.crmkit.jdbc.JdbcLoyaltyAccountRepository}); the
 * schema as Flyway migrations ({@link io.crmkit.jdbc.CrmDatabase}); COPY bulk load and per-customer
 * summaries ({@link io.crmkit.jdbc.TransactionCopy}, {@link io.crmkit.jdbc.JdbcSummaries}).
 */
package io.crmkit.jdbc;
