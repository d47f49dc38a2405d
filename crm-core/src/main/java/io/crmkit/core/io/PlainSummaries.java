package io.crmkit.core.io;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.TimeScale;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The fast path of {@link SummaryCsv#read(Path, TimeScale)}: a {@link PlainCsv} file without
 * holdout columns whose rows are all good becomes {@link CustomerSummaries} through {@link
 * CustomerSummaries#ofColumns}, with no object per row. Anything else (a holdout period, a bad or
 * missing value, a repeated id, a file that is not plain) returns empty, and {@link SummaryCsv}
 * reads the file itself and reports the error as it always has.
 */
final class PlainSummaries {

  private PlainSummaries() {}

  static Optional<CustomerSummaries> read(Path file, TimeScale unit) {
    Optional<PlainCsv> plain = PlainCsv.read(file);
    if (plain.isEmpty()) {
      return Optional.empty();
    }
    PlainCsv csv = plain.get();
    if (csv.hasExtraFields()) {
      return Optional.empty(); // SummaryCsv refuses rows longer than the header
    }
    List<String> names = csv.header();
    long line = csv.headerLine();
    int id = SummaryCsv.find(names, csv.source(), line, false, "id", "customer_id");
    int x = SummaryCsv.find(names, csv.source(), line, false, "frequency", "x");
    int tx = SummaryCsv.find(names, csv.source(), line, false, "recency", "t_x");
    int t = SummaryCsv.find(names, csv.source(), line, false, "T");
    int m = SummaryCsv.find(names, csv.source(), line, false, "monetary_value", "zbar");
    int hx = SummaryCsv.find(names, csv.source(), line, false, "frequency_holdout");
    int hd = SummaryCsv.find(names, csv.source(), line, false, "duration_holdout");
    int ts = SummaryCsv.find(names, csv.source(), line, false, "total_spend");
    int tc = SummaryCsv.find(names, csv.source(), line, false, "transaction_count");
    if (id < 0 || x < 0 || tx < 0 || t < 0 || hx >= 0 || hd >= 0 || ts >= 0 || tc >= 0) {
      return Optional.empty();
    }
    // ids that are canonical numbers stay numbers (no String per row), as CustomerSummaries keeps
    // them
    Optional<long[]> numbers = csv.canonicalLongs(id);
    String[] ids = numbers.isPresent() ? null : csv.texts(id);
    for (int i = 0; ids != null && i < ids.length; i++) {
      if (ids[i].isEmpty()) {
        return Optional.empty();
      }
    }
    Optional<double[]> xs = csv.decimals(x);
    Optional<double[]> recency = csv.decimals(tx);
    Optional<double[]> age = csv.decimals(t);
    Optional<double[]> monetary = m < 0 ? Optional.of(new double[csv.rows()]) : csv.decimals(m);
    if (xs.isEmpty() || recency.isEmpty() || age.isEmpty() || monetary.isEmpty()) {
      return Optional.empty();
    }
    int[] frequency = new int[csv.rows()];
    for (int i = 0; i < frequency.length; i++) {
      double d = xs.get()[i];
      if (d != Math.rint(d) || d < 0 || d > Integer.MAX_VALUE) {
        return Optional.empty();
      }
      frequency[i] = (int) d;
    }
    try {
      return Optional.of(
          numbers.isPresent()
              ? CustomerSummaries.ofColumns(
                  unit, numbers.get(), frequency, recency.get(), age.get(), monetary.get())
              : CustomerSummaries.ofColumns(
                  unit, ids, frequency, recency.get(), age.get(), monetary.get()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
