package io.crmkit.core.summary;

import java.util.Arrays;

/**
 * Builds {@link CustomerSummaries} from {@link TransactionColumns} in O(n) passes over primitive
 * arrays: dense customer indexes by hashing, a counting sort of rows by customer, then one small
 * sort of purchase periods per customer.
 */
final class SummaryCalculator {

  private SummaryCalculator() {}

  static CustomerSummaries summarize(TransactionColumns cols, SummaryOptions options) {
    final int n = cols.size();
    final long[] keys = cols.rawKeys();
    final long[] epoch = cols.rawEpochSeconds();
    final double[] amounts = cols.rawAmounts();
    final boolean[] refunds = cols.rawRefunds();
    final String[] dictionary = cols.rawDictionary();

    // 1. dense customer index per row, ranked by customer id
    int[] rowCustomer = new int[n];
    int customers;
    int[] rankOfDense;
    long[] numericIdsByRank = null;
    String[] stringIdsByRank = null;
    if (dictionary == null) {
      LongIntHashMap map = new LongIntHashMap(Math.min(n, 1 << 20));
      long[] distinct = new long[Math.max(16, Math.min(n, 1 << 20))];
      int d = 0;
      for (int i = 0; i < n; i++) {
        int idx = map.getOrPut(keys[i], d);
        if (idx == d) {
          if (d == distinct.length) {
            distinct = Arrays.copyOf(distinct, d * 2);
          }
          distinct[d++] = keys[i];
        }
        rowCustomer[i] = idx;
      }
      customers = d;
      long[] sorted = Arrays.copyOf(distinct, d);
      Arrays.sort(sorted);
      rankOfDense = new int[d];
      for (int j = 0; j < d; j++) {
        rankOfDense[j] = Arrays.binarySearch(sorted, distinct[j]);
      }
      numericIdsByRank = sorted;
    } else {
      customers = dictionary.length;
      String[] sorted = dictionary.clone();
      Arrays.sort(sorted);
      rankOfDense = new int[customers];
      for (int j = 0; j < customers; j++) {
        rankOfDense[j] = Arrays.binarySearch(sorted, dictionary[j]);
      }
      for (int i = 0; i < n; i++) {
        rowCustomer[i] = (int) keys[i];
      }
      stringIdsByRank = sorted;
    }

    // 2. counting sort of rows by customer rank
    int[] start = new int[customers + 1];
    for (int i = 0; i < n; i++) {
      int r = rankOfDense[rowCustomer[i]];
      rowCustomer[i] = r;
      start[r + 1]++;
    }
    for (int r = 0; r < customers; r++) {
      start[r + 1] += start[r];
    }
    int[] order = new int[n];
    {
      int[] pos = Arrays.copyOf(start, customers);
      for (int i = 0; i < n; i++) {
        order[pos[rowCustomer[i]]++] = i;
      }
    }
    rowCustomer = null; // free

    // 3. one pass per customer
    final long period = options.purchasePeriod().seconds();
    final double periodInUnits = period / options.unit().seconds();
    final long calEndExcl = (options.calibrationEnd().toEpochDay() + 1) * 86_400L;
    final boolean hasHoldout = options.holdoutEnd().isPresent();
    final long obsEndExcl = hasHoldout ? (options.holdoutEnd().get().toEpochDay() + 1) * 86_400L : calEndExcl;
    final long calEndPeriod = Math.floorDiv(calEndExcl - 1, period);
    final double holdoutDuration = hasHoldout
        ? (Math.floorDiv(obsEndExcl - 1, period) - calEndPeriod) * periodInUnits : 0;
    LocalSeconds local = new LocalSeconds(options.zone());

    long[] outNumeric = numericIdsByRank == null ? null : new long[customers];
    String[] outString = stringIdsByRank == null ? null : new String[customers];
    int[] frequency = new int[customers];
    double[] recency = new double[customers];
    double[] age = new double[customers];
    double[] monetary = new double[customers];
    double[] total = new double[customers];
    int[] txCount = new int[customers];
    int[] firstDay = new int[customers];
    int[] lastDay = new int[customers];
    int[] holdoutFreq = hasHoldout ? new int[customers] : null;

    long calPurchases = 0;
    long holdPurchases = 0;
    long refundCount = 0;
    long afterEnd = 0;
    long late = 0;

    long[] calPeriods = new long[64];
    double[] calAmounts = new double[64];
    long[] holdPeriods = new long[64];
    int out = 0;
    for (int r = 0; r < customers; r++) {
      int from = start[r];
      int to = start[r + 1];
      int m = to - from;
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
      long minPeriod = Long.MAX_VALUE;
      long maxPeriod = Long.MIN_VALUE;
      for (int k = from; k < to; k++) {
        int row = order[k];
        long t = local.toLocal(epoch[row]);
        if (t >= obsEndExcl) {
          afterEnd++;
          continue;
        }
        if (refunds != null && refunds[row]) {
          refundCount++;
          if (t < calEndExcl) {
            calRefunds += amounts[row];
          }
          continue;
        }
        long p = Math.floorDiv(t, period);
        if (t < calEndExcl) {
          calPeriods[calN] = p;
          calAmounts[calN++] = amounts[row];
          calTotal += amounts[row];
          if (t < minLocal) {
            minLocal = t;
          }
          if (t > maxLocal) {
            maxLocal = t;
          }
          if (p < minPeriod) {
            minPeriod = p;
          }
          if (p > maxPeriod) {
            maxPeriod = p;
          }
        } else {
          holdPeriods[holdN++] = p;
        }
      }
      if (calN == 0) {
        late += holdN;
        continue;
      }
      calPurchases += calN;
      holdPurchases += holdN;
      double firstAmount = 0;
      for (int k = 0; k < calN; k++) {
        if (calPeriods[k] == minPeriod) {
          firstAmount += calAmounts[k];
        }
      }
      int distinct = distinct(calPeriods, calN);
      int x = distinct - 1;
      if (outNumeric != null) {
        outNumeric[out] = numericIdsByRank[r];
      } else {
        outString[out] = stringIdsByRank[r];
      }
      frequency[out] = x;
      recency[out] = (maxPeriod - minPeriod) * periodInUnits;
      age[out] = (calEndPeriod - minPeriod) * periodInUnits;
      monetary[out] = x == 0 ? 0 : Math.max(0, (calTotal - firstAmount) / x);
      total[out] = calTotal - calRefunds;
      txCount[out] = calN;
      firstDay[out] = (int) Math.floorDiv(minLocal, 86_400L);
      lastDay[out] = (int) Math.floorDiv(maxLocal, 86_400L);
      if (holdoutFreq != null) {
        holdoutFreq[out] = distinct(holdPeriods, holdN);
      }
      out++;
    }
    TransactionAccounting accounting =
        new TransactionAccounting(calPurchases, holdPurchases, refundCount, afterEnd, late);
    return new CustomerSummaries(out,
        outNumeric == null ? null : Arrays.copyOf(outNumeric, out),
        outString == null ? null : Arrays.copyOf(outString, out),
        Arrays.copyOf(frequency, out), Arrays.copyOf(recency, out), Arrays.copyOf(age, out),
        Arrays.copyOf(monetary, out), Arrays.copyOf(total, out), Arrays.copyOf(txCount, out),
        Arrays.copyOf(firstDay, out), Arrays.copyOf(lastDay, out),
        holdoutFreq == null ? null : Arrays.copyOf(holdoutFreq, out),
        options.unit(), java.util.Optional.of(options.calibrationEnd()), options.holdoutEnd(), holdoutDuration,
        cols.currency(), java.util.Optional.of(accounting));
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
