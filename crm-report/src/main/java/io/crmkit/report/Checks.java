package io.crmkit.report;

/** Argument checks with messages that name the field, its value and what was expected. */
final class Checks {

  private Checks() {}

  static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          field + " must be a non-blank text but was " + (value == null ? "null" : "blank"));
    }
    return value;
  }
}
