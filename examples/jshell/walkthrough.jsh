// A first analysis session on the bundled CDNOW sample (run it with: examples/bin/crm-jshell jshell/walkthrough.jsh).
import io.crmkit.examples.data.*;
var transactions = Datasets.cdnowSample();
var options = SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30)).withHoldoutUntil(LocalDate.of(1998, 6, 30));
var summaries = CustomerSummaries.of(transactions, options);
summaries
summaries.get(summaries.indexOf("1").getAsInt())
summaries.accounting().get()
