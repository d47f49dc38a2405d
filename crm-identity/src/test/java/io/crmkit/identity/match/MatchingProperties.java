package io.crmkit.identity.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.identity.cluster.Clusterer;
import io.crmkit.identity.cluster.Clustering;
import io.crmkit.identity.cluster.Link;
import io.crmkit.identity.generate.Difficulty;
import io.crmkit.identity.generate.DuplicateGenerator;
import io.crmkit.identity.normalize.EmailNormalizer;
import io.crmkit.identity.normalize.PhoneNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class MatchingProperties {

  private static final RecordNormalizer NORMALIZER =
      RecordNormalizer.of(PhoneNormalizer.forRegion("GB"), EmailNormalizer.basic());

  private static List<IdentityRecord> records(long seed, int people) {
    return DuplicateGenerator.seeded(seed, Difficulty.hard()).generate(people).records().stream()
        .map(NORMALIZER::normalize)
        .toList();
  }

  @Property(tries = 30)
  void comparison_is_symmetric(@ForAll long seed) {
    RecordTable t = RecordTable.of(records(seed, 30));
    PairComparer c = new PairComparer(t);
    for (int i = 0; i < t.size(); i++) {
      for (int j = 0; j < t.size(); j++) {
        assertThat(c.compare(i, j))
            .as("%s vs %s", t.record(i), t.record(j))
            .isEqualTo(c.compare(j, i));
      }
    }
  }

  @Property(tries = 20)
  void decisions_do_not_depend_on_record_order(@ForAll long seed) {
    List<IdentityRecord> recs = records(seed, 60);
    List<IdentityRecord> shuffled = new ArrayList<>(recs);
    Collections.shuffle(shuffled, new Random(seed));
    Clustering a = Deduplicator.standard().run(recs).clustering();
    Clustering b = Deduplicator.standard().run(shuffled).clustering();
    assertThat(b.clusters()).isEqualTo(a.clusters());
  }

  @Property(tries = 100)
  void clustering_is_order_independent(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int n) {
    Random r = new Random(seed);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("r" + i);
    }
    List<Link> links = new ArrayList<>();
    for (int k = 0; k < n * 2; k++) {
      int i = r.nextInt(n);
      int j = r.nextInt(n);
      if (i != j) {
        links.add(new Link(ids.get(i), ids.get(j), r.nextInt(30)));
      }
    }
    Clusterer clusterer = Clusterer.guarded(6, 15);
    Clustering first = clusterer.cluster(ids, links);
    List<String> ids2 = new ArrayList<>(ids);
    List<Link> links2 = new ArrayList<>();
    for (Link l : links) {
      links2.add(r.nextBoolean() ? l : new Link(l.right(), l.left(), l.weight()));
    }
    Collections.shuffle(ids2, r);
    Collections.shuffle(links2, r);
    Clustering second = clusterer.cluster(ids2, links2);
    assertThat(second.clusters()).isEqualTo(first.clusters());
    assertThat(second.representativeOf()).isEqualTo(first.representativeOf());
  }
}
