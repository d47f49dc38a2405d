package io.crmkit.examples.cli;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on stderr for loads that take more than a second, shown only when stderr is a
 * terminal ({@code System.console() != null}); silent otherwise (pipes, files, tests).
 */
final class Progress implements AutoCloseable {

  private static final long DELAY_MILLIS = 1_000;

  private final String label;
  private final long total;
  private final AtomicLong done = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean shown;

  private Progress(String label, long total, boolean terminal) {
    this.label = label;
    this.total = Math.max(1, total);
    if (terminal) {
      thread = new Thread(this::loop, "crm-progress");
      thread.setDaemon(true);
      thread.start();
    } else {
      thread = null;
    }
  }

  /** Starts tracking a load of {@code total} characters (e.g. a file's size). */
  @SuppressWarnings(
      "SystemConsoleNull") // Java 17: console() is null exactly off a terminal (Console.isTerminal
  // is Java 22)
  static Progress start(String label, long total) {
    return new Progress(label, total, System.console() != null);
  }

  /** A reader that counts what it reads into this progress. */
  Reader track(Reader in) {
    return new FilterReader(in) {
      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
          done.incrementAndGet();
        }
        return c;
      }

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
          done.addAndGet(n);
        }
        return n;
      }
    };
  }

  private void loop() {
    try {
      Thread.sleep(DELAY_MILLIS);
      PrintStream err = System.err;
      while (running) {
        shown = true;
        double f = Math.min(1, (double) done.get() / total);
        int filled = (int) Math.round(f * 30);
        err.print(
            String.format(
                Locale.ROOT,
                "\r%s [%s%s] %3.0f%%",
                label,
                "#".repeat(filled),
                " ".repeat(30 - filled),
                f * 100));
        err.flush();
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
    if (thread != null) {
      thread.interrupt();
      try {
        thread.join(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (shown) {
        System.err.print("\r" + " ".repeat(label.length() + 40) + "\r");
        System.err.flush();
      }
    }
  }
}
