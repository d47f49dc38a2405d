package io.crmkit.loyalty.internal;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.TransactionId;
import io.crmkit.loyalty.ledger.Ledger;
import io.crmkit.loyalty.ledger.LedgerOperation;
import io.crmkit.loyalty.program.MemberContext;
import io.crmkit.loyalty.tier.TierTracker;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Not API: the package-private fast paths of {@link Ledger} and {@link TierTracker} (and the
 * construction of a {@link MemberContext} from a cached tier), for the other crm-loyalty packages
 * (bulk earning reads accounts ahead, the what-if replay books expiries without building entries).
 * Each class registers its access once, from its static initialiser.
 *
 * @since 0.1
 */
public final class LoyaltyInternals {

  /**
   * The fast paths of a {@link Ledger}.
   *
   * @since 0.1
   */
  public interface LedgerAccess {
    /**
     * Reads what the next operation under {@code key} will use, so that it is in the processor's
     * cache; returns a value to discard and changes nothing.
     */
    long prefetch(Ledger ledger, String key);

    /**
     * {@link Ledger#earnForPurchase(String, Instant, TransactionId, Money, long, String, long)}
     * without building the posting: false for a retry, which books nothing.
     */
    boolean earnForPurchaseQuietly(
        Ledger ledger,
        String key,
        Instant at,
        TransactionId purchase,
        Money amount,
        long points,
        String reason,
        long request);

    /**
     * {@link Ledger#expireDue(Instant)} without building the entries: returns the sequence of the
     * first entry appended (the entries appended are those from it to {@link Ledger#size()}).
     */
    int expireDueQuietly(Ledger ledger, Instant at);

    /**
     * Tells {@code journal} every later operation called on {@code ledger} that changes it (see
     * {@link io.crmkit.loyalty.ledger.LedgerOperation}), before the operation returns.
     */
    void journal(Ledger ledger, Consumer<LedgerOperation> journal);
  }

  /**
   * The fast paths of a {@link TierTracker}.
   *
   * @since 0.1
   */
  public interface TierAccess {
    /**
     * Reads the tracker's state so that it is in the processor's cache; returns a value to discard.
     */
    long prefetch(TierTracker tracker);
  }

  /**
   * The construction of a {@link MemberContext} from the tier an account keeps.
   *
   * @since 0.1
   */
  public interface ContextAccess {
    /**
     * A context whose tier is {@code tier} itself (the account's cached {@code Optional}: no new
     * one per purchase); the other arguments as in {@link MemberContext#of}.
     */
    MemberContext context(
        Optional<String> tier,
        Set<String> tags,
        Set<String> segments,
        long visitsBefore,
        long pointsEarnedToday,
        long pointsEarnedThisMonth);
  }

  private static volatile LedgerAccess ledger;
  private static volatile TierAccess tier;
  private static volatile ContextAccess contexts;

  private LoyaltyInternals() {}

  /** Registers the ledger's access (once: {@link Ledger}'s static initialiser does). */
  public static void register(LedgerAccess access) {
    if (ledger != null) {
      throw new IllegalStateException("the ledger access is registered already");
    }
    ledger = Objects.requireNonNull(access, "access must not be null");
  }

  /** Registers the tier tracker's access (once: {@link TierTracker}'s static initialiser does). */
  public static void register(TierAccess access) {
    if (tier != null) {
      throw new IllegalStateException("the tier access is registered already");
    }
    tier = Objects.requireNonNull(access, "access must not be null");
  }

  /**
   * Registers the member contexts' access (once: {@link MemberContext}'s static initialiser does).
   */
  public static void registerContexts(ContextAccess access) {
    if (contexts != null) {
      throw new IllegalStateException("the member context access is registered already");
    }
    contexts = Objects.requireNonNull(access, "access must not be null");
  }

  /** The member contexts' construction. */
  public static ContextAccess contexts() {
    ContextAccess a = contexts;
    if (a == null) {
      initialise(MemberContext.class);
      a = contexts;
    }
    return a;
  }

  /** The ledger's fast paths. */
  public static LedgerAccess ledger() {
    LedgerAccess a = ledger;
    if (a == null) {
      initialise(Ledger.class);
      a = ledger;
    }
    return a;
  }

  /** The tier tracker's fast paths. */
  public static TierAccess tier() {
    TierAccess a = tier;
    if (a == null) {
      initialise(TierTracker.class);
      a = tier;
    }
    return a;
  }

  private static void initialise(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot initialise " + type.getName(), e);
    }
  }
}
