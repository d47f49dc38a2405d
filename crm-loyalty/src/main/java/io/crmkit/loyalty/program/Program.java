package io.crmkit.loyalty.program;

import io.crmkit.core.money.Money;
import io.crmkit.core.transaction.Transaction;
import io.crmkit.core.transaction.TransactionLine;
import io.crmkit.loyalty.internal.time.LocalDays;
import io.crmkit.loyalty.ledger.CurrencyMismatchException;
import io.crmkit.loyalty.ledger.LedgerPolicy;
import io.crmkit.loyalty.ledger.MoneyLimits;
import io.crmkit.loyalty.ledger.MoneyOutOfBoundsException;
import io.crmkit.loyalty.ledger.PointRate;
import io.crmkit.loyalty.ledger.PointsOverflowException;
import io.crmkit.loyalty.program.EarningRule.Campaign;
import io.crmkit.loyalty.program.EarningRule.EarningCap;
import io.crmkit.loyalty.program.EarningRule.EventBonus;
import io.crmkit.loyalty.program.EarningRule.Exclusion;
import io.crmkit.loyalty.program.EarningRule.PointsPerSpend;
import io.crmkit.loyalty.program.EarningRule.ProductMultiplier;
import io.crmkit.loyalty.program.EarningRule.TierMultiplier;
import io.crmkit.loyalty.program.EarningRule.VisitBonus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A loyalty programme: its name, currency, earning rules, ledger policy (consumption order, expiry,
 * lock period, refund policy, zone) and redemption rate. Validated when built: rule ids are unique,
 * the redemption rate is in the programme's currency.
 *
 * <p>{@link #evaluate} turns a purchase into points with an explanation of every rule; {@link
 * #points} computes the same points without building the explanation (the hot path). The evaluation
 * stages are fixed (exclusions, base rates, bonuses and multipliers, caps); within a stage, rules
 * run by descending priority, ties in declaration order. See {@link EarningRule}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Program {

  private static final BigDecimal[] NO_DECIMALS = new BigDecimal[0];
  private static final String NOT_EXPLAINED = "";

  private final String name;
  private final Currency currency;
  private final List<EarningRule> rules;
  private final LedgerPolicy ledgerPolicy;
  private final PointRate redemptionRate;
  private final MoneyLimits moneyLimits;
  // stages, each sorted by priority
  private final Exclusion[] exclusions;
  private final PointsPerSpend[] baseRates;
  private final EarningRule[] bonuses;
  private final EarningCap[] caps;
  private final EventBonus[] events;
  private final LocalDays days;
  // the long fast path of points(): null when a rule's numbers do not fit or a rule has a stacking
  // group
  private final FastRates fast;

  private Program(
      String name,
      Currency currency,
      List<EarningRule> rules,
      LedgerPolicy ledgerPolicy,
      PointRate redemptionRate,
      MoneyLimits moneyLimits) {
    this.moneyLimits = Objects.requireNonNull(moneyLimits, "moneyLimits must not be null");
    this.name = Objects.requireNonNull(name, "name must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("programme name must not be blank");
    }
    this.currency = Objects.requireNonNull(currency, "currency must not be null");
    Objects.requireNonNull(rules, "rules must not be null");
    this.rules = List.copyOf(rules);
    this.ledgerPolicy = Objects.requireNonNull(ledgerPolicy, "ledgerPolicy must not be null");
    this.redemptionRate = Objects.requireNonNull(redemptionRate, "redemptionRate must not be null");
    if (!redemptionRate.money().currency().equals(currency)) {
      throw new IllegalArgumentException(
          "redemptionRate of programme "
              + name
              + " must be in "
              + currency
              + " but was: "
              + redemptionRate);
    }
    Set<String> ids = new HashSet<>();
    for (EarningRule r : this.rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException(
            "rule ids of programme " + name + " must be unique but " + r.id() + " appears twice");
      }
    }
    List<EarningRule> sorted = new ArrayList<>(this.rules);
    sorted.sort(
        Comparator.comparingInt((EarningRule r) -> -r.key().priority())); // stable: ties keep order
    List<Exclusion> ex = new ArrayList<>();
    List<PointsPerSpend> base = new ArrayList<>();
    List<EarningRule> bonus = new ArrayList<>();
    List<EarningCap> cap = new ArrayList<>();
    List<EventBonus> ev = new ArrayList<>();
    for (EarningRule r : sorted) {
      if (r instanceof Exclusion e) {
        ex.add(e);
      } else if (r instanceof PointsPerSpend p) {
        base.add(p);
      } else if (r instanceof EarningCap c) {
        cap.add(c);
      } else if (r instanceof EventBonus e) {
        ev.add(e);
      } else {
        bonus.add(r);
      }
    }
    this.exclusions = ex.toArray(new Exclusion[0]);
    this.baseRates = base.toArray(new PointsPerSpend[0]);
    this.bonuses = bonus.toArray(new EarningRule[0]);
    this.caps = cap.toArray(new EarningCap[0]);
    this.events = ev.toArray(new EventBonus[0]);
    this.days = LocalDays.of(ledgerPolicy.zone());
    this.fast = FastRates.of(this.rules, baseRates, bonuses);
  }

  /**
   * A programme named {@code name} in {@code currency} with {@code rules}, ledger policy and
   * redemption rate.
   */
  public static Program of(
      String name,
      Currency currency,
      List<EarningRule> rules,
      LedgerPolicy ledgerPolicy,
      PointRate redemptionRate) {
    return new Program(name, currency, rules, ledgerPolicy, redemptionRate, MoneyLimits.standard());
  }

  /** The programme's name. */
  public String name() {
    return name;
  }

  /** The currency of every spend the programme earns on. */
  public Currency currency() {
    return currency;
  }

  /** The earning rules, in declaration order. */
  public List<EarningRule> rules() {
    return rules;
  }

  /** The ledger rules of the programme's accounts (expiry, lock period, consumption order). */
  public LedgerPolicy ledgerPolicy() {
    return ledgerPolicy;
  }

  /** How many points buy how much money when redeeming. */
  public PointRate redemptionRate() {
    return redemptionRate;
  }

  /** The bounds on the money amounts this programme accepts (purchases, their lines, refunds). */
  public MoneyLimits moneyLimits() {
    return moneyLimits;
  }

  /**
   * The same programme accepting money amounts within {@code value} (default {@link
   * MoneyLimits#standard()}).
   */
  public Program withMoneyLimits(MoneyLimits value) {
    return new Program(name, currency, rules, ledgerPolicy, redemptionRate, value);
  }

  /**
   * Checks that {@code tx} is in this programme's currency and its amounts (total, line quantities
   * and unit prices) are within {@link #moneyLimits()}.
   *
   * @throws CurrencyMismatchException if the currency differs
   * @throws MoneyOutOfBoundsException if an amount is outside the limits
   */
  public void checkAmounts(Transaction tx) {
    Objects.requireNonNull(tx, "transaction must not be null");
    if (!tx.total().currency().equals(currency)) {
      throw new CurrencyMismatchException(
          (tx.isRefund() ? "refund " : "purchase ") + tx.id(), currency, tx.total().currency());
    }
    MoneyLimits limits = moneyLimits;
    if (!limits.allows(tx.total().amount())) {
      limits.check("total of transaction " + tx.id(), tx.total().amount());
    }
    List<TransactionLine> lines = tx.lines();
    for (int i = 0; i < lines.size(); i++) {
      TransactionLine line = lines.get(i);
      if (!limits.allows(line.quantity()) || !limits.allows(line.unitPrice().amount())) {
        limits.check("quantity of line " + i + " of transaction " + tx.id(), line.quantity());
        limits.check(
            "unit price of line " + i + " of transaction " + tx.id(), line.unitPrice().amount());
      }
    }
  }

  /** The same programme with {@code value} as its rules (validated again). */
  public Program withRules(List<EarningRule> value) {
    return new Program(name, currency, value, ledgerPolicy, redemptionRate, moneyLimits);
  }

  /**
   * The points {@code purchase} earns for a member in {@code member}, with an explanation of every
   * rule.
   */
  public Earning evaluate(Transaction purchase, MemberContext member) {
    return run(purchase, member, true);
  }

  /**
   * The points {@code purchase} earns for {@code member}, without the explanation. Computed in
   * {@code long} arithmetic on minor units when every amount fits (with overflow checks), otherwise
   * with the exact {@code BigDecimal} computation of {@link #evaluate}; both give the same points.
   */
  public long points(Transaction purchase, MemberContext member) {
    if (fast != null) {
      Objects.requireNonNull(purchase, "purchase must not be null");
      Objects.requireNonNull(member, "member must not be null");
      if (purchase.isPurchase() && purchase.total().currency().equals(currency)) {
        checkAmounts(purchase);
        long p = fastPoints(purchase, member);
        if (p != FastRates.FALLBACK) {
          return p;
        }
      }
    }
    return run(purchase, member, false).points();
  }

  /**
   * The points of {@link #evaluate} computed with the exact {@code BigDecimal} path only (for
   * tests).
   */
  long exactPoints(Transaction purchase, MemberContext member) {
    return run(purchase, member, false).points();
  }

  /**
   * Whether {@link #points} can take the {@code long} fast path for this programme's rules (for
   * tests).
   */
  boolean hasFastPath() {
    return fast != null;
  }

  /**
   * The points of {@code tx} in {@code long} arithmetic: line spends as integers at a common scale
   * {@code sa}, base points of spend {@code s} exactly {@code s × A / B}; returns {@link
   * FastRates#FALLBACK} when a number does not fit (the caller then takes the exact path).
   */
  long fastPoints(Transaction tx, MemberContext member) {
    if (fast == null) {
      return FastRates.FALLBACK;
    }
    try {
      List<TransactionLine> lines = tx.lines();
      int n = lines.isEmpty() ? 1 : lines.size();
      long[] a = new long[n];
      int sa = 0;
      if (lines.isEmpty()) {
        BigDecimal v = tx.total().amount();
        sa = v.scale();
        if (sa < 0 || sa > FastRates.MAX_SCALE) {
          return FastRates.FALLBACK;
        }
        a[0] = FastRates.unscaled(v);
      } else {
        int[] scales = new int[n];
        for (int i = 0; i < n; i++) {
          // the line total quantity × unit price, exactly, without building it
          TransactionLine line = lines.get(i);
          BigDecimal q = line.quantity();
          BigDecimal u = line.unitPrice().amount();
          int s = q.scale() + u.scale();
          if (q.scale() < 0 || u.scale() < 0 || s > FastRates.MAX_SCALE) {
            return FastRates.FALLBACK;
          }
          scales[i] = s;
          sa = Math.max(sa, s);
          a[i] = Math.multiplyExact(FastRates.unscaled(q), FastRates.unscaled(u));
        }
        for (int i = 0; i < n; i++) {
          if (scales[i] != sa) {
            a[i] = Math.multiplyExact(a[i], FastRates.pow10(sa - scales[i]));
          }
        }
      }
      for (Exclusion r : exclusions) {
        for (int i = 0; i < n; i++) {
          if (a[i] != 0 && r.matches(productOf(lines, i), categoryOf(lines, i))) {
            a[i] = 0;
          }
        }
      }
      long eligible = 0;
      for (long v : a) {
        eligible = Math.addExact(eligible, v);
      }
      long total = 0;
      boolean active = eligible != 0 && baseRates.length > 0;
      if (active) {
        for (int k = 0; k < baseRates.length; k++) {
          total =
              Math.addExact(
                  total,
                  FastRates.roundDiv(
                      Math.multiplyExact(eligible, fast.baseNum[k]),
                      Math.multiplyExact(FastRates.pow10(sa), fast.baseDen[k]),
                      baseRates[k].rounding()));
        }
      }
      LocalDate date = null;
      for (int b = 0; b < bonuses.length; b++) {
        EarningRule r = bonuses[b];
        if (r instanceof ProductMultiplier m) {
          if (!active) {
            continue;
          }
          long scope = 0;
          for (int i = 0; i < n; i++) {
            if (a[i] != 0 && m.matches(productOf(lines, i), categoryOf(lines, i))) {
              scope = Math.addExact(scope, a[i]);
            }
          }
          total = Math.addExact(total, fast.multiplied(b, scope, sa, m.rounding()));
        } else if (r instanceof TierMultiplier t) {
          if (active && member.tier().isPresent() && member.tier().get().equals(t.tier())) {
            total = Math.addExact(total, fast.multiplied(b, eligible, sa, t.rounding()));
          }
        } else if (r instanceof Campaign c) {
          if (date == null) {
            date = days.date(tx.timestamp());
          }
          if (date.isBefore(c.from())
              || date.isAfter(c.to())
              || (c.segment().isPresent() && !member.segments().contains(c.segment().get()))
              || (c.tag().isPresent() && !member.tags().contains(c.tag().get()))) {
            continue;
          }
          total =
              Math.addExact(
                  total,
                  Math.addExact(
                      active ? fast.multiplied(b, eligible, sa, c.rounding()) : 0,
                      c.bonusPoints()));
        } else if (r instanceof VisitBonus v) {
          if ((member.visitsBefore() + 1) % v.every() == 0) {
            total = Math.addExact(total, v.points());
          }
        } else {
          return FastRates.FALLBACK;
        }
      }
      return applyCaps(total, member, null, false);
    } catch (ArithmeticException e) {
      return FastRates
          .FALLBACK; // a number does not fit in a long, or UNNECESSARY rounding is inexact
    }
  }

  /**
   * The points member event {@code event} at {@code at} earns, with an explanation (caps apply).
   */
  public Earning evaluateEvent(LoyaltyEventType event, Instant at, MemberContext member) {
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(member, "member must not be null");
    List<RuleOutcome> out = new ArrayList<>();
    Map<String, String> groups = new HashMap<>();
    long total = 0;
    for (EventBonus r : events) {
      if (r.event() != event) {
        out.add(RuleOutcome.notApplied(r.id(), "rewards " + r.event() + ", not " + event));
      } else if (!blocked(r, groups, out)) {
        total = add(total, r.points(), r.id(), event);
        claim(r, groups);
        out.add(RuleOutcome.applied(r.id(), r.points(), r.points() + " pts for " + event));
      }
    }
    total = applyCaps(total, member, out, true);
    return new Earning(total, Money.zero(currency), out);
  }

  private Earning run(Transaction tx, MemberContext member, boolean explain) {
    Objects.requireNonNull(tx, "purchase must not be null");
    Objects.requireNonNull(member, "member must not be null");
    checkAmounts(tx);
    List<RuleOutcome> out = explain ? new ArrayList<>() : null;
    if (tx.isRefund()) {
      if (explain) {
        out.add(
            RuleOutcome.notApplied(
                "refund", "a refund earns nothing; it reverses its purchase's points"));
      }
      return new Earning(0, Money.zero(currency), explain ? out : List.of());
    }
    List<TransactionLine> lines = tx.lines();
    int n = lines.isEmpty() ? 1 : lines.size();
    BigDecimal[] spend = new BigDecimal[n];
    String[] product = new String[n];
    String[] category = new String[n];
    if (lines.isEmpty()) {
      spend[0] = tx.total().amount();
      product[0] = "";
      category[0] = "";
    } else {
      for (int i = 0; i < n; i++) {
        TransactionLine line = lines.get(i);
        spend[i] = line.total().amount();
        product[i] = line.productId();
        category[i] = line.category();
      }
    }
    // stage 1: exclusions
    for (Exclusion r : exclusions) {
      BigDecimal removed = BigDecimal.ZERO;
      int count = 0;
      for (int i = 0; i < n; i++) {
        if (spend[i].signum() != 0 && r.matches(product[i], category[i])) {
          removed = removed.add(spend[i]);
          spend[i] = BigDecimal.ZERO;
          count++;
        }
      }
      if (explain) {
        out.add(
            count > 0
                ? RuleOutcome.applied(
                    r.id(), 0, "excluded " + count + " line(s) worth " + removed.toPlainString())
                : RuleOutcome.notApplied(r.id(), "no line of an excluded product or category"));
      }
    }
    BigDecimal eligible = BigDecimal.ZERO;
    for (BigDecimal s : spend) {
      eligible = eligible.add(s);
    }
    Map<String, String> groups = null;
    long total = 0;
    // stage 2: base rates; base points of line i are num[i] / den exactly
    int activeCount = 0;
    PointsPerSpend[] used = new PointsPerSpend[baseRates.length];
    for (PointsPerSpend r : baseRates) {
      if (eligible.signum() == 0) {
        if (explain) {
          out.add(RuleOutcome.notApplied(r.id(), "no eligible spend"));
        }
        continue;
      }
      if (r.key().stackGroup().isPresent()) {
        if (groups == null) {
          groups = new HashMap<>();
        }
        if (blocked(r, groups, out)) {
          continue;
        }
        claim(r, groups);
      }
      long pts = exact(eligible.multiply(r.points()).divide(r.per(), 0, r.rounding()), r.id(), tx);
      total = add(total, pts, r.id(), tx);
      used[activeCount++] = r;
      if (explain) {
        out.add(
            RuleOutcome.applied(
                r.id(),
                pts,
                r.points().toPlainString()
                    + " pts per "
                    + r.per().toPlainString()
                    + " on "
                    + eligible.toPlainString()
                    + ", rounded "
                    + r.rounding()));
      }
    }
    BigDecimal den = BigDecimal.ONE;
    BigDecimal[] num = NO_DECIMALS;
    BigDecimal numTotal = BigDecimal.ZERO;
    if (activeCount > 0) {
      num = new BigDecimal[n];
      for (int k = 0; k < activeCount; k++) {
        den = den.multiply(used[k].per());
      }
      for (int i = 0; i < n; i++) {
        BigDecimal v = BigDecimal.ZERO;
        if (spend[i].signum() != 0 && activeCount == 1) {
          v = spend[i].multiply(used[0].points());
        } else if (spend[i].signum() != 0) {
          for (int k = 0; k < activeCount; k++) {
            BigDecimal others = BigDecimal.ONE;
            for (int j = 0; j < activeCount; j++) {
              if (j != k) {
                others = others.multiply(used[j].per());
              }
            }
            v = v.add(spend[i].multiply(used[k].points()).multiply(others));
          }
        }
        num[i] = v;
        numTotal = numTotal.add(v);
      }
    }
    // stage 3: bonuses and multipliers
    LocalDate date = null;
    for (EarningRule r : bonuses) {
      String reasonNot = null;
      long pts = 0;
      String reason = null;
      if (r instanceof ProductMultiplier m) {
        BigDecimal scope = BigDecimal.ZERO;
        int matched = 0;
        for (int i = 0; i < n; i++) {
          if (activeCount > 0 && num[i].signum() != 0 && m.matches(product[i], category[i])) {
            scope = scope.add(num[i]);
            matched++;
          }
        }
        if (matched == 0) {
          reasonNot =
              explain
                  ? "no eligible line of products "
                      + m.products()
                      + " or categories "
                      + m.categories()
                  : NOT_EXPLAINED;
        } else {
          pts = multiplied(scope, m.multiplier(), den, m.rounding());
          reason =
              explain
                  ? "×" + m.multiplier().toPlainString() + " on " + matched + " line(s)"
                  : NOT_EXPLAINED;
        }
      } else if (r instanceof TierMultiplier t) {
        if (member.tier().isEmpty() || !member.tier().get().equals(t.tier())) {
          reasonNot =
              explain
                  ? "member is "
                      + member.tier().map(x -> "in tier " + x).orElse("in no tier")
                      + ", not "
                      + t.tier()
                  : NOT_EXPLAINED;
        } else if (activeCount == 0 || numTotal.signum() == 0) {
          reasonNot = explain ? "no base points to multiply" : NOT_EXPLAINED;
        } else {
          pts = multiplied(numTotal, t.multiplier(), den, t.rounding());
          reason =
              explain
                  ? "×" + t.multiplier().toPlainString() + " for tier " + t.tier()
                  : NOT_EXPLAINED;
        }
      } else if (r instanceof Campaign c) {
        if (date == null) {
          date = days.date(tx.timestamp());
        }
        if (date.isBefore(c.from()) || date.isAfter(c.to())) {
          reasonNot =
              explain
                  ? "purchase on " + date + " is outside " + c.from() + ".." + c.to()
                  : NOT_EXPLAINED;
        } else if (c.segment().isPresent() && !member.segments().contains(c.segment().get())) {
          reasonNot = explain ? "member is not in segment " + c.segment().get() : NOT_EXPLAINED;
        } else if (c.tag().isPresent() && !member.tags().contains(c.tag().get())) {
          reasonNot = explain ? "member is not tagged " + c.tag().get() : NOT_EXPLAINED;
        } else {
          long mult =
              activeCount == 0 ? 0 : multiplied(numTotal, c.multiplier(), den, c.rounding());
          pts = add(mult, c.bonusPoints(), c.id(), tx);
          reason =
              explain
                  ? "campaign "
                      + c.from()
                      + ".."
                      + c.to()
                      + ": ×"
                      + c.multiplier().toPlainString()
                      + " (+"
                      + mult
                      + ") and +"
                      + c.bonusPoints()
                  : NOT_EXPLAINED;
        }
      } else if (r instanceof VisitBonus v) {
        long visit = member.visitsBefore() + 1;
        if (visit % v.every() != 0) {
          reasonNot =
              explain ? "visit " + visit + " is not a multiple of " + v.every() : NOT_EXPLAINED;
        } else {
          pts = v.points();
          reason = explain ? "visit " + visit + " is a multiple of " + v.every() : NOT_EXPLAINED;
        }
      } else {
        throw new IllegalStateException("unexpected rule in the bonus stage: " + r);
      }
      if (reasonNot != null) {
        if (explain) {
          out.add(RuleOutcome.notApplied(r.id(), reasonNot));
        }
        continue;
      }
      if (r.key().stackGroup().isPresent()) {
        if (groups == null) {
          groups = new HashMap<>();
        }
        if (blocked(r, groups, out)) {
          continue;
        }
        claim(r, groups);
      }
      total = add(total, pts, r.id(), tx);
      if (explain) {
        out.add(RuleOutcome.applied(r.id(), pts, reason));
      }
    }
    total = applyCaps(total, member, out, explain);
    return new Earning(total, Money.of(eligible, currency), explain ? out : List.of());
  }

  private static String productOf(List<TransactionLine> lines, int i) {
    return lines.isEmpty() ? "" : lines.get(i).productId();
  }

  private static String categoryOf(List<TransactionLine> lines, int i) {
    return lines.isEmpty() ? "" : lines.get(i).category();
  }

  private static long multiplied(
      BigDecimal num, BigDecimal multiplier, BigDecimal den, RoundingMode rounding) {
    BigDecimal v = num.multiply(multiplier.subtract(BigDecimal.ONE)).divide(den, 0, rounding);
    if (v.unscaledValue().bitLength() > 63) {
      throw new PointsOverflowException("a multiplier's points must fit in a long but were: " + v);
    }
    return v.longValue();
  }

  /** {@code v} (whole points) as a {@code long}, or a named error. */
  private static long exact(BigDecimal v, String rule, Transaction tx) {
    if (v.unscaledValue().bitLength() > 63) { // v has scale 0
      throw new PointsOverflowException(
          "points of rule "
              + rule
              + " for "
              + tx.id()
              + " must fit in a long (at most "
              + Long.MAX_VALUE
              + ") but were: "
              + v.toBigInteger());
    }
    return v.longValueExact();
  }

  /** {@code total + pts} exactly, or a named error naming the rule and the transaction or event. */
  private static long add(long total, long pts, String rule, Object what) {
    long r = total + pts;
    if (((total ^ r) & (pts ^ r)) < 0) {
      throw new PointsOverflowException(
          "points of "
              + (what instanceof Transaction t ? t.id() : what)
              + " must fit in a"
              + " long (at most "
              + Long.MAX_VALUE
              + ") but "
              + total
              + " + "
              + pts
              + " (rule "
              + rule
              + ") does not");
    }
    return r;
  }

  private long applyCaps(long total, MemberContext member, List<RuleOutcome> out, boolean explain) {
    for (EarningCap c : caps) {
      long already =
          switch (c.period()) {
            case TRANSACTION -> 0;
            case DAY -> member.pointsEarnedToday();
            case MONTH -> member.pointsEarnedThisMonth();
          };
      long limit = Math.max(0, c.maxPoints() - already);
      String period = explain ? c.period().name().toLowerCase(Locale.ROOT) : "";
      if (total > limit) {
        long cut = total - limit;
        total = limit;
        if (explain) {
          out.add(
              RuleOutcome.applied(
                  c.id(),
                  -cut,
                  "capped at "
                      + c.maxPoints()
                      + " pts per "
                      + period
                      + (already > 0 ? " (" + already + " already earned)" : "")));
        }
      } else if (explain) {
        out.add(
            RuleOutcome.notApplied(
                c.id(),
                total
                    + " pts is within "
                    + limit
                    + " left of "
                    + c.maxPoints()
                    + " per "
                    + period));
      }
    }
    return total;
  }

  private static boolean blocked(EarningRule r, Map<String, String> groups, List<RuleOutcome> out) {
    if (r.key().stackGroup().isEmpty()) {
      return false;
    }
    String holder = groups.get(r.key().stackGroup().get());
    if (holder == null) {
      return false;
    }
    if (out != null) {
      out.add(
          RuleOutcome.notApplied(
              r.id(),
              "stacking group " + r.key().stackGroup().get() + " already used by rule " + holder));
    }
    return true;
  }

  private static void claim(EarningRule r, Map<String, String> groups) {
    r.key().stackGroup().ifPresent(g -> groups.put(g, r.id()));
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("programme ")
            .append(name)
            .append(" (")
            .append(currency)
            .append(", ")
            .append(ledgerPolicy.zone())
            .append(", ")
            .append(redemptionRate)
            .append(')');
    for (EarningRule r : rules) {
      s.append("\n  ").append(r);
    }
    return s.toString();
  }
}
