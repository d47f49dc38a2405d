package io.crmkit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a step many times on many threads at once, for the contracts' concurrency tests (also other
 * modules').
 *
 * @since 0.1
 */
public final class Concurrently {

  /**
   * One step of one thread.
   *
   * @since 0.1
   */
  @FunctionalInterface
  public interface Step {
    /** Runs iteration {@code iteration} (from 0) of thread {@code thread} (from 0). */
    void run(int thread, int iteration);
  }

  private Concurrently() {}

  /**
   * Starts {@code threads} threads together, each running {@code step} for iterations 0 to {@code
   * perThread - 1}; waits for all and rethrows the first failure.
   */
  public static void run(int threads, int perThread, Step step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    step.run(thread, i);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
