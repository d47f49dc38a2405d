package io.crmkit.examples.cli;

import io.crmkit.core.customer.Channel;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.marketing.basket.AssociationRule;
import io.crmkit.marketing.basket.AssociationRules;
import io.crmkit.marketing.basket.FrequentItemsets;
import io.crmkit.marketing.basket.MiningOptions;
import io.crmkit.marketing.evaluation.EvaluationRow;
import io.crmkit.marketing.evaluation.EvaluationTable;
import io.crmkit.marketing.history.ItemLevel;
import io.crmkit.marketing.history.PurchaseHistory;
import io.crmkit.marketing.history.PurchaseLinesCsv;
import io.crmkit.marketing.offer.CustomerOffers;
import io.crmkit.marketing.offer.NextBestOffer;
import io.crmkit.marketing.offer.Offer;
import io.crmkit.marketing.offer.OfferCatalog;
import io.crmkit.marketing.offer.OfferPolicy;
import io.crmkit.marketing.offer.RefusedOffer;
import io.crmkit.marketing.similar.AlsOptions;
import io.crmkit.marketing.similar.ImplicitAlsRecommender;
import io.crmkit.marketing.similar.ItemKnnRecommender;
import io.crmkit.marketing.similar.ItemNeighbours;
import io.crmkit.marketing.similar.Neighbour;
import io.crmkit.marketing.similar.NeighbourOptions;
import io.crmkit.marketing.similar.PopularityRecommender;
import io.crmkit.marketing.similar.Similarity;
import io.crmkit.marketing.targeting.ContactHistory;
import io.crmkit.marketing.targeting.PreferenceConflicts;
import io.crmkit.marketing.usual.UsualItem;
import io.crmkit.marketing.usual.UsualOptions;
import io.crmkit.marketing.usual.Usuals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm recommend}: personalised marketing from an order-lines file. */
@Command(
    name = "recommend",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Personalised marketing from an order-lines file (header customer_id,date,product,category and "
          + "optionally order_id):",
      "--show offers (default): per customer rank,item,source,score,reason, the next best offers filtered by consent, "
          + "preferences, excluded items and owned durables; excluded customers get one row with rank 0 and the reason.",
      "--show similar: per item its top --k neighbours (--similarity cosine, jaccard or lift).",
      "--show rules: association rules (--min-support, --min-confidence, --max-length) by lift.",
      "--show usual: per customer the habitual items, their interval and next due date, due_now true/false.",
      "--show evaluate: leave-last-basket-out hit rate, precision, recall@--k and NDCG@10 of popularity, item-kNN "
          + "and implicit ALS."
    })
