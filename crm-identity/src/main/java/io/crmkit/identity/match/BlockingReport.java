package io.crmkit.identity.match;

import java.util.List;
import java.util.Objects;

/**
 * What the blocking did: per key, the blocks formed, the new candidate pairs it added (pairs
 * already found by an earlier key are not counted again) and the blocks skipped for being larger
 * than the limit, with the pairs those would have held.
 *
 * @since 0.1
 */
public record BlockingReport(List<KeyStats> keys, long candidatePairs, int maxBlockSize) {

  /**
   * One key's figures.
   *
   * @since 0.1
   */
  public record KeyStats(
      String key, long blocks, long newPairs, long oversizedBlocks, long skippedPairs) {
    /** Checks the key is not null. */
    public KeyStats {
      Objects.requireNonNull(key, "key must not be null");
    }

    @Override
    public String toString() {
      return key
          + ": "
          + blocks
          + " blocks, "
          + newPairs
          + " new pairs"
          + (oversizedBlocks == 0
              ? ""
              : ", "
                  + oversizedBlocks
                  + " blocks over the limit skipped ("
                  + skippedPairs
                  + " pairs)");
    }
  }

  /** Copies the per-key statistics. */
  public BlockingReport {
    keys = List.copyOf(keys);
  }

  @Override
  public String toString() {
    StringBuilder b =
        new StringBuilder(
            "BlockingReport["
                + candidatePairs
                + " candidate pairs, blocks of at most "
                + maxBlockSize
                + " records");
    for (KeyStats k : keys) {
      b.append("\n  ").append(k);
    }
    return b.append(']').toString();
  }
}
