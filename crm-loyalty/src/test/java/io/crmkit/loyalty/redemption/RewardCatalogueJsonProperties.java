package io.crmkit.loyalty.redemption;

import java.util.ArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

public class RewardCatalogueJsonProperties {

  @Property(tries = 200)
  boolean writing_then_reading_gives_an_equal_catalogue(
      @ForAll("catalogues") RewardCatalogue catalogue) {
    return RewardCatalogueJson.read(RewardCatalogueJson.write(catalogue)).equals(catalogue);
  }

  /**
   * Catalogues of 0 to 8 rewards with any text in names and ids, and costs up to {@code
   * Long.MAX_VALUE}.
   */
  @Provide
  public static Arbitrary<RewardCatalogue> catalogues() {
    Arbitrary<String> ids =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars('-', ' ', 'ß', '"', '\\')
            .ofMinLength(1)
            .ofMaxLength(10)
            .filter(s -> !s.isBlank());
    Arbitrary<Reward> reward =
        Combinators.combine(
                ids,
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.longs().between(1, Long.MAX_VALUE))
            .as(Reward::of);
    return reward
        .list()
        .ofMaxSize(8)
        .uniqueElements(Reward::id)
        .map(l -> RewardCatalogue.of(new ArrayList<>(l)));
  }
}
