package io.crmkit.identity.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.identity.generate.Difficulty;
import io.crmkit.identity.generate.DuplicateGenerator;
import io.crmkit.identity.normalize.EmailNormalizer;
import io.crmkit.identity.normalize.PhoneNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Term-frequency adjusted name weights and the prior over all pairs. */
class TermFrequencyTest {

  private static final RecordNormalizer NORMALIZER =
      RecordNormalizer.of(PhoneNormalizer.forRegion("GB"), EmailNormalizer.basic());

  private static IdentityRecord person(String id, String given, String family, String birth) {
    return NORMALIZER.normalize(
        RawRecord.of(id, "test", given, family, "", false, "", "")
            .withBirthDate(LocalDate.parse(birth)));
  }

  private static List<IdentityRecord> population(int people) {
    return new ArrayList<>(
        DuplicateGenerator.seeded(11, Difficulty.easy()).generate(people).records().stream()
            .map(NORMALIZER::normalize)
            .toList());
  }

  private static double nameWeight(PairExplanation why) {
    return why.fields().stream()
        .filter(f -> f.field() == Field.GIVEN_NAME || f.field() == Field.FAMILY_NAME)
        .mapToDouble(FieldEvidence::weight)
        .sum();
  }

  @Test
  void agreeing_on_a_common_name_weighs_less_than_agreeing_on_a_rare_one() {
    List<IdentityRecord> records = population(3_000);
    for (int i = 0; i < 40; i++) { // a common family name
      records.add(
          person("smith-" + i, "Person" + (char) ('a' + i % 26) + i, "Smith", "1970-01-01"));
    }
    records.add(person("c1", "John", "Smith", "1980-05-05"));
    records.add(person("c2", "John", "Smith", "1980-05-05"));
    records.add(person("r1", "John", "Quixotewell", "1980-05-05"));
    records.add(person("r2", "John", "Quixotewell", "1980-05-05"));
    DedupResult result = Deduplicator.standard().run(records);
    PairExplanation common = result.explain("c1", "c2").orElseThrow();
    PairExplanation rare = result.explain("r1", "r2").orElseThrow();
    assertThat(nameWeight(rare)).isGreaterThan(nameWeight(common) + 3);
    assertThat(common.toString()).contains("term frequency");
    DedupResult plain = Deduplicator.builder().termFrequencies(false).build().run(records);
    assertThat(nameWeight(plain.explain("c1", "c2").orElseThrow()))
        .isEqualTo(nameWeight(plain.explain("r1", "r2").orElseThrow()));
  }

  @Test
  void the_prior_over_all_pairs_falls_as_the_records_grow_and_the_candidate_prior_does_not() {
    double small = Deduplicator.standard().run(population(2_000)).model().priorWeight();
    double large = Deduplicator.standard().run(population(8_000)).model().priorWeight();
    // matches grow like n, pairs like n^2: four times the records, about two bits less
    assertThat(small - large).isBetween(1.5, 2.5);
    double candidateSmall =
        Deduplicator.builder()
            .priorOverAllPairs(false)
            .build()
            .run(population(2_000))
            .model()
            .priorWeight();
    assertThat(candidateSmall).isGreaterThan(small + 10);
  }
}
