package io.crmkit.examples.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.feedback.Feedback;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.repository.InMemoryCustomerRepository;
import io.crmkit.core.repository.InMemoryInteractionRepository;
import io.crmkit.core.repository.InMemoryTransactionRepository;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.summary.TransactionColumns;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.identity.merge.InMemoryServiceRequestRepository;
import io.crmkit.identity.profile.CustomerProfile;
import io.crmkit.identity.profile.ProfileJson;
import io.crmkit.identity.profile.ProfileSettings;
import io.crmkit.identity.profile.ProfileSources;
import io.crmkit.lifecycle.stage.DefaultLifecycle;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.LifecycleEngine;
import io.crmkit.lifecycle.stage.LifecycleEvent;
import io.crmkit.lifecycle.stage.store.InMemoryLifecycleRepository;
import io.crmkit.loyalty.account.InMemoryLoyaltyAccountRepository;
import io.crmkit.loyalty.account.LoyaltyAccount;
import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.tier.TierProgram;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm profile}: the 360 view of one customer at the end of a day, from a transactions file
 * and, optionally, a customers file, an activity file (interactions, service requests, feedback)
 * and a loyalty programme replayed over the customer's purchases.
 */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "The 360 view of one customer at the end of --at: contacts, consents, tags, purchases with RFM cell,"
          + " segment and ABC class, lifecycle stage, churn risk with reasons, CLV, loyalty, open service requests,"
          + " last interactions, NPS/CSAT answers and upcoming reminders.",
      "A readable card by default, one JSON document with --json."
    })
