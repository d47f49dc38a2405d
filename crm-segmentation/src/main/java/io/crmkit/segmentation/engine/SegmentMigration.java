package io.crmkit.segmentation.engine;

import io.crmkit.core.customer.CustomerId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How customers moved between the segments of two snapshots (e.g. last quarter and this one): the
 * transition matrix of counts and shares, and the customers behind any cell ("who moved from
 * Champions to At Risk"). Customers are matched by id. A customer only in the later snapshot comes
 * from the pseudo-segment {@value #NEW}; one only in the earlier goes to {@value #GONE}. Stores two
 * int row indexes per customer; ids are produced only when asked for. Immutable.
 *
 * @since 0.1
 */
public final class SegmentMigration {

  /** The "from" pseudo-segment of customers absent from the earlier snapshot. */
  public static final String NEW = "(new)";

  /** The "to" pseudo-segment of customers absent from the later snapshot. */
  public static final String GONE = "(gone)";

  private final SchemeResult before;
  private final SchemeResult after;
  private final List<String> from;
  private final List<String> to;
  private final int[][] counts;
  private final int[] beforeRow;
  private final int[] afterRow;
  private final int total;

  private SegmentMigration(SchemeResult before, SchemeResult after) {
    this.before = before;
    this.after = after;
    List<String> f = new ArrayList<>(before.segments());
    f.add(NEW);
    List<String> t = new ArrayList<>(after.segments());
    t.add(GONE);
    this.from = List.copyOf(f);
    this.to = List.copyOf(t);
    int nb = before.size();
    int na = after.size();
    boolean[] seen = new boolean[nb];
    int[] br = new int[nb + na];
    int[] ar = new int[nb + na];
    int u = 0;
    for (int i = 0; i < na; i++) {
      OptionalInt j = before.rows().indexOf(after.rows().id(i));
      br[u] = j.isPresent() ? j.getAsInt() : -1;
      ar[u] = i;
      if (j.isPresent()) {
        seen[j.getAsInt()] = true;
      }
      u++;
    }
    for (int j = 0; j < nb; j++) {
      if (!seen[j]) {
        br[u] = j;
        ar[u] = -1;
        u++;
      }
    }
    this.beforeRow = Arrays.copyOf(br, u);
    this.afterRow = Arrays.copyOf(ar, u);
    this.total = u;
    this.counts = new int[from.size()][to.size()];
    for (int x = 0; x < u; x++) {
      counts[fromIndex(x)][toIndex(x)]++;
    }
  }

  /**
   * The migration from {@code before} to {@code after} (usually the same scheme run on two
   * snapshots).
   *
   * @throws IllegalArgumentException if a segment is named like a pseudo-segment
   */
  public static SegmentMigration between(SchemeResult before, SchemeResult after) {
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
    if (before.segments().contains(NEW) || after.segments().contains(GONE)) {
      throw new IllegalArgumentException(
          "segment names must not be "
              + NEW
              + " or "
              + GONE
              + " but were: "
              + before.segments()
              + " and "
              + after.segments());
    }
    return new SegmentMigration(before, after);
  }

  private int fromIndex(int x) {
    return beforeRow[x] < 0 ? from.size() - 1 : before.segmentIndex(beforeRow[x]);
  }

  private int toIndex(int x) {
    return afterRow[x] < 0 ? to.size() - 1 : after.segmentIndex(afterRow[x]);
  }

  /** The row labels: the earlier segments, then {@value #NEW}. */
  public List<String> from() {
    return from;
  }

  /** The column labels: the later segments, then {@value #GONE}. */
  public List<String> to() {
    return to;
  }

  /** Customers in either snapshot. */
  public int customers() {
    return total;
  }

  /** A copy of the matrix of counts, {@code [from][to]}. */
  public int[][] counts() {
    int[][] copy = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  /** The number of customers who moved from {@code fromSegment} to {@code toSegment}. */
  public int count(String fromSegment, String toSegment) {
    return counts[indexIn(from, fromSegment, "from")][indexIn(to, toSegment, "to")];
  }

  /** The cell as a fraction of all customers in either snapshot (0..1). */
  public double share(String fromSegment, String toSegment) {
    return total == 0 ? 0 : (double) count(fromSegment, toSegment) / total;
  }

  /**
   * The fraction of {@code fromSegment} that went to {@code toSegment} (0..1): the transition
   * probability; 0 when the segment was empty.
   */
  public double transitionShare(String fromSegment, String toSegment) {
    int r = indexIn(from, fromSegment, "from");
    int rowTotal = Arrays.stream(counts[r]).sum();
    return rowTotal == 0 ? 0 : (double) counts[r][indexIn(to, toSegment, "to")] / rowTotal;
  }

  /**
   * The customers who moved from {@code fromSegment} to {@code toSegment}, sorted by id order of
   * the snapshots.
   */
  public List<CustomerId> customers(String fromSegment, String toSegment) {
    int r = indexIn(from, fromSegment, "from");
    int c = indexIn(to, toSegment, "to");
    List<CustomerId> out = new ArrayList<>(counts[r][c]);
    for (int x = 0; x < total; x++) {
      if (fromIndex(x) == r && toIndex(x) == c) {
        out.add(
            afterRow[x] >= 0
                ? after.rows().customerId(afterRow[x])
                : before.rows().customerId(beforeRow[x]));
      }
    }
    return out;
  }

  private static int indexIn(List<String> labels, String label, String field) {
    int i = labels.indexOf(Objects.requireNonNull(label, field + " segment must not be null"));
    if (i < 0) {
      throw new IllegalArgumentException(
          field + " segment must be one of " + labels + " but was: '" + label + "'");
    }
    return i;
  }

  /** The matrix of counts as a table, rows = from, columns = to. */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "SegmentMigration[%s → %s, %d customers]%n",
                before.scheme(),
                after.scheme(),
                total));
    sb.append(String.format(Locale.ROOT, "%-20s", "from \\ to"));
    for (String t : to) {
      sb.append(String.format(Locale.ROOT, " %8.8s", t));
    }
    sb.append(String.format(Locale.ROOT, "%n"));
    for (int r = 0; r < from.size(); r++) {
      sb.append(String.format(Locale.ROOT, "%-20.20s", from.get(r)));
      for (int c = 0; c < to.size(); c++) {
        sb.append(String.format(Locale.ROOT, " %8d", counts[r][c]));
      }
      sb.append(String.format(Locale.ROOT, "%n"));
    }
    return sb.toString();
  }
}
