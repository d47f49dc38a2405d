package io.crmkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link PlainCsv#fastDecimal} (an exact division below 2^53, the Eisel-Lemire algorithm up to 19
 * digits) gives bit for bit what {@link Double#parseDouble} gives, or NaN (the caller then parses
 * the text): on random digit strings, on the texts of random doubles and of times in weeks to the
 * day (k / 7: 16 and 17 digits), and on the exact decimal midpoints between neighbouring doubles.
 */
class FastDecimalProperties {

  private static double fast(String text) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    return PlainCsv.fastDecimal(b, 0, b.length);
  }

  private static void agrees(String text) {
    double f = fast(text);
    Statistics.collect(Double.isNaN(f) ? "undecided" : "fast");
    if (!Double.isNaN(f)) {
      assertThat(Double.doubleToRawLongBits(f))
          .as("fastDecimal(\"%s\") = %s", text, f)
          .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }
  }

  @Provide
  Arbitrary<String> digitStrings() {
    Arbitrary<String> digits =
        Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(21);
    return Combinators.combine(
            Arbitraries.of("", "", "", "-", "+"),
            digits,
            Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just("")), Tuple.of(4, digits.map(d -> "." + d))))
        .as((sign, whole, fraction) -> sign + whole + fraction);
  }

  @Property
  void digit_strings_read_as_parseDouble_reads_them(@ForAll("digitStrings") String text) {
    agrees(text);
  }

  @Property
  void texts_of_doubles_read_back_to_the_same_double(
      @ForAll @LongRange(min = 0x3C00_0000_0000_0000L, max = 0x4430_0000_0000_0000L) long bits) {
    String text = new BigDecimal(Double.toString(Double.longBitsToDouble(bits))).toPlainString();
    agrees(text);
  }

  @Property
  void weeks_to_the_day_read_as_parseDouble_reads_them(
      @ForAll @IntRange(min = 0, max = 1_000_000) int days) {
    agrees(Double.toString(days / 7.0));
  }

  @Property
  void midpoints_between_doubles_read_as_parseDouble_reads_them(
      @ForAll @LongRange(min = 0x3C00_0000_0000_0000L, max = 0x43E0_0000_0000_0000L) long bits) {
    double d = Double.longBitsToDouble(bits);
    BigDecimal mid =
        new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
    agrees(mid.toPlainString());
    agrees(mid.round(new java.math.MathContext(19)).toPlainString());
  }

  @Example
  void ties_and_limits() {
    for (int e = 53; e <= 63; e++) {
      for (long o = -40; o <= 40; o++) {
        agrees(Long.toUnsignedString((1L << e) + o));
      }
    }
    agrees("9007199254740993"); // 2^53 + 1: a tie, rounded to even
    agrees("18446744073709551615"); // 20 digits: NaN
    agrees("9999999999999999999");
    agrees("0.0000000000000000000000000000000000000000000000000000000000000001");
    agrees("-0.0");
    assertThat(fast("12345678901234567890")).isNaN();
    assertThat(fast("1e3")).isNaN();
    assertThat(fast("26.142857142857142")).isEqualTo(26.142857142857142);
  }
}