final class RecommendCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--lines",
      paramLabel = "FILE",
      required = true,
      description = "The order lines (CSV).")
  Path lines;

  @Option(
      names = "--show",
      paramLabel = "WHAT",
      defaultValue = "offers",
      description = "offers (default), similar, rules, usual or evaluate.")
  String show;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      defaultValue = "product",
      description = "product (default) or category.")
  String level;

  @Option(
      names = "--customer",
      paramLabel = "ID",
      description = "Only this customer (repeatable); default: all.")
  List<String> customers = new ArrayList<>();

  @Option(
      names = "--item",
      paramLabel = "ITEM",
      description = "With --show similar: only this item (repeatable).")
  List<String> items = new ArrayList<>();

  @Option(
      names = "--k",
      paramLabel = "N",
      defaultValue = "5",
      description = "Offers, neighbours or list length; default 5.")
  int k;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The day of the offers and habits; default: the day after the last basket.")
  Optional<String> asOf = Optional.empty();

  @Option(
      names = "--similarity",
      paramLabel = "MEASURE",
      defaultValue = "cosine",
      description = "cosine (default), jaccard or lift.")
  String similarity;

  @Option(
      names = "--min-support",
      paramLabel = "FRACTION",
      defaultValue = "0.01",
      description = "Rules: minimum support; default 0.01.")
  double minSupport;

  @Option(
      names = "--min-confidence",
      paramLabel = "FRACTION",
      defaultValue = "0.3",
      description = "Rules: minimum confidence; default 0.3.")
  double minConfidence;

  @Option(
      names = "--max-length",
      paramLabel = "N",
      defaultValue = "3",
      description = "Rules: most items in a rule; default 3.")
  int maxLength;

  @Option(
      names = "--channel",
      paramLabel = "CHANNEL",
      defaultValue = "EMAIL",
      description = "Offers: the channel; default EMAIL.")
  Channel channel;

  @Option(
      names = "--require-opt-in",
      description = "Offers: only customers who opted in on the channel.")
  boolean requireOptIn;

  @Option(
      names = "--customers",
      paramLabel = "FILE",
      description =
          "Offers: customer records (a JSON array) with consent "
              + "and 'prefers:' tags; default: every customer may be contacted and states no preference.")
  Optional<Path> customerFile = Optional.empty();

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description =
          "Offers: item,traits,durable CSV (traits separated by ';', " + "durable true/false).")
  Optional<Path> catalogFile = Optional.empty();

  @Option(
      names = "--conflict",
      paramLabel = "TRAIT=PREF[;PREF]",
      description =
          "Offers: trait TRAIT contradicts these "
              + "preferences (repeatable), e.g. spicy=sweet;mild.")
  List<String> conflicts = new ArrayList<>();

  @Option(
      names = "--exclude-item",
      paramLabel = "ITEM",
      description = "Offers: never offer ITEM (repeatable).")
  List<String> excludedItems = new ArrayList<>();

  @Mixin OutputOptions output = new OutputOptions();

  @Override
  public Integer call() {
    if (k < 1) {
      throw new CliErrors.UsageException("--k must be at least 1 but was: " + k);
    }
    ItemLevel itemLevel =
        switch (level.trim().toLowerCase(Locale.ROOT)) {
          case "product" -> ItemLevel.PRODUCT;
          case "category" -> ItemLevel.CATEGORY;
          default ->
              throw new CliErrors.UsageException(
                  "--level must be product or category but was: '" + level + "'");
        };
    PurchaseHistory history = PurchaseLinesCsv.read(lines, itemLevel);
    if (history.basketCount() == 0) {
      throw new IllegalArgumentException(lines + ": no order lines");
    }
    Table t =
        switch (show.trim().toLowerCase(Locale.ROOT)) {
          case "offers" -> offers(history);
          case "similar" -> similar(history);
          case "rules" -> rules(history);
          case "usual" -> usual(history);
          case "evaluate" -> evaluate(history);
          default ->
              throw new CliErrors.UsageException(
                  "--show must be offers, similar, rules, usual or evaluate but was: '"
                      + show
                      + "'");
        };
    output.emit(t, spec.commandLine().getOut());
    return 0;
  }

  private Similarity measure() {
    return switch (similarity.trim().toLowerCase(Locale.ROOT)) {
      case "cosine" -> Similarity.COSINE;
      case "jaccard" -> Similarity.JACCARD;
      case "lift" -> Similarity.LIFT;
      default ->
          throw new CliErrors.UsageException(
              "--similarity must be cosine, jaccard or lift but was: '" + similarity + "'");
    };
  }

  private LocalDate asOfDate(PurchaseHistory h) {
    if (asOf.isPresent()) {
      try {
        return LocalDate.parse(asOf.get());
      } catch (DateTimeParseException e) {
        throw new CliErrors.UsageException(
            "--as-of must be yyyy-MM-dd but was: '" + asOf.get() + "'");
      }
    }
    int last = Integer.MIN_VALUE;
    for (int b = 0; b < h.basketCount(); b++) {
      last = Math.max(last, h.basketEpochDay(b));
    }
    return LocalDate.ofEpochDay(last + 1L);
  }

  private List<Integer> selectedCustomers(PurchaseHistory h) {
    List<Integer> out = new ArrayList<>();
    if (customers.isEmpty()) {
      for (int c = 0; c < h.customerCount(); c++) {
        out.add(c);
      }
      return out;
    }
    for (String id : customers) {
      out.add(
          h.indexOfCustomer(CustomerId.of(id))
              .orElseThrow(
                  () ->
                      new CliErrors.UsageException(
                          "--customer " + id + " has no order lines in " + lines)));
    }
    return out;
  }

  private MiningOptions mining() {
    try {
      return MiningOptions.minSupport(minSupport)
          .withMinConfidence(minConfidence)
          .withLength(2, maxLength);
    } catch (IllegalArgumentException e) {
      throw new CliErrors.UsageException(
          "--min-support/--min-confidence/--max-length: " + e.getMessage());
    }
  }

  private Table offers(PurchaseHistory h) {
    LocalDate day = asOfDate(h);
    Clock clock = Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    NextBestOffer nbo =
        NextBestOffer.builder(h, clock)
            .usuals(Usuals.of(h, day, UsualOptions.defaults()))
            .rules(FrequentItemsets.mine(h, mining()).rules())
            .neighbours(ItemNeighbours.of(h, NeighbourOptions.of(measure(), 50)))
            .popularity()
            .catalog(catalog())
            .build();
    PreferenceConflicts pc = PreferenceConflicts.none();
    for (String c : conflicts) {
      int eq = c.indexOf('=');
      if (eq <= 0) {
        throw new CliErrors.UsageException(
            "--conflict must be TRAIT=PREF[;PREF] but was: '" + c + "'");
      }
      pc = pc.with(c.substring(0, eq).strip(), c.substring(eq + 1).split(";", -1));
    }
    OfferPolicy policy =
        OfferPolicy.on(channel).conflicts(pc).excluding(excludedItems.toArray(new String[0]));
    if (requireOptIn) {
      policy = policy.requireOptIn();
    }
    Map<CustomerId, Customer> records = records();
    Table t = Table.of("customer", "rank", "item", "source", "score", "reason");
    for (int c : selectedCustomers(h)) {
      CustomerId id = h.customer(c);
      Customer record =
          records.isEmpty() ? Customer.builder(id, clock.instant()).build() : records.get(id);
      if (record == null) {
        t.add(id.value(), 0, "", "excluded", 0.0, "NO_CUSTOMER_RECORD");
        continue;
      }
      CustomerOffers o = nbo.offersFor(record, ContactHistory.empty(), policy, k);
      if (o.excluded().isPresent()) {
        t.add(
            id.value(),
            0,
            "",
            "excluded",
            0.0,
            o.excluded().get().reason().name()
                + (o.excluded().get().detail().isEmpty()
                    ? ""
                    : " (" + o.excluded().get().detail() + ")"));
        continue;
      }
      int rank = 1;
      for (Offer offer : o.offers()) {
        t.add(
            id.value(),
            rank++,
            offer.item(),
            offer.source().name().toLowerCase(Locale.ROOT),
            offer.score(),
            offer.reason());
      }
      for (RefusedOffer r : o.refused()) {
        spec.commandLine().getErr().println("crm: not offered to " + id + ": " + r);
      }
    }
    return t;
  }

  private Map<CustomerId, Customer> records() {
    if (customerFile.isEmpty()) {
      return Map.of();
    }
    try {
      Customer[] all =
          CrmJackson.reader().forType(Customer[].class).readValue(customerFile.get().toFile());
      Map<CustomerId, Customer> out = new HashMap<>();
      for (Customer c : all) {
        out.put(c.id(), c);
      }
      return out;
    } catch (java.io.FileNotFoundException e) {
      throw new UncheckedIOException(
          new java.nio.file.NoSuchFileException(customerFile.get().toString()));
    } catch (IOException e) {
      throw new IllegalArgumentException(customerFile.get() + ": " + e.getMessage(), e);
    }
  }

  private OfferCatalog catalog() {
    if (catalogFile.isEmpty()) {
      return OfferCatalog.empty();
    }
    OfferCatalog cat = OfferCatalog.empty();
    List<String> rows;
    try {
      rows = Files.readAllLines(catalogFile.get(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + catalogFile.get() + ": " + e.getMessage(), e);
    }
    for (int n = 1; n < rows.size(); n++) {
      if (rows.get(n).isBlank()) {
        continue;
      }
      String[] f = rows.get(n).split(",", -1);
      if (f.length != 3) {
        throw new IllegalArgumentException(
            catalogFile.get()
                + ":"
                + (n + 1)
                + ": expected item,traits,durable but was: "
                + rows.get(n));
      }
      String item = f[0].strip();
      if (!f[1].isBlank()) {
        cat = cat.withTraits(item, f[1].strip().split(";", -1));
      }
      switch (f[2].strip().toLowerCase(Locale.ROOT)) {
        case "true" -> cat = cat.withDurables(item);
        case "false", "" -> {}
        default ->
            throw new IllegalArgumentException(
                catalogFile.get()
                    + ":"
                    + (n + 1)
                    + ": column durable must be true or false but was: '"
                    + f[2]
                    + "'");
      }
    }
    return cat;
  }

  private Table similar(PurchaseHistory h) {
    ItemNeighbours nb = ItemNeighbours.of(h, NeighbourOptions.of(measure(), k));
    Table t = Table.of("item", "rank", "neighbour", "score", "shared_customers");
    List<String> which = new ArrayList<>(items);
    if (which.isEmpty()) {
      for (int i = 0; i < h.itemCount(); i++) {
        which.add(h.item(i));
      }
    }
    for (String item : which) {
      if (h.indexOfItem(item).isEmpty()) {
        throw new CliErrors.UsageException("--item " + item + " is not in " + lines);
      }
      int rank = 1;
      for (Neighbour n : nb.neighbours(item)) {
        t.add(item, rank++, n.item(), n.score(), n.coCount());
      }
    }
    return t;
  }

  private Table rules(PurchaseHistory h) {
    AssociationRules rules = FrequentItemsets.mine(h, mining()).rules();
    Table t =
        Table.of(
            "antecedent",
            "consequent",
            "baskets",
            "support",
            "confidence",
            "lift",
            "leverage",
            "conviction");
    for (AssociationRule r : rules.rules()) {
      t.add(
          String.join(" + ", r.antecedent()),
          r.consequent(),
          r.count(),
          r.support(),
          r.confidence(),
          r.lift(),
          r.leverage(),
          Double.isInfinite(r.conviction()) ? "inf" : (Object) r.conviction());
    }
    return t;
  }

  private Table usual(PurchaseHistory h) {
    Usuals u = Usuals.of(h, asOfDate(h), UsualOptions.defaults());
    Table t =
        Table.of(
            "customer",
            "item",
            "purchases",
            "last_purchase",
            "score",
            "median_interval_days",
            "next_due",
            "due_now");
    for (int c : selectedCustomers(h)) {
      for (UsualItem item : u.of(c)) {
        t.add(
            h.customer(c).value(),
            item.item(),
            item.purchases(),
            item.lastPurchase().toString(),
            item.score(),
            item.medianIntervalDays().isPresent()
                ? (Object) item.medianIntervalDays().getAsDouble()
                : "",
            item.nextDue().map(LocalDate::toString).orElse(""),
            Boolean.toString(u.isDue(item)));
      }
    }
    return t;
  }

  private Table evaluate(PurchaseHistory h) {
    Similarity m = measure();
    EvaluationTable e =
        EvaluationTable.of(
            lines.getFileName().toString(),
            h,
            k,
            List.of(
                PopularityRecommender::of,
                x -> ItemKnnRecommender.of(ItemNeighbours.of(x, NeighbourOptions.of(m, 50))),
                x -> ImplicitAlsRecommender.fit(x, AlsOptions.defaults(42))));
    Table t = Table.of("recommender", "customers", "hit_rate", "precision", "recall", "ndcg10");
    for (EvaluationRow r : e.rows()) {
      t.add(r.recommender(), r.customers(), r.hitRate(), r.precision(), r.recall(), r.ndcg10());
    }
    return t;
  }
}