final class ProfileCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--id", paramLabel = "ID", required = true, description = "The customer id.")
  String id;

  @Mixin TransactionOptions transactions = new TransactionOptions();

  @Option(
      names = "--at",
      paramLabel = "DATE",
      required = true,
      description =
          "The day of the profile (yyyy-MM-dd): everything up to its end in --zone counts.")
  LocalDate at;

  @Option(
      names = "--customers",
      paramLabel = "FILE",
      description =
          "Customer records (a JSON array, crm-core's customer format); default: the id only.")
  Optional<Path> customers = Optional.empty();

  @Option(
      names = "--activity",
      paramLabel = "FILE",
      description =
          "A JSON object with arrays interactions, serviceRequests and feedback (crm-core's formats).")
  Optional<Path> activity = Optional.empty();

  @Option(
      names = "--program",
      paramLabel = "FILE",
      description = "A loyalty programme (JSON) replayed over the purchases.")
  Optional<Path> program = Optional.empty();

  @Option(names = "--tiers", paramLabel = "FILE", description = "Its tiers (JSON).")
  Optional<Path> tiers = Optional.empty();

  @Option(names = "--json", description = "Print the profile as one JSON document.")
  boolean json;

  /**
   * crmkit's shared strict reader, refusing duplicate fields too; made on first use, not when the
   * command is registered (every {@code crm} run registers it; building crmkit's Jackson modules
   * costs about a third of a second of start-up).
   */
  private static final class StrictReader {
    static final ObjectReader READER =
        CrmJackson.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private StrictReader() {}
  }

  @Override
  public Integer call() {
    if (tiers.isPresent() && program.isEmpty()) {
      throw new CliErrors.UsageException("--tiers needs --program");
    }
    ZoneId zone = transactions.zone;
    Instant end = at.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1); // 23:59:59
    CustomerId customer = CustomerId.of(id);
    TransactionColumns columns = transactions.read();
    List<Transaction> history = Loyalty.history(columns);
    InMemoryTransactionRepository tx = new InMemoryTransactionRepository();
    tx.saveAll(history);
    List<Transaction> mine =
        history.stream()
            .filter(t -> t.customerId().equals(customer) && !t.timestamp().isAfter(end))
            .sorted(Comparator.comparing(Transaction::timestamp).thenComparing(t -> t.id().value()))
            .toList();

    InMemoryCustomerRepository people = new InMemoryCustomerRepository();
    customers.ifPresent(file -> people.saveAll(array(file, "customers file", Customer.class)));
    if (people.findById(customer).isEmpty()) {
      if (customers.isPresent() || mine.isEmpty()) {
        throw new IllegalArgumentException(
            "customer "
                + id
                + " is in neither "
                + (customers.isPresent() ? customers.get() + " nor " : "")
                + "the transactions up to "
                + at);
      }
      people.save(Customer.builder(customer, mine.get(0).timestamp()).build());
    }

    InMemoryInteractionRepository interactions = new InMemoryInteractionRepository();
    InMemoryServiceRequestRepository requests = new InMemoryServiceRequestRepository();
    List<Feedback> feedback = new ArrayList<>();
    activity.ifPresent(
        file -> {
          JsonNode root = tree(file);
          for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("interactions", "serviceRequests", "feedback").contains(name)) {
              throw new IllegalArgumentException(
                  file
                      + ": unknown field '"
                      + name
                      + "' (expected interactions, serviceRequests, feedback)");
            }
          }
          interactions.saveAll(values(file, root, "interactions", Interaction.class));
          values(file, root, "serviceRequests", ServiceRequest.class).forEach(requests::save);
          feedback.addAll(values(file, root, "feedback", Feedback.class));
        });

    InMemoryLifecycleRepository lifecycles = InMemoryLifecycleRepository.create();
    if (!mine.isEmpty()) {
      LifecycleEngine engine = LifecycleEngine.of(DefaultLifecycle.definition());
      Lifecycle l = engine.start(customer, mine.get(0).timestamp());
      l = engine.applyAll(l, mine.stream().map(LifecycleEvent::of).toList());
      lifecycles.insert(engine.apply(l, LifecycleEvent.reEvaluation(customer, end)));
    }

    ProfileSources sources =
        ProfileSources.of(people, tx)
            .withInteractions(interactions)
            .withServiceRequests(requests)
            .withLifecycles(lifecycles)
            .withFeedback(feedback);
    if (program.isPresent()) {
      Program p = Loyalty.program(program.get());
      Optional<TierProgram> t = tiers.map(Loyalty::tiers);
      InMemoryLoyaltyAccountRepository accounts =
          InMemoryLoyaltyAccountRepository.create(
              c ->
                  t.isPresent()
                      ? LoyaltyAccount.open(c, p.ledgerPolicy(), t.get())
                      : LoyaltyAccount.open(c, p.ledgerPolicy()));
      if (!mine.isEmpty()) {
        accounts.update(
            customer,
            a -> {
              mine.forEach(purchase -> a.purchase(p, purchase));
              return a;
            });
      }
      sources = sources.withLoyalty(accounts);
    }
    CustomerProfile profile =
        CustomerProfile.of(customer, sources, ProfileSettings.of(Clock.fixed(end, zone), zone));
    spec.commandLine().getOut().println(json ? ProfileJson.write(profile) : profile.toString());
    return 0;
  }

  private static JsonNode tree(Path file) {
    try {
      return StrictReader.READER.readTree(Loyalty.readFile(file));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static <T> List<T> array(Path file, String what, Class<T> type) {
    JsonNode root = tree(file);
    if (!root.isArray()) {
      throw new IllegalArgumentException(
          file + ": the " + what + " must be a JSON array but was: " + root.getNodeType());
    }
    return convert(file, root, what, type);
  }

  private static <T> List<T> values(Path file, JsonNode root, String field, Class<T> type) {
    JsonNode node = root.path(field);
    if (node.isMissingNode()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException(
          file + ": " + field + " must be a JSON array but was: " + node.getNodeType());
    }
    return convert(file, node, field, type);
  }

  private static <T> List<T> convert(Path file, JsonNode array, String what, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      try {
        out.add(StrictReader.READER.treeToValue(array.get(i), type));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException(
            file + ": " + what + "[" + i + "]: " + e.getOriginalMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            file + ": " + what + "[" + i + "]: " + e.getMessage(), e);
      }
    }
    return out;
  }
}
