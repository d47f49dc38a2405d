package io.crmkit.core.io;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opening input files with messages that say what is wrong with the file (not found, a directory,
 * permission denied), UTF-8 decoding that keeps going past bad bytes (each malformed sequence
 * becomes U+FFFD, which the readers of this package report against its line and column instead of
 * failing with {@code "Input length = 1"}), and a leading byte order mark skipped.
 *
 * @since 0.1
 */
public final class Inputs {

  /** What a malformed UTF-8 sequence decodes to. */
  static final char MALFORMED = '\uFFFD';

  private static final int EXCERPT = 100;

  private Inputs() {}

  /**
   * A buffered UTF-8 reader of {@code file}, BOM skipped, malformed bytes read as U+FFFD.
   *
   * @throws UncheckedIOException whose message names the file and the reason
   */
  public static Reader open(Path file) {
    if (Files.isDirectory(file)) {
      throw new UncheckedIOException(
          "cannot read " + file + ": it is a directory, not a file",
          new IOException(file + " is a directory"));
    }
    try {
      InputStream in = Files.newInputStream(file);
      return decoding(in);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** The failure to open {@code file}, with a message that names the file and says why in words. */
  static UncheckedIOException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UncheckedIOException("file not found: " + file, e);
    }
    if (e instanceof AccessDeniedException) {
      return new UncheckedIOException("cannot read " + file + ": permission denied", e);
    }
    return new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
  }

  /**
   * UTF-8 decoding of {@code in} with malformed input replaced by {@link #MALFORMED}, BOM skipped.
   */
  static Reader decoding(InputStream in) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(MALFORMED));
    return skippingBom(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
  }

  /** {@code reader} without a leading U+FEFF byte order mark. */
  static Reader skippingBom(Reader reader) {
    return new FilterReader(
        reader instanceof BufferedReader ? reader : new BufferedReader(reader, 1 << 16)) {
      private boolean first = true;

      @Override
      public int read() throws IOException {
        int c = super.read();
        if (first) {
          first = false;
          if (c == '\uFEFF') {
            c = super.read();
          }
        }
        return c;
      }

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (first && n > 0) {
          first = false;
          if (buf[off] == '\uFEFF') {
            System.arraycopy(buf, off + 1, buf, off, n - 1);
            n--;
            if (n == 0) {
              return read(buf, off, len);
            }
          }
        }
        return n;
      }
    };
  }

  /** {@code text} cut to about 100 characters, with its length when cut. */
  static String excerpt(String text) {
    if (text.length() <= EXCERPT) {
      return text;
    }
    return text.substring(0, EXCERPT)
        + "… ("
        + String.format(java.util.Locale.ROOT, "%,d", text.length())
        + " characters)";
  }
}
