package io.crmkit.marketing.basket;

import java.util.Arrays;

/**
 * FP-Growth over baskets of dense item numbers: items are first renumbered by descending frequency
 * (ranks), every basket is inserted as a path of ascending ranks into a prefix tree, and the
 * frequent itemsets ending in each rank are mined from the conditional trees of its prefix paths.
 * Package-private engine of {@link FrequentItemsets}.
 */
final class FpGrowth {

  /** Receives each frequent itemset as global ranks {@code ranks[0..length)} and its count. */
  interface Sink {
    void accept(int[] ranks, int length, int count);
  }

  private final int minCount;
  private final int maxLength;
  private final Sink sink;
  private final int[] prefix;

  private FpGrowth(int minCount, int maxLength, Sink sink) {
    this.minCount = minCount;
    this.maxLength = maxLength;
    this.sink = sink;
    this.prefix = new int[maxLength];
  }

  /**
   * Mines {@code baskets} (each a sorted array of distinct ranks of frequent items, rank 0 the most
   * frequent, {@code rankCounts[r]} the count of rank r) for itemsets of at most {@code maxLength}
   * items in at least {@code minCount} baskets.
   */
  static void mine(int[][] baskets, int ranks, int minCount, int maxLength, Sink sink) {
    Tree t = new Tree(ranks, identity(ranks));
    for (int[] b : baskets) {
      if (b.length > 0) {
        t.insert(b, b.length, 1);
      }
    }
    new FpGrowth(minCount, maxLength, sink).mine(t, 0);
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  private void mine(Tree t, int depth) {
    int[] path = new int[t.items];
    for (int local = t.items - 1; local >= 0; local--) {
      int total = t.headCount[local];
      if (total < minCount) {
        continue;
      }
      prefix[depth] = t.globalRank[local];
      sink.accept(prefix, depth + 1, total);
      if (depth + 1 >= maxLength || local == 0) {
        continue;
      }
      // counts of the items on the prefix paths of `local`
      int[] counts = new int[local];
      for (int n = t.head[local]; n >= 0; n = t.next[n]) {
        int c = t.count[n];
        for (int p = t.parent[n]; p > 0; p = t.parent[p]) {
          counts[t.item[p]] += c;
        }
      }
      int m = 0;
      int[] newLocal = new int[local];
      for (int i = 0; i < local; i++) {
        newLocal[i] = counts[i] >= minCount ? m++ : -1;
      }
      if (m == 0) {
        continue;
      }
      int[] global = new int[m];
      for (int i = 0; i < local; i++) {
        if (newLocal[i] >= 0) {
          global[newLocal[i]] = t.globalRank[i];
        }
      }
      Tree cond = new Tree(m, global);
      for (int n = t.head[local]; n >= 0; n = t.next[n]) {
        int len = 0;
        for (int p = t.parent[n]; p > 0; p = t.parent[p]) {
          int q = newLocal[t.item[p]];
          if (q >= 0) {
            path[len++] = q;
          }
        }
        if (len > 0) {
          // ancestors come deepest first, i.e. descending ranks: reverse to ascending
          for (int i = 0, j = len - 1; i < j; i++, j--) {
            int tmp = path[i];
            path[i] = path[j];
            path[j] = tmp;
          }
          cond.insert(path, len, t.count[n]);
        }
      }
      mine(cond, depth + 1);
    }
  }

  /** A prefix tree over local item numbers; node 0 is the root. */
  static final class Tree {
    final int items;
    final int[] globalRank;
    final int[] head;
    final int[] headCount;
    int[] item = new int[64];
    int[] count = new int[64];
    int[] parent = new int[64];
    int[] next = new int[64];
    int size = 1;
    private long[] keys = new long[128];
    private int[] values = new int[128];
    private int used;

    Tree(int items, int[] globalRank) {
      this.items = items;
      this.globalRank = globalRank;
      head = new int[items];
      Arrays.fill(head, -1);
      headCount = new int[items];
      Arrays.fill(keys, -1L);
      parent[0] = -1;
      item[0] = -1;
    }

    void insert(int[] path, int len, int c) {
      int node = 0;
      for (int k = 0; k < len; k++) {
        int it = path[k];
        long key = ((long) node << 32) | it;
        int child = find(key);
        if (child < 0) {
          child = newNode(it, node);
          put(key, child);
        }
        count[child] += c;
        headCount[it] += c;
        node = child;
      }
    }

    private int newNode(int it, int par) {
      if (size == item.length) {
        int cap = size * 2;
        item = Arrays.copyOf(item, cap);
        count = Arrays.copyOf(count, cap);
        parent = Arrays.copyOf(parent, cap);
        next = Arrays.copyOf(next, cap);
      }
      int n = size++;
      item[n] = it;
      parent[n] = par;
      next[n] = head[it];
      head[it] = n;
      return n;
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 29)) & mask;
    }

    private int find(long key) {
      int mask = keys.length - 1;
      for (int s = slot(key, mask); ; s = (s + 1) & mask) {
        long k = keys[s];
        if (k == key) {
          return values[s];
        }
        if (k == -1L) {
          return -1;
        }
      }
    }

    private void put(long key, int value) {
      if (2 * (used + 1) > keys.length) {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        values = new int[ok.length * 2];
        Arrays.fill(keys, -1L);
        used = 0;
        for (int i = 0; i < ok.length; i++) {
          if (ok[i] != -1L) {
            put(ok[i], ov[i]);
          }
        }
      }
      int mask = keys.length - 1;
      int s = slot(key, mask);
      while (keys[s] != -1L) {
        s = (s + 1) & mask;
      }
      keys[s] = key;
      values[s] = value;
      used++;
    }
  }
}
