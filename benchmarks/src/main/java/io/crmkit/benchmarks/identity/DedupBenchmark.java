package io.crmkit.benchmarks.identity;

import io.crmkit.identity.generate.Difficulty;
import io.crmkit.identity.generate.DuplicateGenerator;
import io.crmkit.identity.generate.LabelledRecords;
import io.crmkit.identity.match.DedupResult;
import io.crmkit.identity.match.Deduplicator;
import io.crmkit.identity.match.IdentityRecord;
import io.crmkit.identity.match.RawRecord;
import io.crmkit.identity.match.RecordNormalizer;
import io.crmkit.identity.normalize.EmailNormalizer;
import io.crmkit.identity.normalize.PhoneNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Deduplication of about 1 M customer records (the hard setting of {@link DuplicateGenerator},
 * seeded): normalisation of the raw records (libphonenumber, names, e-mails, addresses), then the
 * whole {@link Deduplicator} run (blocking, comparison, u sampling, EM, decisions, clustering).
 * Single shot, one processor (the run is single-threaded; {@code -XX:ActiveProcessorCount=1} and
 * the serial collector keep the JVM's own threads off the second core).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:ActiveProcessorCount=1", "-XX:+UseSerialGC"})
public class DedupBenchmark {

  /** People generated: 580,000 people give about 1.02 M records in the hard setting. */
  static final int PEOPLE = 580_000;

  List<RawRecord> raw;
  List<IdentityRecord> normalised;
  RecordNormalizer normalizer;

  @Setup(Level.Trial)
  public void generate() {
    LabelledRecords data = DuplicateGenerator.seeded(2026, Difficulty.hard()).generate(PEOPLE);
    raw = data.records();
    normalizer = RecordNormalizer.of(PhoneNormalizer.forRegion("GB"), EmailNormalizer.basic());
    normalised = normalise();
    System.out.println("records: " + raw.size());
  }

  private List<IdentityRecord> normalise() {
    List<IdentityRecord> out = new ArrayList<>(raw.size());
    for (RawRecord r : raw) {
      out.add(normalizer.normalize(r));
    }
    return out;
  }

  /** Normalisation plus deduplication: the whole job from raw records to entities. */
  @Benchmark
  public DedupResult normaliseAndDeduplicate() {
    return Deduplicator.standard().run(normalise());
  }

  /** Deduplication of already normalised records. */
  @Benchmark
  public DedupResult deduplicate() {
    DedupResult r = Deduplicator.standard().run(normalised);
    System.out.println(r);
    return r;
  }
}
