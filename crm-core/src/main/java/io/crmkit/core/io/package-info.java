/**
 * Import and export of transactions and customer summaries: CSV (through FastCSV, or
 * whitespace-separated files such as CDNOW) with a configurable column mapping, and JSON. A bad row
 * never vanishes: an import fails naming the line, column, value and reason, or, when asked,
 * imports the good rows and reports every rejected one.
 */
package io.crmkit.core.io;
