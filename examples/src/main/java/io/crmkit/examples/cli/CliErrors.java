package io.crmkit.examples.cli;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one-line messages the {@code crm} command prints. */
final class CliErrors {

  private CliErrors() {}

  /** Usage errors (exit 2) as opposed to data errors (exit 1). */
  static boolean isUsage(Exception e) {
    return e instanceof UsageException;
  }

  static String message(Throwable e) {
    if (e instanceof NoSuchFileException nsf) {
      return "file not found: " + nsf.getFile();
    }
    if (e instanceof FileNotFoundException) {
      return "file not found: " + e.getMessage();
    }
    if (e instanceof java.io.UncheckedIOException u) {
      String own = u.getMessage();
      if (u.getCause() instanceof NoSuchFileException
          || own == null
          || own.startsWith(u.getCause().getClass().getName())) {
        return message(u.getCause());
      }
      return own;
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** A usage error found after parsing (e.g. an option that needs another). */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
