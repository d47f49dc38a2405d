package io.crmkit.lifecycle.churn.logistic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;
import io.crmkit.core.json.JsonFields;
import io.crmkit.lifecycle.churn.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A fitted logistic churn model: {@code P(churn) = 1 / (1 + exp(−η))} with {@code η = β₀ + Σ βⱼ zⱼ}
 * and standardised values {@code zⱼ = (xⱼ − meanⱼ) / sdⱼ}. Coefficients are in log-odds per
 * standard deviation of their column (so they compare across columns); {@link #rawCoefficients()}
 * gives them per unit of the raw value. A column that was constant in training has sd 0 and
 * coefficient 0. Missing values follow {@link #missingValues()}. Immutable; arrays are copied.
 *
 * <p>A customer's contribution of column {@code j} is {@code βⱼ zⱼ}: log-odds against a customer at
 * the training means (whose η is β₀).
 *
 * @since 0.1
 */
public final class LogisticModel {

  static final String FORMAT = "crmkit.churn.logistic/1";

  private final List<FeatureColumn> columns;
  private final double[] means;
  private final double[] sds;
  private final double[] coefficients;
  private final double intercept;
  private final double l2;
  private final MissingValues missingValues;

  LogisticModel(
      List<FeatureColumn> columns,
      double[] means,
      double[] sds,
      double[] coefficients,
      double intercept,
      double l2,
      MissingValues missingValues) {
    Objects.requireNonNull(columns, "columns must not be null");
    Objects.requireNonNull(missingValues, "missingValues must not be null");
    int p = columns.size();
    if (means.length != p || sds.length != p || coefficients.length != p) {
      throw new IllegalArgumentException(
          "means, sds and coefficients must number "
              + p
              + " (one per column) but were "
              + means.length
              + ", "
              + sds.length
              + ", "
              + coefficients.length);
    }
    for (int j = 0; j < p; j++) {
      String name = columns.get(j).name();
      if (!Double.isFinite(means[j])) {
        throw new IllegalArgumentException(
            "mean of " + name + " must be finite but was: " + means[j]);
      }
      if (!(sds[j] >= 0) || Double.isInfinite(sds[j])) {
        throw new IllegalArgumentException(
            "sd of " + name + " must be finite and not negative but was: " + sds[j]);
      }
      if (!Double.isFinite(coefficients[j]) || (sds[j] == 0 && coefficients[j] != 0)) {
        throw new IllegalArgumentException(
            "coefficient of "
                + name
                + " must be finite (0 for a constant column) but was: "
                + coefficients[j]);
      }
    }
    if (!Double.isFinite(intercept)) {
      throw new IllegalArgumentException("intercept must be finite but was: " + intercept);
    }
    if (!(l2 >= 0) || Double.isInfinite(l2)) {
      throw new IllegalArgumentException("l2 must be finite and not negative but was: " + l2);
    }
    this.columns = List.copyOf(columns);
    this.means = means.clone();
    this.sds = sds.clone();
    this.coefficients = coefficients.clone();
    this.intercept = intercept;
    this.l2 = l2;
    this.missingValues = missingValues;
  }

  /**
   * A model from its parts (e.g. coefficients estimated elsewhere): per column its training mean,
   * standard deviation (0 = constant) and standardised coefficient.
   */
  public static LogisticModel of(
      List<FeatureColumn> columns,
      double[] means,
      double[] sds,
      double[] coefficients,
      double intercept,
      MissingValues missingValues) {
    return new LogisticModel(columns, means, sds, coefficients, intercept, 0, missingValues);
  }

  /** The feature columns, in coefficient order. */
  public List<FeatureColumn> columns() {
    return columns;
  }

  /** The names of the feature columns, in coefficient order. */
  public List<String> names() {
    List<String> n = new ArrayList<>();
    columns.forEach(c -> n.add(c.name()));
    return n;
  }

  /** Standardised coefficients (log-odds per standard deviation), in column order. */
  public double[] coefficients() {
    return coefficients.clone();
  }

  /** The standardised coefficient of column {@code name}. */
  public double coefficient(String name) {
    return coefficients[index(name)];
  }

  /** Intercept on the standardised scale: the log-odds of a customer at the training means. */
  public double intercept() {
    return intercept;
  }

  /** A copy of the training mean of each column (in the column's own unit), used to standardise. */
  public double[] means() {
    return means.clone();
  }

  /**
   * A copy of the training standard deviation of each column (in the column's own unit), used to
   * standardise.
   */
  public double[] standardDeviations() {
    return sds.clone();
  }

  /** The L2 penalty the model was fitted with (0 when given directly). */
  public double l2() {
    return l2;
  }

  /** How missing feature values are handled when scoring. */
  public MissingValues missingValues() {
    return missingValues;
  }

  /** Coefficients per raw unit of each column: {@code βⱼ / sdⱼ} (0 for constant columns). */
  public double[] rawCoefficients() {
    double[] raw = new double[coefficients.length];
    for (int j = 0; j < raw.length; j++) {
      raw[j] = sds[j] == 0 ? 0 : coefficients[j] / sds[j];
    }
    return raw;
  }

  /** Intercept on the raw scale: {@code β₀ − Σ βⱼ meanⱼ / sdⱼ}. */
  public double rawIntercept() {
    double b = intercept;
    for (int j = 0; j < coefficients.length; j++) {
      if (sds[j] != 0) {
        b -= coefficients[j] * means[j] / sds[j];
      }
    }
    return b;
  }

  private int index(String name) {
    for (int j = 0; j < columns.size(); j++) {
      if (columns.get(j).name().equals(name)) {
        return j;
      }
    }
    throw new IllegalArgumentException(
        "no column named '" + name + "'; the model's columns are " + names());
  }

  /** Standardised value of raw {@code v} in column {@code j} (0 for missing when imputing). */
  double standardised(int j, double v, int row) {
    if (Double.isNaN(v)) {
      if (missingValues == MissingValues.REJECT) {
        throw new IllegalArgumentException(
            "value of "
                + columns.get(j).name()
                + " at row "
                + row
                + " is missing and missing values are rejected (use MissingValues.IMPUTE_MEAN or supply a value)");
      }
      return 0;
    }
    return sds[j] == 0 ? 0 : (v - means[j]) / sds[j];
  }

  /** For each model column, its index in {@code m} (matched by name). */
  int[] columnIndices(DesignMatrix m) {
    int[] idx = new int[columns.size()];
    for (int j = 0; j < idx.length; j++) {
      idx[j] = m.indexOf(columns.get(j).name());
    }
    return idx;
  }

  /** The churn probability of one customer given raw values in the model's column order. */
  public double probability(double... rawValues) {
    Objects.requireNonNull(rawValues, "rawValues must not be null");
    if (rawValues.length != columns.size()) {
      throw new IllegalArgumentException(
          "rawValues must number "
              + columns.size()
              + " ("
              + names()
              + ") but were "
              + rawValues.length);
    }
    double eta = intercept;
    for (int j = 0;
        j < rawValues.length;
        j++) { // missing imputed: adds c * 0, as in probabilities(...)
      eta += coefficients[j] * standardised(j, rawValues[j], 0);
    }
    return sigmoid(eta);
  }

  /** The churn probability of row {@code row} of {@code m} (columns matched by name). */
  public double probability(DesignMatrix m, int row) {
    int[] idx = columnIndices(m);
    double eta = intercept;
    for (int j = 0; j < idx.length; j++) {
      eta += coefficients[j] * standardised(j, m.value(row, idx[j]), row);
    }
    return sigmoid(eta);
  }

  /** The churn probability of every row of {@code m}, column by column (no object per row). */
  public double[] probabilities(DesignMatrix m) {
    int[] idx = columnIndices(m);
    int n = m.rows();
    double[] eta = new double[n];
    Arrays.fill(eta, intercept);
    for (int j = 0; j < idx.length; j++) {
      double c = coefficients[j];
      double sd = sds[j];
      double mean = means[j];
      double[] x = m.columnView(idx[j]);
      for (int i = 0; i < n; i++) {
        double v = x[i];
        if (!Double.isNaN(v)) {
          eta[i] +=
              c
                  * (sd == 0
                      ? 0
                      : (v - mean) / sd); // the same arithmetic as one row: both agree exactly
        } else if (missingValues == MissingValues.REJECT) {
          standardised(j, v, i); // throws with the column and row
        }
      }
    }
    for (int i = 0; i < n; i++) {
      eta[i] = sigmoid(eta[i]);
    }
    return eta;
  }

  static double sigmoid(double eta) {
    if (eta >= 0) {
      return 1.0 / (1.0 + Math.exp(-eta));
    }
    double e = Math.exp(eta);
    return e / (1.0 + e);
  }

  /**
   * The {@code top} largest contributions (by absolute log-odds {@code βⱼ zⱼ}) to the score of row
   * {@code row}, largest first, as reasons such as {@code "no purchase for 94 days: +0.31"};
   * columns contributing exactly 0 are left out.
   */
  public List<Reason> contributions(DesignMatrix m, int row, int top) {
    if (top < 0) {
      throw new IllegalArgumentException("top must not be negative but was: " + top);
    }
    int[] idx = columnIndices(m);
    List<Reason> all = new ArrayList<>();
    for (int j = 0; j < idx.length; j++) {
      double v = m.value(row, idx[j]);
      double c = coefficients[j] * standardised(j, v, row);
      if (c != 0) {
        all.add(Reason.of(columns.get(j).name(), columns.get(j).describe(v), c));
      }
    }
    all.sort((a, b) -> Double.compare(Math.abs(b.contribution()), Math.abs(a.contribution())));
    return List.copyOf(all.subList(0, Math.min(top, all.size())));
  }

  /** The model as JSON (exact: doubles round-trip), pretty-printed. */
  public String toJson() {
    return CrmJackson.writePretty(toJsonTree());
  }

  /**
   * The model as a JSON tree, as {@link #toJson()} writes it (for crm-lifecycle's Jackson module).
   */
  public ObjectNode toJsonTree() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("intercept", intercept);
    root.put("l2", l2);
    root.put("missingValues", missingValues.name());
    ArrayNode cols = root.putArray("columns");
    for (int j = 0; j < columns.size(); j++) {
      ObjectNode c = cols.addObject();
      c.put("name", columns.get(j).name());
      c.put("template", columns.get(j).template());
      c.put("mean", means[j]);
      c.put("sd", sds[j]);
      c.put("coefficient", coefficients[j]);
    }
    return root;
  }

  /**
   * Reads a model written by {@link #toJson()}.
   *
   * @throws CrmJsonException naming the JSON path of a malformed, unknown, missing or refused field
   */
  public static LogisticModel fromJson(String json) {
    return fromJson(JsonFields.root(JsonFields.parse(json, "logistic model")));
  }

  /**
   * The model in the object {@code root}, as {@link #fromJson(String)} reads it (for the Jackson
   * module).
   */
  public static LogisticModel fromJson(JsonFields root) {
    root.only("format", "intercept", "l2", "missingValues", "columns");
    String format = root.text("format");
    if (!FORMAT.equals(format)) {
      throw root.error("format", root.node().get("format"), "\"" + FORMAT + "\"");
    }
    List<JsonFields> cols = root.array("columns");
    int p = cols.size();
    List<FeatureColumn> columns = new ArrayList<>(p);
    double[] means = new double[p];
    double[] sds = new double[p];
    double[] coef = new double[p];
    for (int j = 0; j < p; j++) {
      JsonFields c = cols.get(j).only("name", "template", "mean", "sd", "coefficient");
      String name = c.text("name");
      String template = c.text("template");
      columns.add(c.wrap(() -> FeatureColumn.of(name, template)));
      means[j] = c.number("mean");
      sds[j] = c.number("sd");
      coef[j] = c.number("coefficient");
    }
    MissingValues policy = root.enumValue("missingValues", MissingValues.class);
    double intercept = root.number("intercept");
    double l2 = root.number("l2");
    return root.wrap(() -> new LogisticModel(columns, means, sds, coef, intercept, l2, policy));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogisticModel m
        && columns.equals(m.columns)
        && Arrays.equals(means, m.means)
        && Arrays.equals(sds, m.sds)
        && Arrays.equals(coefficients, m.coefficients)
        && Double.compare(intercept, m.intercept) == 0
        && Double.compare(l2, m.l2) == 0
        && missingValues == m.missingValues;
  }

  @Override
  public int hashCode() {
    return Objects.hash(columns, Arrays.hashCode(coefficients), intercept);
  }

  /** A coefficient table: per column its standardised and raw coefficient. */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "LogisticModel[%d columns, l2 %s, missing %s, intercept %.4f]%n",
                columns.size(),
                l2,
                missingValues,
                intercept));
    double[] raw = rawCoefficients();
    for (int j = 0; j < columns.size(); j++) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-28s %+9.4f per sd  %+12.6f per unit%n",
              columns.get(j).name(),
              coefficients[j],
              raw[j]));
    }
    return sb.toString();
  }
}
