package io.crmkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An amount written the way a locale writes money reads back to the same number. */
class AmountFormatProperties {

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-999999999.99"), new BigDecimal("999999999.99"))
        .ofScale(2);
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(
        Locale.US,
        Locale.UK,
        Locale.GERMANY,
        Locale.FRANCE,
        Locale.ITALY,
        new Locale("es", "ES"),
        new Locale("nl", "NL"),
        new Locale("de", "CH"));
  }

  @Property(tries = 500)
  void an_amount_as_the_locale_writes_it_reads_back_to_its_value(
      @ForAll("amounts") BigDecimal amount,
      @ForAll("locales") Locale locale,
      @ForAll boolean grouped,
      @ForAll boolean symbolFirst) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    symbols.setDecimalSeparator(symbols.getMonetaryDecimalSeparator());
    DecimalFormat f = new DecimalFormat("#,##0.00", symbols);
    f.setGroupingUsed(grouped);
    String number = f.format(amount.abs());
    String symbol = symbols.getCurrencySymbol();
    String text =
        (amount.signum() < 0 ? "-" : "") + (symbolFirst ? symbol + number : number + " " + symbol);
    String plain = AmountFormat.of(locale).normalize(text);
    assertThat(new BigDecimal(plain)).as(text).isEqualByComparingTo(amount);
  }

  @Property(tries = 300)
  void a_plain_decimal_is_read_as_it_is(@ForAll("amounts") BigDecimal amount) {
    assertThat(AmountFormat.plain().normalize(amount.toPlainString()))
        .isEqualTo(amount.toPlainString());
  }
}
