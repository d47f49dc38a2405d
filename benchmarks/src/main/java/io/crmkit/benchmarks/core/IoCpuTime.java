package io.crmkit.benchmarks.core;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The CPU time of the file benchmarks' operations, for a machine shared with other jobs where
 * wall-clock figures mostly measure the wait for a core: each operation of {@link
 * CsvImportBenchmark}, {@link ParquetImportBenchmark} and {@link SummaryFileBenchmark} runs {@code
 * runs} times after one warm-up, and the best thread CPU time (process CPU time for Parquet, whose
 * reading runs on DuckDB's native threads) and the best wall time are printed. Run: {@code java
 * -Xms6g -Xmx6g -XX:ActiveProcessorCount=1 -cp benchmarks/target/benchmarks.jar
 * io.crmkit.benchmarks.core.IoCpuTime [runs [text]]}: with {@code text}, only the operations whose
 * name contains it.
 *
 * @since 0.1
 */
public final class IoCpuTime {

  private IoCpuTime() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    Map<String, Callable<Object>> ops = new LinkedHashMap<>();
    CsvImportBenchmark date = new CsvImportBenchmark();
    date.rows = 10_000_000;
    date.customers = 1_000_000;
    date.layout = "date";
    date.writeFile();
    CsvImportBenchmark instant = new CsvImportBenchmark();
    instant.rows = 10_000_000;
    instant.customers = 1_000_000;
    instant.layout = "instant";
    instant.writeFile();
    ParquetImportBenchmark parquet = new ParquetImportBenchmark();
    parquet.rows = 10_000_000;
    parquet.customers = 1_000_000;
    parquet.writeFile();
    SummaryFileBenchmark files = new SummaryFileBenchmark();
    files.customers = 1_000_000;
    files.writeFiles();
    ops.put("csv 10M rows, dates, fast path", date::fastPath);
    ops.put("csv 10M rows, dates, general reader", date::generalReader);
    ops.put("csv 10M rows, ISO instants, fast path", instant::fastPath);
    ops.put("parquet 10M rows (process CPU)", parquet::readParquet);
    ops.put("summary csv 1M rows, read", files::readSummaries);
    ops.put("summary csv 1M rows, read, general reader", files::readSummariesGeneral);
    ops.put("scores 1M rows, write", files::writeScores);
    ops.put("scores 1M rows, write as the CLI did before", files::writeScoresFormatted);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try {
      for (Map.Entry<String, Callable<Object>> op : ops.entrySet()) {
        if (args.length > 1 && !op.getKey().contains(args[1])) {
          continue;
        }
        boolean process = op.getKey().contains("process CPU");
        long bestCpu = Long.MAX_VALUE;
        long bestWall = Long.MAX_VALUE;
        for (int i = 0; i <= runs; i++) {
          System.gc();
          long c0 = process ? os.getProcessCpuTime() : threads.getCurrentThreadCpuTime();
          long w0 = System.nanoTime();
          op.getValue().call();
          long cpu = (process ? os.getProcessCpuTime() : threads.getCurrentThreadCpuTime()) - c0;
          long wall = System.nanoTime() - w0;
          if (i > 0) {
            bestCpu = Math.min(bestCpu, cpu);
            bestWall = Math.min(bestWall, wall);
          }
        }
        System.out.printf(
            "%-48s cpu %,7.0f ms   wall %,7.0f ms   (best of %d)%n",
            op.getKey(), bestCpu / 1e6, bestWall / 1e6, runs);
      }
    } finally {
      date.pandasAndCleanUp();
      instant.pandasAndCleanUp();
      parquet.deleteFile();
      files.deleteFiles();
    }
  }
}
