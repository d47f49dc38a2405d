package io.crmkit.benchmarks.identity;

import io.crmkit.identity.generate.Difficulty;
import io.crmkit.identity.generate.DuplicateGenerator;
import io.crmkit.identity.generate.LabelledRecords;
import io.crmkit.identity.generate.LinkageEvaluation;
import io.crmkit.identity.match.DedupResult;
import io.crmkit.identity.match.Deduplicator;
import io.crmkit.identity.match.IdentityRecord;
import io.crmkit.identity.match.RecordNormalizer;
import io.crmkit.identity.normalize.EmailNormalizer;
import io.crmkit.identity.normalize.PhoneNormalizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * A benchmark main beside {@link DedupBenchmark}: one run over the same ~1.17 M records, reporting
 * wall time and this thread's CPU time (the cost on one free core when the machine is shared) of
 * normalisation and of deduplication, and the linkage quality at that size.
 *
 * <p>Run: {@code java -Xmx8g -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar
 * io.crmkit.benchmarks.identity.DedupTiming}
 *
 * @since 0.1
 */
public final class DedupTiming {

  private DedupTiming() {}

  /** Runs once and prints the figures. */
  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : DedupBenchmark.PEOPLE;
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    LabelledRecords data = DuplicateGenerator.seeded(2026, Difficulty.hard()).generate(people);
    RecordNormalizer normalizer =
        RecordNormalizer.of(PhoneNormalizer.forRegion("GB"), EmailNormalizer.basic());
    long cpu0 = bean.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    List<IdentityRecord> records = data.records().stream().map(normalizer::normalize).toList();
    long cpu1 = bean.getCurrentThreadCpuTime();
    long wall1 = System.nanoTime();
    DedupResult result = Deduplicator.standard().run(records);
    long cpu2 = bean.getCurrentThreadCpuTime();
    long wall2 = System.nanoTime();
    System.out.printf(
        "records %d%nnormalise: wall %d ms, cpu %d ms%ndeduplicate: wall %d ms, cpu %d ms%n",
        records.size(),
        (wall1 - wall0) / 1_000_000,
        (cpu1 - cpu0) / 1_000_000,
        (wall2 - wall1) / 1_000_000,
        (cpu2 - cpu1) / 1_000_000);
    System.out.println(result);
    System.out.println(result.blocking());
    System.out.println(LinkageEvaluation.of(result, data, 0.99, 0.9999));
  }
}
