package io.crmkit.marketing.similar;

/**
 * The k best (highest score, then lowest item number) of a stream of (item, score) pairs, in a
 * bounded min-heap of primitive arrays. Reusable after {@link #clear}. Not thread-safe.
 *
 * @since 0.1
 */
public final class TopK {

  private final int k;
  private final int[] items;
  private final double[] scores;
  private int size;

  /** A selector of the {@code k} (at least 1) best. */
  public TopK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1 but was: " + k);
    }
    this.k = k;
    items = new int[k];
    scores = new double[k];
  }

  /** Forgets every pair offered. */
  public void clear() {
    size = 0;
  }

  /** The number of pairs kept, at most k. */
  public int size() {
    return size;
  }

  // a worse b: lower score, or equal score and higher item number
  private static boolean worse(double sa, int ia, double sb, int ib) {
    return sa < sb || (sa == sb && ia > ib);
  }

  /**
   * Whether a pair with score {@code score} might be kept if offered now: fewer than k are kept, or
   * it is not below the worst kept (on a tie the item number decides). Lets a caller skip the work
   * of naming a pair that would be refused.
   */
  public boolean mayKeep(double score) {
    return size < k || score >= scores[0];
  }

  /** Offers item {@code item} with score {@code score} (not NaN). */
  public void offer(int item, double score) {
    if (size < k) {
      int i = size++;
      items[i] = item;
      scores[i] = score;
      while (i > 0) {
        int p = (i - 1) >>> 1;
        if (!worse(scores[i], items[i], scores[p], items[p])) {
          break;
        }
        swap(i, p);
        i = p;
      }
    } else if (worse(scores[0], items[0], score, item)) {
      items[0] = item;
      scores[0] = score;
      siftDown(0, size);
    }
  }

  private void siftDown(int i, int n) {
    while (true) {
      int l = 2 * i + 1;
      int m = i;
      if (l < n && worse(scores[l], items[l], scores[m], items[m])) {
        m = l;
      }
      if (l + 1 < n && worse(scores[l + 1], items[l + 1], scores[m], items[m])) {
        m = l + 1;
      }
      if (m == i) {
        return;
      }
      swap(i, m);
      i = m;
    }
  }

  private void swap(int a, int b) {
    int ti = items[a];
    items[a] = items[b];
    items[b] = ti;
    double ts = scores[a];
    scores[a] = scores[b];
    scores[b] = ts;
  }

  /**
   * Writes the kept items, best first, into {@code outItems} and {@code outScores} from {@code
   * offset} and returns their number; the selector is empty afterwards.
   */
  public int drainTo(int[] outItems, double[] outScores, int offset) {
    int n = size;
    for (int end = n - 1; end >= 0; end--) {
      // the heap's minimum is the worst: place it last
      outItems[offset + end] = items[0];
      outScores[offset + end] = scores[0];
      swap(0, end);
      siftDown(0, end);
    }
    size = 0;
    return n;
  }

  @Override
  public String toString() {
    return "TopK[" + size + " of " + k + "]";
  }
}
