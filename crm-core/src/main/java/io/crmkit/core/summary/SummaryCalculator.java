package io.crmkit.core.summary;

import java.util.Arrays;

/**
 * Builds {@link CustomerSummaries} from {@link TransactionColumns} with passes over primitive
 * arrays and no object per row: rows are scattered into key-range partitions of about 8,192 rows
 * (so that each partition's working set stays in the CPU caches), each partition is grouped by
 * customer in key order (direct addressing for dense ids, a small hash table otherwise), and one
 * pass per customer computes the summary, with a small sort of its purchase periods. The output is
 * in id order because partitions are ordered key ranges.
 */
final class SummaryCalculator {

  private SummaryCalculator() {}

  /** Rows per partition aimed at: a partition's working set stays in the CPU caches. */
  private static final int ROWS_PER_PARTITION = 8192;

  static CustomerSummaries summarize(TransactionColumns cols, SummaryOptions options) {
    final int n = cols.size();
    final long[] rawKeys = cols.rawKeys();
    final long[] epoch = cols.rawEpochSeconds();
    final double[] amounts = cols.rawAmounts();
    final boolean[] refunds = cols.rawRefunds();
    final String[] dictionary = cols.rawDictionary();

    // 1. a sort key per row whose order is the output order: the numeric id, or the rank of the
    // text id
    final long[] sortKeys;
    String[] sortedDictionary = null;
    if (dictionary == null) {
      sortKeys = rawKeys;
    } else {
      sortedDictionary = dictionary.clone();
      Arrays.sort(sortedDictionary);
      int[] rank = new int[dictionary.length];
      for (int j = 0; j < dictionary.length; j++) {
        rank[j] = Arrays.binarySearch(sortedDictionary, dictionary[j]);
      }
      sortKeys = new long[n];
      for (int i = 0; i < n; i++) {
        sortKeys[i] = rank[(int) rawKeys[i]];
      }
    }

    // 2. partition rows by key range, so that each partition is small enough to stay in cache
    Partitioner partitioner = Partitioner.of(sortKeys, n, Math.max(1, n / ROWS_PER_PARTITION));
    int partitions = partitioner.count();
    int[] partitionStart = new int[partitions + 1];
    for (int i = 0; i < n; i++) {
      partitionStart[partitioner.partitionOf(sortKeys[i]) + 1]++;
    }
    for (int p = 0; p < partitions; p++) {
      partitionStart[p + 1] += partitionStart[p];
    }
    final long[] pKey = new long[n];
    final long[] pLocal = new long[n];
    final double[] pAmount = new double[n];
    final boolean[] pRefund = refunds == null ? null : new boolean[n];
    LocalSeconds local = new LocalSeconds(options.zone());
    {
      int[] cursor = Arrays.copyOf(partitionStart, partitions);
      for (int i = 0; i < n; i++) {
        int at = cursor[partitioner.partitionOf(sortKeys[i])]++;
        pKey[at] = sortKeys[i];
        pLocal[at] = local.toLocal(epoch[i]);
        pAmount[at] = amounts[i];
        if (pRefund != null) {
          pRefund[at] = refunds[i];
        }
      }
    }

    // 3. per partition: group rows by customer (in cache), then one pass per customer in key order
    final long period = options.purchasePeriod().seconds();
    final double periodInUnits = period / options.unit().seconds();
    final long calEndExcl = (options.calibrationEnd().toEpochDay() + 1) * 86_400L;
    final boolean hasHoldout = options.holdoutEnd().isPresent();
    final long obsEndExcl =
        hasHoldout ? (options.holdoutEnd().get().toEpochDay() + 1) * 86_400L : calEndExcl;
    final long calEndPeriod = Math.floorDiv(calEndExcl - 1, period);
    final double holdoutDuration =
        hasHoldout ? (Math.floorDiv(obsEndExcl - 1, period) - calEndPeriod) * periodInUnits : 0;

    Output out = new Output(Math.min(n, 1 << 16), hasHoldout);
    Counters counters = new Counters();
    Grouping grouping = new Grouping();
    long[] calPeriods = new long[64];
    double[] calAmounts = new double[64];
    long[] holdPeriods = new long[64];
    for (int p = 0; p < partitions; p++) {
      int from = partitionStart[p];
      int to = partitionStart[p + 1];
      if (from == to) {
        continue;
      }
      grouping.group(pKey, from, to);
      for (int c = 0; c < grouping.customers; c++) {
        int rowsFrom = grouping.start[c];
        int rowsTo = grouping.start[c + 1];
        int m = rowsTo - rowsFrom;
        if (calPeriods.length < m) {
          int cap = Math.max(m, calPeriods.length * 2);
          calPeriods = new long[cap];
          calAmounts = new double[cap];
          holdPeriods = new long[cap];
        }
        int calN = 0;
        int holdN = 0;
        double calTotal = 0;
        double calRefunds = 0;
        long minLocal = Long.MAX_VALUE;
        long maxLocal = Long.MIN_VALUE;
        for (int k = rowsFrom; k < rowsTo; k++) {
          int row = grouping.order[k];
          long t = pLocal[row];
          if (t >= obsEndExcl) {
            counters.afterEnd++;
            continue;
          }
          if (pRefund != null && pRefund[row]) {
            counters.refunds++;
            if (t < calEndExcl) {
              calRefunds += pAmount[row];
            }
            continue;
          }
          if (t < calEndExcl) {
            calPeriods[calN] = Math.floorDiv(t, period);
            calAmounts[calN++] = pAmount[row];
            calTotal += pAmount[row];
            minLocal = Math.min(minLocal, t);
            maxLocal = Math.max(maxLocal, t);
          } else {
            holdPeriods[holdN++] = Math.floorDiv(t, period);
          }
        }
        if (calN == 0) {
          counters.late += holdN;
          continue;
        }
        counters.calibration += calN;
        counters.holdout += holdN;
        long minPeriod = Math.floorDiv(minLocal, period);
        long maxPeriod = Math.floorDiv(maxLocal, period);
        double firstAmount = 0;
        for (int k = 0; k < calN; k++) {
          if (calPeriods[k] == minPeriod) {
            firstAmount += calAmounts[k];
          }
        }
        int x = distinct(calPeriods, calN) - 1;
        out.add(
            grouping.keys[c],
            x,
            (maxPeriod - minPeriod) * periodInUnits,
            (calEndPeriod - minPeriod) * periodInUnits,
            x == 0 ? 0 : Math.max(0, (calTotal - firstAmount) / x),
            calTotal - calRefunds,
            calN,
            (int) Math.floorDiv(minLocal, 86_400L),
            (int) Math.floorDiv(maxLocal, 86_400L),
            hasHoldout ? distinct(holdPeriods, holdN) : 0);
      }
    }
    TransactionAccounting accounting =
        new TransactionAccounting(
            counters.calibration,
            counters.holdout,
            counters.refunds,
            counters.afterEnd,
            counters.late);
    int size = out.size;
    long[] numericIds = null;
    String[] stringIds = null;
    if (sortedDictionary == null) {
      numericIds = Arrays.copyOf(out.keys, size);
    } else {
      stringIds = new String[size];
      for (int i = 0; i < size; i++) {
        stringIds[i] = sortedDictionary[(int) out.keys[i]];
      }
    }
    return new CustomerSummaries(
        size,
        numericIds,
        stringIds,
        Arrays.copyOf(out.frequency, size),
        Arrays.copyOf(out.recency, size),
        Arrays.copyOf(out.age, size),
        Arrays.copyOf(out.monetary, size),
        Arrays.copyOf(out.total, size),
        Arrays.copyOf(out.txCount, size),
        Arrays.copyOf(out.firstDay, size),
        Arrays.copyOf(out.lastDay, size),
        hasHoldout ? Arrays.copyOf(out.holdoutFrequency, size) : null,
        options.unit(),
        java.util.Optional.of(options.calibrationEnd()),
        options.holdoutEnd(),
        holdoutDuration,
        cols.currency(),
        java.util.Optional.of(accounting));
  }

