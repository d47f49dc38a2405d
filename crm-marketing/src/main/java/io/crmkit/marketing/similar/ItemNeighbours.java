package io.crmkit.marketing.similar;

import io.crmkit.marketing.history.PurchaseHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The top-k most similar items of every item of a {@link PurchaseHistory}: the items that share at
 * least {@code minCoCount} customers (or baskets) with it, ranked by the {@link Similarity} (ties
 * by item number). Computed in one pass per item over the rows it is in, with a dense co-count
 * array and a bounded heap: time about the sum over rows of the squared number of items in the row.
 * Stored as compressed sparse rows: 8 bytes (an {@code int} item and a {@code float} score, plus an
 * {@code int} co-count: 12 bytes) per kept neighbour. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ItemNeighbours {

  private final PurchaseHistory history;
  private final NeighbourOptions options;
  private final int[] start;
  private final int[] neighbours;
  private final float[] scores;
  private final int[] coCounts;

  private ItemNeighbours(
      PurchaseHistory history,
      NeighbourOptions options,
      int[] start,
      int[] neighbours,
      float[] scores,
      int[] coCounts) {
    this.history = history;
    this.options = options;
    this.start = start;
    this.neighbours = neighbours;
    this.scores = scores;
    this.coCounts = coCounts;
  }

  /** The neighbours of every item of {@code history} under {@code options}. */
  public static ItemNeighbours of(PurchaseHistory history, NeighbourOptions options) {
    Objects.requireNonNull(history, "history must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Rows rows = Rows.of(history, options.over());
    int items = history.itemCount();
    // item -> rows (transpose)
    int[] itemStart = new int[items + 1];
    for (int k = 0; k < rows.itemsOfRows.length; k++) {
      itemStart[rows.itemsOfRows[k] + 1]++;
    }
    for (int i = 0; i < items; i++) {
      itemStart[i + 1] += itemStart[i];
    }
    int[] rowsOfItems = new int[rows.itemsOfRows.length];
    int[] fill = Arrays.copyOf(itemStart, items);
    for (int r = 0; r < rows.count; r++) {
      for (int k = rows.start[r]; k < rows.start[r + 1]; k++) {
        rowsOfItems[fill[rows.itemsOfRows[k]]++] = r;
      }
    }
    int k = options.k();
    int[] co = new int[items];
    int[] touched = new int[items];
    TopK top = new TopK(k);
    int[] outStart = new int[items + 1];
    int[] outItems = new int[(int) Math.min((long) items * k, 1 << 20)];
    float[] outScores = new float[outItems.length];
    int[] outCo = new int[outItems.length];
    int[] bufItems = new int[k];
    double[] bufScores = new double[k];
    int n = rows.count;
    for (int i = 0; i < items; i++) {
      int nt = 0;
      for (int p = itemStart[i]; p < itemStart[i + 1]; p++) {
        int r = rowsOfItems[p];
        for (int q = rows.start[r]; q < rows.start[r + 1]; q++) {
          int j = rows.itemsOfRows[q];
          if (co[j]++ == 0) {
            touched[nt++] = j;
          }
        }
      }
      int ni = itemStart[i + 1] - itemStart[i];
      for (int t = 0; t < nt; t++) {
        int j = touched[t];
        int c = co[j];
        if (j != i && c >= options.minCoCount()) {
          top.offer(j, options.similarity().of(c, ni, itemStart[j + 1] - itemStart[j], n));
        }
      }
      int got = top.drainTo(bufItems, bufScores, 0);
      int base = outStart[i];
      if (base + got > outItems.length) {
        int cap =
            (int)
                Math.min(Integer.MAX_VALUE - 8L, Math.max((long) outItems.length * 2, base + got));
        outItems = Arrays.copyOf(outItems, cap);
        outScores = Arrays.copyOf(outScores, cap);
        outCo = Arrays.copyOf(outCo, cap);
      }
      for (int g = 0; g < got; g++) {
        outItems[base + g] = bufItems[g];
        outScores[base + g] = (float) bufScores[g];
        outCo[base + g] = co[bufItems[g]];
      }
      outStart[i + 1] = base + got;
      for (int t = 0; t < nt; t++) {
        co[touched[t]] = 0;
      }
    }
    int total = outStart[items];
    return new ItemNeighbours(
        history,
        options,
        outStart,
        Arrays.copyOf(outItems, total),
        Arrays.copyOf(outScores, total),
        Arrays.copyOf(outCo, total));
  }

  /** The history the neighbours were computed on. */
  public PurchaseHistory history() {
    return history;
  }

  /** The options computed with. */
  public NeighbourOptions options() {
    return options;
  }

  /** The number of neighbours kept for item number {@code item}, at most k. */
  public int count(int item) {
    return start[item + 1] - start[item];
  }

  /**
   * The {@code n}-th (0-based, best first) neighbour of item number {@code item}, as an item
   * number.
   */
  public int neighbour(int item, int n) {
    Objects.checkIndex(n, count(item));
    return neighbours[start[item] + n];
  }

  /**
   * The similarity of the {@code n}-th neighbour of item number {@code item}, stored as a {@code
   * float} (about 7 significant digits) and returned as the double of its shortest decimal form.
   */
  public double score(int item, int n) {
    Objects.checkIndex(n, count(item));
    return Double.parseDouble(Float.toString(scores[start[item] + n]));
  }

  /**
   * For hot loops over the flat arrays: the neighbours of item {@code item} are at positions {@code
   * start(item) .. start(item + 1) - 1} of {@link #neighbourAt} and {@link #scoreAt}.
   */
  public int start(int item) {
    return start[item];
  }

  /** The neighbour (an item number) at flat position {@code position}. */
  public int neighbourAt(int position) {
    return neighbours[position];
  }

  /** The similarity at flat position {@code position}. */
  public float scoreAt(int position) {
    return scores[position];
  }

  /**
   * The similarity of the {@code n}-th neighbour of item number {@code item} as stored, for hot
   * loops.
   */
  public float scoreAsFloat(int item, int n) {
    return scores[start[item] + n];
  }

  /** The rows shared by item {@code item} and its {@code n}-th neighbour. */
  public int coCount(int item, int n) {
    Objects.checkIndex(n, count(item));
    return coCounts[start[item] + n];
  }

  /** The neighbours of the item with id {@code item}, best first (none if it was never bought). */
  public List<Neighbour> neighbours(String item) {
    OptionalInt i = history.indexOfItem(Objects.requireNonNull(item, "item must not be null"));
    if (i.isEmpty()) {
      return List.of();
    }
    int it = i.getAsInt();
    List<Neighbour> out = new ArrayList<>(count(it));
    for (int n = 0; n < count(it); n++) {
      out.add(new Neighbour(history.item(neighbour(it, n)), score(it, n), coCount(it, n)));
    }
    return Collections.unmodifiableList(out);
  }

  /** The bytes of the neighbour arrays: 12 per kept neighbour plus 4 per item. */
  public long memoryBytes() {
    return 4L * start.length + 12L * neighbours.length;
  }

  @Override
  public String toString() {
    return "ItemNeighbours["
        + history.itemCount()
        + " items, "
        + neighbours.length
        + " neighbours, "
        + options
        + "]";
  }

  /** The rows (customers or baskets) as sorted distinct item numbers in CSR form. */
  static final class Rows {
    final int count;
    final int[] start;
    final int[] itemsOfRows;

    private Rows(int count, int[] start, int[] itemsOfRows) {
      this.count = count;
      this.start = start;
      this.itemsOfRows = itemsOfRows;
    }

    static Rows of(PurchaseHistory h, CoOccurrence over) {
      if (over == CoOccurrence.BASKETS) {
        int[] start = new int[h.basketCount() + 1];
        int[] items = new int[h.basketItemCount()];
        for (int b = 0; b < h.basketCount(); b++) {
          int size = h.basketSize(b);
          for (int k = 0; k < size; k++) {
            items[start[b] + k] = h.basketItem(b, k);
          }
          start[b + 1] = start[b] + size;
        }
        return new Rows(h.basketCount(), start, items);
      }
      int[] start = new int[h.customerCount() + 1];
      int[] items = new int[Math.max(16, h.basketItemCount())];
      for (int c = 0; c < h.customerCount(); c++) {
        int[] own = h.itemsOf(c);
        System.arraycopy(own, 0, items, start[c], own.length);
        start[c + 1] = start[c] + own.length;
      }
      return new Rows(h.customerCount(), start, Arrays.copyOf(items, start[h.customerCount()]));
    }
  }
}
