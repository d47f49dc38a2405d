package io.crmkit.examples.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Option value converters whose messages name the value and what was expected. */
final class Converters {

  private Converters() {}

  static void register(CommandLine cl) {
    cl.registerConverter(LocalDate.class, Converters::date);
    cl.registerConverter(ZoneId.class, Converters::zone);
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a date: expected yyyy-MM-dd, e.g. 1997-09-30");
    }
  }

  static ZoneId zone(String text) {
    try {
      return ZoneId.of(text.trim());
    } catch (java.time.DateTimeException e) {
      throw new CommandLine.TypeConversionException(
          "'" + text + "' is not a time zone: expected e.g. UTC or Europe/Paris");
    }
  }
}
