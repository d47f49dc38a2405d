package io.crmkit.identity.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Candidate generation by blocking on several keys: the candidate pairs are the union of the pairs
 * of records that share a key value, each pair listed once (a pair is credited to the first key
 * that finds it). Blocks larger than {@code maxBlockSize} records are skipped and reported, so that
 * a shared placeholder value (a call-centre phone number) cannot make the run quadratic.
 *
 * @since 0.1
 */
public final class Blocking {

  private final List<BlockingKey> keys;
  private final int maxBlockSize;

  private Blocking(List<BlockingKey> keys, int maxBlockSize) {
    this.keys = keys;
    this.maxBlockSize = maxBlockSize;
  }

  /**
   * Blocking on {@code keys} with blocks of at most {@code maxBlockSize} records.
   *
   * @throws IllegalArgumentException if there is no key or the limit is below 2
   */
  public static Blocking on(List<BlockingKey> keys, int maxBlockSize) {
    Objects.requireNonNull(keys, "keys must not be null");
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("keys must hold at least one blocking key but was empty");
    }
    if (maxBlockSize < 2) {
      throw new IllegalArgumentException(
          "maxBlockSize must be at least 2 but was: " + maxBlockSize);
    }
    return new Blocking(List.copyOf(keys), maxBlockSize);
  }

  /** The candidate pairs of {@code table} and the report. */
  public Candidates candidates(RecordTable table) {
    int n = table.size();
    int k = keys.size();
    int[][] codes = new int[k][];
    boolean[][] oversized = new boolean[k][];
    for (int key = 0; key < k; key++) {
      codes[key] = encode(table, keys.get(key));
    }
    LongList pairs = new LongList();
    List<BlockingReport.KeyStats> stats = new ArrayList<>();
    for (int key = 0; key < k; key++) {
      int[] code = codes[key];
      long[] sorted = new long[n];
      int m = 0;
      int maxCode = -1;
      for (int i = 0; i < n; i++) {
        if (code[i] >= 0) {
          sorted[m++] = ((long) code[i] << 32) | i;
          maxCode = Math.max(maxCode, code[i]);
        }
      }
      Arrays.sort(sorted, 0, m);
      oversized[key] = new boolean[maxCode + 1];
      long blocks = 0;
      long newPairs = 0;
      long overBlocks = 0;
      long skipped = 0;
      for (int start = 0; start < m; ) {
        int c = (int) (sorted[start] >>> 32);
        int end = start + 1;
        while (end < m && (int) (sorted[end] >>> 32) == c) {
          end++;
        }
        int size = end - start;
        if (size > maxBlockSize) {
          oversized[key][c] = true;
          overBlocks++;
          skipped += (long) size * (size - 1) / 2;
        } else if (size > 1) {
          blocks++;
          for (int a = start; a < end; a++) {
            int i = (int) sorted[a];
            for (int b = a + 1; b < end; b++) {
              int j = (int) sorted[b];
              if (!foundEarlier(codes, oversized, key, i, j)) {
                pairs.add(i < j ? ((long) i << 32) | j : ((long) j << 32) | i);
                newPairs++;
              }
            }
          }
        }
        start = end;
      }
      stats.add(
          new BlockingReport.KeyStats(keys.get(key).name(), blocks, newPairs, overBlocks, skipped));
    }
    long[] out = pairs.toArray();
    Arrays.sort(out);
    return new Candidates(out, new BlockingReport(stats, out.length, maxBlockSize));
  }

  private static boolean foundEarlier(int[][] codes, boolean[][] oversized, int key, int i, int j) {
    for (int e = 0; e < key; e++) {
      int c = codes[e][i];
      if (c >= 0 && c == codes[e][j] && !oversized[e][c]) {
        return true;
      }
    }
    return false;
  }

  private static int[] encode(RecordTable table, BlockingKey key) {
    int n = table.size();
    int[] code = new int[n];
    Map<String, Integer> dictionary = new HashMap<>();
    for (int i = 0; i < n; i++) {
      code[i] =
          key.key()
              .apply(table.record(i))
              .map(v -> dictionary.computeIfAbsent(v, x -> dictionary.size()))
              .orElse(-1);
    }
    return code;
  }

  /**
   * Candidate pairs as sorted longs {@code (i << 32) | j} with {@code i < j} (record positions),
   * and the blocking report.
   *
   * @since 0.1
   */
  public record Candidates(long[] pairs, BlockingReport report) {
    /** Checks the pairs and report are not null. */
    public Candidates {
      Objects.requireNonNull(pairs, "pairs must not be null");
      Objects.requireNonNull(report, "report must not be null");
    }

    /** The number of candidate pairs. */
    public int size() {
      return pairs.length;
    }

    /** Whether records {@code i} and {@code j} form a candidate pair. */
    public boolean contains(int i, int j) {
      long key = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
      return Arrays.binarySearch(pairs, key) >= 0;
    }

    @Override
    public String toString() {
      return "Candidates[" + pairs.length + " pairs]";
    }
  }

  /** A growable primitive long list. */
  static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[size++] = v;
    }

    long[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }

  @Override
  public String toString() {
    return "Blocking["
        + keys.stream().map(BlockingKey::name).toList()
        + ", blocks of at most "
        + maxBlockSize
        + "]";
  }
}
