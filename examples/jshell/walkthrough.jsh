// A first analysis session on the bundled CDNOW sample (run it with: examples/bin/crm-jshell jshell/walkthrough.jsh).
// 1. Load the transactions and summarise them per customer: calibration to 1997-09-30, holdout to 1998-06-30, weeks.
var transactions = Datasets.cdnowSample();
var options = SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(1997, 9, 30)).withHoldoutUntil(LocalDate.of(1998, 6, 30));
var summaries = CustomerSummaries.of(transactions, options);
summaries;
summaries.get(summaries.indexOf("1").getAsInt());
summaries.accounting().get();

// 2. Segments: RFM quintiles, the standard segment table, and ABC classes by total spend.
var scores = RfmScorer.quintiles().score(summaries);
var segments = SegmentTable.standard().assign(scores);
segments;
segments.report().get(0);
var abc = AbcClassifier.byValue().classify(summaries, SummaryMeasure.TOTAL_SPEND);
abc.report();

// 3. Lifetime value: BG/NBD for purchases, Gamma-Gamma for spend, 12 months at 1% a month.
var fit = BgNbdModel.fit(summaries);
fit;
fit.problem();   // Optional.empty: usable (fit.model() throws ModelFitException, naming the cause, when not)
var bgnbd = fit.model();
HoldoutEvaluation.of(bgnbd, summaries, 7);
var spend = GammaGammaModel.fit(summaries).model();
var clv = CustomerLifetimeValue.monthsOfWeeklyModel(bgnbd, spend, 12, 0.01);
String.format(Locale.ROOT, "total 12-month CLV: $%,.0f", clv.total(summaries));
ModelJson.toJson(fit, "weeks");   // a model file that records its time unit

// 4. Churn risk: P(no purchase in the next 39 weeks), banded (1 - P(alive) would hold every one-time
// buyer alive); the reasons behind one customer's score.
var churn = BgNbdNoPurchaseScorer.within(bgnbd, 39);
Arrays.toString(RiskBands.standard().counts(churn.probabilities(summaries)));
churn.assess(summaries, summaries.indexOf("10").getAsInt());

// 5. Loyalty: replay the purchases through the bundled CD Club programme (1 point per $, tiers by spend).
var club = Scenario.of("CD Club", ProgramJson.read(Datasets.text("cd-club.json")));
var history = new ArrayList<Transaction>();
for (int i = 0; i < transactions.size(); i++) history.add(Transaction.purchase("t" + i, transactions.customerId(i), Instant.ofEpochSecond(transactions.epochSecond(i)), Money.of(String.format(Locale.ROOT, "%.2f", transactions.amount(i)), "USD")));
var loyalty = WhatIfSimulation.replay(history, club, SimulationOptions.of(ZoneOffset.UTC, RedemptionBehaviour.none())).report();
loyalty.months().get(loyalty.months().size() - 1);

// 6. Charts (crm-report). Draw the P(alive) matrix of your model in one line: SVG keeps its text as text,
// a name ending in .png gives a picture.
var chartFile = Charts.write(Charts.probabilityAliveMatrix(bgnbd, summaries), Files.createTempFile("palive", ".svg"));
Files.deleteIfExists(chartFile);
// A report page with two charts, each with its definition, data table and CSV, written to a temporary file.
var page = ReportPage.titled("CDNOW in JShell").chart("P(alive)", Charts.probabilityAliveMatrix(bgnbd, summaries)).chart("Holdout", Charts.calibrationVsHoldout(HoldoutEvaluation.of(bgnbd, summaries, 7), TimeScale.WEEKS));
var reportFile = page.write(Files.createTempFile("crmkit-walkthrough", ".html"));
page;
Files.deleteIfExists(reportFile);

// 7. Personalised marketing on the bundled order lines (made up by a seeded generator): what sells
// together, "customers who bought X also bought Y", the usual and what is due, the next best offers
// with their reasons, and the leave-last-basket-out evaluation against popularity.
var baskets = Datasets.basketsSample(ItemLevel.PRODUCT);
baskets;
var rules = FrequentItemsets.mine(baskets, MiningOptions.minSupport(0.01).withMinConfidence(0.4).withLength(2, 3)).rules();
rules;
var neighbours = ItemNeighbours.of(baskets, NeighbourOptions.of(Similarity.COSINE, 5));
neighbours.neighbours("p0");
var asOf = LocalDate.of(2025, 8, 20);
var usuals = Usuals.of(baskets, asOf, UsualOptions.defaults());
usuals.of(CustomerId.of("c5"));
var offerClock = Clock.fixed(asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
var nbo = NextBestOffer.builder(baskets, offerClock).usuals(usuals).rules(rules).neighbours(neighbours).popularity().catalog(OfferCatalog.empty().withTraits("p0", "spicy")).build();
var sweetTooth = Customer.builder("c5", Instant.parse("2025-01-01T00:00:00Z")).preference("sweet").build();
nbo.offersFor(sweetTooth, ContactHistory.empty(), OfferPolicy.on(Channel.EMAIL).conflicts(PreferenceConflicts.none().with("spicy", "sweet")), 5);
EvaluationTable.of("baskets_sample", baskets, 10, List.of(PopularityRecommender::of, h -> ItemKnnRecommender.of(ItemNeighbours.of(h, NeighbourOptions.of(Similarity.COSINE, 50)))));
