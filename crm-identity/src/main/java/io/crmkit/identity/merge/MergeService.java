package io.crmkit.identity.merge;

import io.crmkit.core.customer.Customer;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.interaction.Interaction;
import io.crmkit.core.repository.CustomerRepository;
import io.crmkit.core.repository.InteractionRepository;
import io.crmkit.core.repository.TransactionRepository;
import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.lifecycle.stage.Lifecycle;
import io.crmkit.lifecycle.stage.store.LifecycleRepository;
import io.crmkit.lifecycle.stage.store.Versioned;
import io.crmkit.loyalty.account.LoyaltyAccountRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Merges the records of one person into a survivor, through the repository interfaces only (so it
 * runs the same on the in-memory and database stores): the survivor is rewritten by the {@link
 * Survivorship} rules, every transaction, interaction and service request of the absorbed customers
 * is re-pointed to the survivor, lifecycles are folded (the survivor keeps its own; if it had none,
 * the most recently active absorbed lifecycle moves to it; the others are removed), and the
 * absorbed customers are deleted. Each merge is recorded; {@link #unmerge} restores every record it
 * changed and re-points back what it re-pointed.
 *
 * <p>Merges and unmerges are serialised on this service (one at a time); concurrent writers to the
 * same records outside the service are not coordinated. A restored lifecycle is re-inserted, so its
 * stored version restarts at 1 (its value is the one before the merge).
 *
 * @since 0.1
 */
public final class MergeService {

  private final CustomerRepository customers;
  private final TransactionRepository transactions;
  private final InteractionRepository interactions;
  private final ServiceRequestRepository serviceRequests;
  private final LifecycleRepository lifecycles;
  private final Survivorship rules;
  private final Clock clock;
  private final LoyaltyMerger loyalty; // null: loyalty accounts are not merged
  private final Map<String, MergeRecord> log = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  private MergeService(
      CustomerRepository customers,
      TransactionRepository transactions,
      InteractionRepository interactions,
      ServiceRequestRepository serviceRequests,
      LifecycleRepository lifecycles,
      Survivorship rules,
      Clock clock,
      LoyaltyMerger loyalty) {
    this.loyalty = loyalty;
    this.customers = Objects.requireNonNull(customers, "customers must not be null");
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    this.interactions = Objects.requireNonNull(interactions, "interactions must not be null");
    this.serviceRequests =
        Objects.requireNonNull(serviceRequests, "serviceRequests must not be null");
    this.lifecycles = Objects.requireNonNull(lifecycles, "lifecycles must not be null");
    this.rules = Objects.requireNonNull(rules, "rules must not be null");
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
  }

  /** A service over these stores, merging by {@code rules}, time from {@code clock}. */
  public static MergeService over(
      CustomerRepository customers,
      TransactionRepository transactions,
      InteractionRepository interactions,
      ServiceRequestRepository serviceRequests,
      LifecycleRepository lifecycles,
      Survivorship rules,
      Clock clock) {
    return new MergeService(
        customers, transactions, interactions, serviceRequests, lifecycles, rules, clock, null);
  }

  /**
   * A service like this one that also merges loyalty accounts held in {@code accounts}: each
   * absorbed customer's outstanding points move to the survivor's account through ledger entries
   * (one ADJUST out, one EARN per lot in, each lot keeping its expiry instant; no point created or
   * lost, earning on either account may go on meanwhile), and its tier qualifying value is recorded
   * on the survivor's account, which recomputes the tier. {@link #unmerge} moves back what is still
   * outstanding of the moved points and takes the qualifying value back. Call it before merging:
   * the new service starts with no merge recorded.
   */
  public MergeService withLoyalty(LoyaltyAccountRepository accounts) {
    return new MergeService(
        customers,
        transactions,
        interactions,
        serviceRequests,
        lifecycles,
        rules,
        clock,
        new LoyaltyMerger(accounts, clock));
  }

  /**
   * Merges {@code absorbed} into {@code survivor} and records it.
   *
   * @throws IllegalArgumentException if a customer is not stored, the survivor is among the
   *     absorbed, or nothing is to be absorbed
   */
  public synchronized MergeRecord merge(CustomerId survivor, List<CustomerId> absorbed) {
    Objects.requireNonNull(survivor, "survivor must not be null");
    Objects.requireNonNull(absorbed, "absorbed must not be null");
    if (absorbed.isEmpty()) {
      throw new IllegalArgumentException(
          "absorbed must name at least one customer to merge into " + survivor);
    }
    if (absorbed.contains(survivor) || absorbed.stream().distinct().count() != absorbed.size()) {
      throw new IllegalArgumentException(
          "absorbed must be distinct and must not hold the survivor "
              + survivor
              + " but was: "
              + absorbed);
    }
    Customer before = load(survivor);
    List<Customer> gone = new ArrayList<>();
    for (CustomerId id : absorbed) {
      gone.add(load(id));
    }
    Instant at = clock.instant();
    List<Customer> all = new ArrayList<>(gone);
    all.add(0, before);
    Customer merged = rules.merge(survivor, all, at);

    Map<CustomerId, List<String>> tx = new LinkedHashMap<>();
    Map<CustomerId, List<String>> in = new LinkedHashMap<>();
    Map<CustomerId, List<String>> sr = new LinkedHashMap<>();
    for (CustomerId id : absorbed) {
      tx.put(id, transactions.findByCustomer(id).stream().map(t -> t.id().value()).toList());
      in.put(id, interactions.findByCustomer(id).stream().map(Interaction::id).toList());
      sr.put(id, serviceRequests.findByCustomer(id).stream().map(ServiceRequest::id).toList());
    }
    Optional<Lifecycle> survivorLifecycle = lifecycles.find(survivor.value()).map(Versioned::value);
    List<Lifecycle> absorbedLifecycles = new ArrayList<>();
    for (CustomerId id : absorbed) {
      lifecycles.find(id.value()).map(Versioned::value).ifPresent(absorbedLifecycles::add);
    }
    String mergeId = "merge-" + sequence.incrementAndGet();
    List<LoyaltyTransfer> moved = new ArrayList<>();
    if (loyalty != null) { // first: a failed transfer leaves every store as it was
      try {
        for (CustomerId id : absorbed) {
          loyalty.move(mergeId + "@" + at, id, survivor).ifPresent(moved::add);
        }
      } catch (RuntimeException e) {
        for (int i = moved.size() - 1; i >= 0; i--) {
          loyalty.undo("undo-" + mergeId + "@" + at, moved.get(i));
        }
        throw e;
      }
    }
    MergeRecord record =
        new MergeRecord(
            mergeId, at, before, gone, tx, in, sr, survivorLifecycle, absorbedLifecycles, moved);

    for (CustomerId id : absorbed) {
      for (Transaction t : transactions.findByCustomer(id)) {
        transactions.save(repoint(t, survivor));
      }
      for (Interaction i : interactions.findByCustomer(id)) {
        interactions.save(repoint(i, survivor));
      }
      for (ServiceRequest r : serviceRequests.findByCustomer(id)) {
        serviceRequests.save(repoint(r, survivor));
      }
    }
    for (Lifecycle l : absorbedLifecycles) {
      lifecycles.delete(l.subjectId());
    }
    if (survivorLifecycle.isEmpty() && !absorbedLifecycles.isEmpty()) {
      Lifecycle latest =
          absorbedLifecycles.stream()
              .max(Comparator.comparing(Lifecycle::lastEventAt))
              .orElseThrow();
      lifecycles.insert(resubject(latest, survivor.value()));
    }
    customers.save(merged);
    for (CustomerId id : absorbed) {
      customers.delete(id);
    }
    log.put(mergeId, record);
    return record;
  }

  /**
   * Undoes merge {@code mergeId}: the survivor and the absorbed customers are stored as they were,
   * the re-pointed records point to their original customers again, the lifecycles are as before.
   *
   * @throws IllegalArgumentException if no such merge is recorded (or it was already undone)
   */
  public synchronized MergeRecord unmerge(String mergeId) {
    MergeRecord record = log.remove(Objects.requireNonNull(mergeId, "mergeId must not be null"));
    if (record == null) {
      throw new IllegalArgumentException(
          "mergeId must name a recorded merge that was not undone but was: '" + mergeId + "'");
    }
    List<LoyaltyTransfer> moved = record.loyalty();
    if (!moved.isEmpty() && loyalty == null) {
      log.put(mergeId, record);
      throw new IllegalStateException(
          "merge " + mergeId + " moved loyalty points: undo it on a service withLoyalty");
    }
    for (int i = moved.size() - 1; i >= 0; i--) {
      loyalty.undo("un" + mergeId + "@" + clock.instant(), moved.get(i));
    }
    for (Customer c : record.absorbed()) {
      customers.save(c);
    }
    customers.save(record.survivorBefore());
    record
        .transactions()
        .forEach(
            (owner, ids) ->
                ids.forEach(
                    id ->
                        transactions
                            .findById(io.crmkit.core.transaction.TransactionId.of(id))
                            .ifPresent(t -> transactions.save(repoint(t, owner)))));
    record
        .interactions()
        .forEach(
            (owner, ids) ->
                ids.forEach(
                    id ->
                        interactions
                            .findById(id)
                            .ifPresent(i -> interactions.save(repoint(i, owner)))));
    record
        .serviceRequests()
        .forEach(
            (owner, ids) ->
                ids.forEach(
                    id ->
                        serviceRequests
                            .findById(id)
                            .ifPresent(r -> serviceRequests.save(repoint(r, owner)))));
    String survivor = record.survivor().value();
    if (record.survivorLifecycleBefore().isEmpty()) {
      lifecycles.delete(survivor);
    }
    for (Lifecycle l : record.absorbedLifecycles()) {
      lifecycles.insert(l);
    }
    return record;
  }

  /** The recorded merges not undone, by id. */
  public Map<String, MergeRecord> merges() {
    return Map.copyOf(log);
  }

  private Customer load(CustomerId id) {
    return customers
        .findById(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "customer must be stored to be merged but " + id + " was not found"));
  }

  static Transaction repoint(Transaction t, CustomerId to) {
    return t.withCustomerId(to);
  }

  static Interaction repoint(Interaction i, CustomerId to) {
    return i.withCustomerId(to);
  }

  static ServiceRequest repoint(ServiceRequest r, CustomerId to) {
    return r.withCustomerId(to);
  }

  private static Lifecycle resubject(Lifecycle l, String subject) {
    return new Lifecycle(
        subject,
        l.initialStage(),
        l.startedAt(),
        l.stage(),
        l.history(),
        l.facts(),
        l.appliedEventIds(),
        l.ignored(),
        l.lastEventAt());
  }

  @Override
  public String toString() {
    return "MergeService[" + rules + ", " + log.size() + " merges recorded]";
  }
}
