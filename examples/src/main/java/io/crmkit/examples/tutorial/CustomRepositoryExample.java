package io.crmkit.examples.tutorial;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.money.Money;
import io.crmkit.core.repository.TransactionRepository;
import io.crmkit.core.summary.CustomerSummaries;
import io.crmkit.core.summary.SummaryOptions;
import io.crmkit.core.summary.TimeScale;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.lifecycle.model.BgNbdModel;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Tutorial: embedding crmkit in an application that keeps its own data. Implement the repository
 * interface over your storage (here a small sorted in-memory store standing in for a database),
 * check it with crm-core's {@code TransactionRepositoryContract}, and feed what it holds to the
 * analyses.
 *
 * @since 0.1
 */
public final class CustomRepositoryExample {

  private CustomRepositoryExample() {}

  /**
   * A {@link TransactionRepository} over a map by id and a set ordered by instant then id: the
   * shape of a table with a primary key and an index on (timestamp, id). Thread-safe by a lock.
   *
   * @since 0.1
   */
  public static final class SortedTransactionRepository implements TransactionRepository {

    private static final Comparator<Transaction> ORDER =
        Comparator.comparing(Transaction::timestamp).thenComparing(t -> t.id().value());

    private final Map<TransactionId, Transaction> byId = new HashMap<>();
    private final TreeSet<Transaction> byTime = new TreeSet<>(ORDER);

    @Override
    public synchronized Optional<Transaction> findById(TransactionId id) {
      return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id must not be null")));
    }

    @Override
    public synchronized List<Transaction> findByCustomer(CustomerId customerId) {
      Objects.requireNonNull(customerId, "customerId must not be null");
      return byTime.stream().filter(t -> t.customerId().equals(customerId)).toList();
    }

    @Override
    public synchronized List<Transaction> findBetween(Instant from, Instant to) {
      checkRange(from, to);
      return new ArrayList<>(byTime.subSet(probe(from), true, probe(to), false));
    }

    @Override
    public synchronized List<Transaction> findByCustomerBetween(
        CustomerId customerId, Instant from, Instant to) {
      Objects.requireNonNull(customerId, "customerId must not be null");
      return findBetween(from, to).stream().filter(t -> t.customerId().equals(customerId)).toList();
    }

    @Override
    public synchronized void save(Transaction value) {
      Objects.requireNonNull(value, "value must not be null");
      Transaction old = byId.put(value.id(), value);
      if (old != null) {
        byTime.remove(old);
      }
      byTime.add(value);
    }

    @Override
    public synchronized boolean delete(TransactionId id) {
      Transaction old = byId.remove(Objects.requireNonNull(id, "id must not be null"));
      if (old != null) {
        byTime.remove(old);
      }
      return old != null;
    }

    @Override
    public synchronized Stream<Transaction> streamAll() {
      return new ArrayList<>(byTime).stream();
    }

    @Override
    public synchronized long count() {
      return byId.size();
    }

    /** The first possible transaction at {@code at}: ids sort after the empty string. */
    private static Transaction probe(Instant at) {
      return Transaction.purchase("\u0000", "probe", at, Money.of("0", "USD"));
    }

    private static void checkRange(Instant from, Instant to) {
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(to, "to must not be null");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("to " + to + " must not be before from " + from);
      }
    }

    @Override
    public String toString() {
      return "SortedTransactionRepository[" + count() + " transactions]";
    }
  }

  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the tutorial, printing to {@code out}. */
  public static void run(PrintStream out) {
    // 1. Your application stores transactions in its own repository.
    TransactionRepository repository = new SortedTransactionRepository();
    Instant t0 = Instant.parse("2024-01-05T10:00:00Z");
    String[][] rows = {
      {"ann", "0", "30"},
      {"ann", "20", "45"},
      {"ann", "61", "25"},
      {"bob", "3", "80"},
      {"bob", "90", "60"},
      {"cyd", "40", "15"},
      {"dan", "12", "22"},
      {"dan", "33", "18"},
      {"dan", "70", "40"},
      {"dan", "150", "35"},
      {"eve", "100", "55"}
    };
    for (int i = 0; i < rows.length; i++) {
      repository.save(
          Transaction.purchase(
              "t" + i,
              rows[i][0],
              t0.plusSeconds(Long.parseLong(rows[i][1]) * 86_400),
              Money.of(rows[i][2], "EUR")));
    }
    out.println(repository);
    out.println("ann: " + repository.findByCustomer(CustomerId.of("ann")).size() + " purchases");

    // 2. Any Iterable<Transaction> feeds the analyses: here everything up to the end of June.
    Instant end = LocalDate.of(2024, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Transaction> firstHalf = repository.findBetween(Instant.EPOCH, end);
    CustomerSummaries summaries =
        CustomerSummaries.of(
            firstHalf,
            SummaryOptions.of(ZoneOffset.UTC, TimeScale.WEEKS, LocalDate.of(2024, 6, 30)));
    out.print(summaries);

    // 3. ... and the models score them (a real base has thousands of customers, not five).
    BgNbdModel model =
        BgNbdModel.of(0.243, 4.414, 0.793, 2.426); // the CDNOW parameters, as a prior guess
    for (int i = 0; i < summaries.size(); i++) {
      out.printf(
          java.util.Locale.ROOT,
          "%s P(alive) %.2f%n",
          summaries.id(i),
          model.probabilityAlive(summaries.frequency(i), summaries.recency(i), summaries.age(i)));
    }
  }
}
