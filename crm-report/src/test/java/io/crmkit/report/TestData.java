package io.crmkit.report;

import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.lifecycle.model.BgNbdModel;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Simulated transactions (fixed seed) and the XML checks shared by the tests. */
final class TestData {

  static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

  /** BG/NBD on CDNOW (Fader, Hardie and Lee 2005): r, alpha, a, b in weeks. */
  static final BgNbdModel CDNOW = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);

  private TestData() {}

  /**
   * 400 customers acquired in the first 12 weeks of 1997, buying at random rates until they drop.
   */
  static TransactionColumns transactions() {
    Random rnd = new Random(20);
    TransactionColumns.Builder b = TransactionColumns.builder();
    long start = LocalDate.of(1997, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long end = HOLDOUT_END.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    for (int c = 1; c <= 400; c++) {
      long t = start + (long) (rnd.nextDouble() * 84 * 86_400);
      double rate = 0.02 + rnd.nextDouble() * 0.4; // purchases a week
      double drop = 0.02 + rnd.nextDouble() * 0.3; // chance to drop after each purchase
      while (t < end) {
        b.add(Integer.toString(c), t, Math.round(5 + rnd.nextDouble() * 60) + 0.99);
        if (rnd.nextDouble() < drop) {
          break;
        }
        t += (long) (-Math.log(1 - rnd.nextDouble()) / rate * 7 * 86_400);
      }
    }
    return b.build();
  }

  static CustomerSummaries summaries(TransactionColumns tx) {
    return CustomerSummaries.of(
        tx,
        SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, CALIBRATION_END)
            .withHoldoutUntil(HOLDOUT_END));
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