  private static final class Counters {
    long calibration;
    long holdout;
    long refunds;
    long afterEnd;
    long late;
  }

  /** Maps sort keys to contiguous, ordered key ranges. */
  private static final class Partitioner {
    private final long min;
    private final long width; // > 0 for the dense fast path
    private final long[] splitters; // for the general path
    private final int count;

    private Partitioner(long min, long width, long[] splitters, int count) {
      this.min = min;
      this.width = width;
      this.splitters = splitters;
      this.count = count;
    }

    static Partitioner of(long[] keys, int n, int wanted) {
      if (n == 0 || wanted <= 1) {
        return new Partitioner(0, Long.MAX_VALUE, null, 1);
      }
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int i = 0; i < n; i++) {
        min = Math.min(min, keys[i]);
        max = Math.max(max, keys[i]);
      }
      long range = max - min + 1; // keys are not negative, so no overflow
      if (range <= 16L * n) {
        long width = Math.max(1, (range + wanted - 1) / wanted);
        int count = (int) ((range + width - 1) / width);
        return new Partitioner(min, width, null, count);
      }
      // sparse keys: splitters from an evenly spaced sample
      int samples = (int) Math.min(n, 32L * wanted);
      long[] sample = new long[samples];
      for (int s = 0; s < samples; s++) {
        sample[s] = keys[(int) ((long) s * n / samples)];
      }
      Arrays.sort(sample);
      long[] splitters = new long[wanted - 1];
      int k = 0;
      for (int j = 1; j < wanted; j++) {
        long v = sample[(int) ((long) j * samples / wanted)];
        if (k == 0 || v > splitters[k - 1]) {
          splitters[k++] = v;
        }
      }
      return new Partitioner(0, 0, Arrays.copyOf(splitters, k), k + 1);
    }

