package io.crmkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link CsvRowWriter} writes every number so that it parses back to itself, with no digit to
 * spare.
 */
class CsvRowWriterProperties {

  @Provide
  Arbitrary<Double> doubles() {
    return Arbitraries.oneOf(
        Arbitraries.longs().map(Double::longBitsToDouble).filter(d -> !Double.isNaN(d)),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.longs().between(0, 100_000_000L).map(c -> c / 100.0),
        Arbitraries.longs().between(-1_000_000, 1_000_000).map(c -> c / 1000.0),
        Arbitraries.of(
            0.0,
            -0.0,
            1e-3,
            9.999e-4,
            1e7,
            9_999_999.999,
            1e15,
            1e15 - 1,
            1e-300,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            0.1,
            0.2,
            0.30000000000000004,
            2.0 / 3,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY));
  }

  @Property(tries = 3000)
  boolean the_text_parses_back_to_the_same_double(@ForAll("doubles") double d) {
    return Double.doubleToRawLongBits(Double.parseDouble(CsvRowWriter.shortest(d)))
        == Double.doubleToRawLongBits(d);
  }

  @Property(tries = 3000)
  boolean no_shorter_decimal_parses_back_to_the_same_double(@ForAll("doubles") double d) {
    if (Double.isInfinite(d) || d == 0) {
      return true;
    }
    String text = CsvRowWriter.shortest(d);
    BigDecimal written = new BigDecimal(text).stripTrailingZeros();
    int digits = written.precision();
    if (digits == 1 || (digits == 2 && text.contains("E"))) {
      return true; // the layout's minimum: 1.0E-5 has two digits whatever the value needs
    }
    MathContext shorter = new MathContext(digits - 1, RoundingMode.FLOOR);
    MathContext shorterUp = new MathContext(digits - 1, RoundingMode.CEILING);
    return written.round(shorter).doubleValue() != d && written.round(shorterUp).doubleValue() != d;
  }

  @Property(tries = 1000)
  boolean whole_numbers_below_10_to_15_keep_one_decimal(@ForAll("doubles") double d) {
    String s = CsvRowWriter.shortest(d);
    boolean whole = d == Math.rint(d) && Math.abs(d) < 1e15;
    return !whole || s.equals((d == 0 && 1 / d < 0 ? "-" : "") + (long) d + ".0");
  }

  @Test
  void rows_quote_only_texts_that_need_it_and_leave_nan_empty() {
    StringWriter out = new StringWriter();
    CsvRowWriter.to(out)
        .header("id", "score")
        .text("a,b")
        .number(Double.NaN)
        .endRow()
        .text("say \"hi\"")
        .integer(-42)
        .endRow()
        .text("plain")
        .number(0.25)
        .endRow()
        .flush();
    assertThat(out.toString())
        .isEqualTo("id,score\n\"a,b\",\n\"say \"\"hi\"\"\",-42\nplain,0.25\n");
  }
}
