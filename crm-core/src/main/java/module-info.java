/**
 * crmkit's centre, the customer: customers, money, transactions, interactions, feedback and service
 * requests; repository interfaces with in-memory defaults; CSV, JSON and Parquet import and export;
 * columnar per-customer purchase summaries.
 */
module io.crmkit.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires de.siegmar.fastcsv;
  requires java.sql;

  exports io.crmkit.core.assignment;
  exports io.crmkit.core.calendar;
  exports io.crmkit.core.customer;
  exports io.crmkit.core.feedback;
  exports io.crmkit.core.interaction;
  exports io.crmkit.core.io;
  exports io.crmkit.core.json;
  exports io.crmkit.core.money;
  exports io.crmkit.core.permission;
  exports io.crmkit.core.repository;
  exports io.crmkit.core.service;
  exports io.crmkit.core.stat;
  exports io.crmkit.core.summary;
  exports io.crmkit.core.team;
  exports io.crmkit.core.transaction;

  opens io.crmkit.core.json to
      com.fasterxml.jackson.databind;

  uses com.fasterxml.jackson.databind.Module;

  provides com.fasterxml.jackson.databind.Module with
      io.crmkit.core.json.CoreJsonModule;
}
