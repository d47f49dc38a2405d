package io.crmkit.benchmarks.identity;

import io.crmkit.identity.generate.Difficulty;
import io.crmkit.identity.generate.DuplicateGenerator;
import io.crmkit.identity.generate.LabelledRecords;
import io.crmkit.identity.generate.LinkageEvaluation;
import io.crmkit.identity.match.DedupResult;
import io.crmkit.identity.match.Deduplicator;
import io.crmkit.identity.match.IdentityRecord;
import io.crmkit.identity.match.RecordNormalizer;
import io.crmkit.identity.match.Thresholds;
import io.crmkit.identity.normalize.EmailNormalizer;
import io.crmkit.identity.normalize.PhoneNormalizer;
import java.util.List;
import java.util.Locale;

/**
 * A seeded main reporting linkage quality by size: for each number of people given (default 20,000,
 * 100,000 and 580,000: about 40 k, 200 k and 1.17 M records with the hard setting, seed 2026), the
 * records, the pairs compared, blocking recall, pair precision/recall/F1 at the SAME threshold and
 * the cluster F1 of {@code Deduplicator.standard()} (prior over all pairs, term-frequency adjusted
 * names, SAME at p ≥ 0.9), of the same without term-frequency adjustment ({@code no-tf}), and of
 * the settings before both ({@code before}: prior among candidates, no adjustment, SAME at p ≥
 * 0.9999).
 *
 * <p>Run: {@code java -Xmx8g -XX:+UseSerialGC -cp benchmarks/target/benchmarks.jar
 * io.crmkit.benchmarks.identity.DedupQuality 20000 100000 580000}
 *
 * @since 0.1
 */
public final class DedupQuality {

  private DedupQuality() {}

  /** Runs every size given (people) and prints one line per size and setting. */
  public static void main(String[] args) {
    int[] sizes =
        args.length == 0
            ? new int[] {20_000, 100_000, 580_000}
            : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    RecordNormalizer normalizer =
        RecordNormalizer.of(PhoneNormalizer.forRegion("GB"), EmailNormalizer.basic());
    System.out.println(
        "setting,people,records,pairs_compared,blocking_recall,pair_precision,pair_recall,pair_f1,"
            + "cluster_precision,cluster_recall,cluster_f1,seconds");
    for (int people : sizes) {
      LabelledRecords data = DuplicateGenerator.seeded(2026, Difficulty.hard()).generate(people);
      List<IdentityRecord> records = data.records().stream().map(normalizer::normalize).toList();
      for (String setting : List.of("standard", "no-tf", "before")) {
        Deduplicator d =
            switch (setting) {
              case "standard" -> Deduplicator.standard();
              case "no-tf" -> Deduplicator.builder().termFrequencies(false).build();
              default ->
                  Deduplicator.builder()
                      .termFrequencies(false)
                      .priorOverAllPairs(false)
                      .thresholds(Thresholds.of(0.9999, 0.99))
                      .build();
            };
        long t0 = System.nanoTime();
        DedupResult result = d.run(records);
        double seconds = (double) (System.nanoTime() - t0) / 1e9;
        LinkageEvaluation e = LinkageEvaluation.of(result, data, result.thresholds().same());
        LinkageEvaluation.Quality p = e.perThreshold().get(0).quality();
        LinkageEvaluation.Quality c = e.clusters();
        System.out.println(
            String.format(
                Locale.ROOT,
                "%s,%d,%d,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.1f",
                setting,
                people,
                records.size(),
                result.pairsCompared(),
                e.blockingRecall(),
                p.precision(),
                p.recall(),
                p.f1(),
                c.precision(),
                c.recall(),
                c.f1(),
                seconds));
      }
    }
  }
}