    int count() {
      return count;
    }

    int partitionOf(long key) {
      if (splitters == null) {
        return (int) ((key - min) / width);
      }
      int lo = 0;
      int hi = splitters.length; // number of splitters <= key
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (splitters[mid] <= key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /**
   * Groups the rows of one partition by key, in key order; buffers are reused across partitions.
   */
  private static final class Grouping {
    int customers;
    long[] keys = new long[1024];
    int[] start = new int[1025];
    int[] order = new int[1024];
    private int[] rowGroup = new int[1024];
    private long[] tableKeys = new long[2048];
    private int[] tableValues = new int[2048];
    private long[] distinctKeys = new long[1024];
    private int[] cursor = new int[1024];

    void group(long[] pKey, int from, int to) {
      int m = to - from;
      if (order.length < m) {
        int cap = Math.max(m, order.length * 2);
        order = new int[cap];
        rowGroup = new int[cap];
        keys = new long[cap];
        distinctKeys = new long[cap];
        start = new int[cap + 1];
      }
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int r = from; r < to; r++) {
        min = Math.min(min, pKey[r]);
        max = Math.max(max, pKey[r]);
      }
      int groups;
      if (max - min < 4L * m + 64) {
        // dense keys: direct addressing, groups are already in key order
        int range = (int) (max - min + 1);
        if (tableValues.length < range) {
          tableValues = new int[Math.max(range, tableValues.length * 2)];
        }
        Arrays.fill(tableValues, 0, range, -1);
        for (int r = from; r < to; r++) {
          tableValues[(int) (pKey[r] - min)] = 0;
        }
        groups = 0;
        for (int v = 0; v < range; v++) {
          if (tableValues[v] == 0) {
            tableValues[v] = groups;
            keys[groups++] = min + v;
          }
        }
        for (int r = from; r < to; r++) {
          rowGroup[r - from] = tableValues[(int) (pKey[r] - min)];
        }
      } else {
        // sparse keys: a small open-addressing table, then order the groups by key
        int cap = Integer.highestOneBit(Math.max(4, 2 * m) - 1) << 1;
        if (tableKeys.length < cap) {
          tableKeys = new long[cap];
          tableValues = new int[Math.max(cap, tableValues.length)];
        }
        Arrays.fill(tableKeys, 0, cap, -1L);
        int mask = cap - 1;
        int d = 0;
        for (int r = from; r < to; r++) {
          long key = pKey[r];
          long h = key * 0x9E3779B97F4A7C15L;
          int slot = (int) (h ^ (h >>> 32)) & mask;
          while (tableKeys[slot] != -1L && tableKeys[slot] != key) {
            slot = (slot + 1) & mask;
          }
          if (tableKeys[slot] == -1L) {
            tableKeys[slot] = key;
            distinctKeys[d++] = key;
          }
        }
        Arrays.sort(distinctKeys, 0, d);
        for (int g = 0; g < d; g++) {
          long key = distinctKeys[g];
          keys[g] = key;
          long h = key * 0x9E3779B97F4A7C15L;
          int slot = (int) (h ^ (h >>> 32)) & mask;
          while (tableKeys[slot] != key) {
            slot = (slot + 1) & mask;
          }
          tableValues[slot] = g;
        }
        for (int r = from; r < to; r++) {
          long key = pKey[r];
          long h = key * 0x9E3779B97F4A7C15L;
          int slot = (int) (h ^ (h >>> 32)) & mask;
          while (tableKeys[slot] != key) {
            slot = (slot + 1) & mask;
          }
          rowGroup[r - from] = tableValues[slot];
        }
        groups = d;
      }
      Arrays.fill(start, 0, groups + 1, 0);
      for (int j = 0; j < m; j++) {
        start[rowGroup[j] + 1]++;
      }
      for (int g = 0; g < groups; g++) {
        start[g + 1] += start[g];
      }
      // order[k] = partition row index (absolute), grouped by customer
      if (cursor.length < groups) {
        cursor = new int[Math.max(groups, cursor.length * 2)];
      }
      System.arraycopy(start, 0, cursor, 0, groups);
      for (int j = 0; j < m; j++) {
        order[cursor[rowGroup[j]]++] = from + j;
      }
      customers = groups;
    }
  }

  /** Growable output columns. */
  private static final class Output {
    int size;
    long[] keys;
    int[] frequency;
    double[] recency;
    double[] age;
    double[] monetary;
    double[] total;
    int[] txCount;
    int[] firstDay;
    int[] lastDay;
    int[] holdoutFrequency;

    Output(int capacity, boolean holdout) {
      int cap = Math.max(16, capacity);
      keys = new long[cap];
      frequency = new int[cap];
      recency = new double[cap];
      age = new double[cap];
      monetary = new double[cap];
      total = new double[cap];
      txCount = new int[cap];
      firstDay = new int[cap];
      lastDay = new int[cap];
      holdoutFrequency = holdout ? new int[cap] : null;
    }

    void add(
        long key,
        int x,
        double rec,
        double t,
        double mon,
        double tot,
        int count,
        int first,
        int last,
        int hold) {
      if (size == keys.length) {
        int cap = keys.length * 2;
        keys = Arrays.copyOf(keys, cap);
        frequency = Arrays.copyOf(frequency, cap);
        recency = Arrays.copyOf(recency, cap);
        age = Arrays.copyOf(age, cap);
        monetary = Arrays.copyOf(monetary, cap);
        total = Arrays.copyOf(total, cap);
        txCount = Arrays.copyOf(txCount, cap);
        firstDay = Arrays.copyOf(firstDay, cap);
        lastDay = Arrays.copyOf(lastDay, cap);
        if (holdoutFrequency != null) {
          holdoutFrequency = Arrays.copyOf(holdoutFrequency, cap);
        }
      }
      keys[size] = key;
      frequency[size] = x;
      recency[size] = rec;
      age[size] = t;
      monetary[size] = mon;
      total[size] = tot;
      txCount[size] = count;
      firstDay[size] = first;
      lastDay[size] = last;
      if (holdoutFrequency != null) {
        holdoutFrequency[size] = hold;
      }
      size++;
    }
  }

  /** Number of distinct values among the first {@code n} of {@code a}; sorts that prefix. */
  private static int distinct(long[] a, int n) {
    if (n <= 1) {
      return n;
    }
    Arrays.sort(a, 0, n);
    int d = 1;
    for (int i = 1; i < n; i++) {
      if (a[i] != a[i - 1]) {
        d++;
      }
    }
    return d;
  }
}
