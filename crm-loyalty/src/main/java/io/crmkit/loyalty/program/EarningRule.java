package io.crmkit.loyalty.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An earning rule of a loyalty programme: a closed family. A {@link Program} evaluates a purchase
 * in fixed stages, each in priority order: {@link Exclusion exclusions} remove lines from the
 * eligible spend; {@link PointsPerSpend base rates} turn eligible spend into base points; {@link
 * ProductMultiplier product}, {@link TierMultiplier tier} and {@link Campaign campaign} multipliers
 * add {@code (multiplier - 1) × base points} of what they cover, and {@link VisitBonus visit
 * bonuses} add fixed points; finally {@link EarningCap caps} cut the total. {@link EventBonus Event
 * bonuses} apply to member events, not purchases. Every rule that adds points rounds its own
 * contribution to whole points with its declared {@link RoundingMode}, from the exact (rational)
 * amount.
 *
 * @since 0.1
 */
public sealed interface EarningRule {

  /** The rule's id, priority and stacking group. */
  RuleKey key();

  /** The rule's id. */
  default String id() {
    return key().id();
  }

  /**
   * {@code points} per {@code per} units of eligible spend (e.g. 1 point per 1.00), rounded with
   * {@code rounding}.
   */
  static PointsPerSpend pointsPerSpend(
      String id, String points, String per, RoundingMode rounding) {
    return new PointsPerSpend(
        RuleKey.of(id), new BigDecimal(points), new BigDecimal(per), rounding);
  }

  /** Multiplies the base points of lines whose product or category is listed. */
  static ProductMultiplier productMultiplier(
      String id,
      Set<String> products,
      Set<String> categories,
      String multiplier,
      RoundingMode rounding) {
    return new ProductMultiplier(
        RuleKey.of(id), products, categories, new BigDecimal(multiplier), rounding);
  }

  /** Multiplies the base points of members in {@code tier}. */
  static TierMultiplier tierMultiplier(
      String id, String tier, String multiplier, RoundingMode rounding) {
    return new TierMultiplier(RuleKey.of(id), tier, new BigDecimal(multiplier), rounding);
  }

  /** {@code points} for an event. */
  static EventBonus eventBonus(String id, LoyaltyEventType event, long points) {
    return new EventBonus(RuleKey.of(id), event, points);
  }

  /**
   * A multiplier and/or fixed bonus for purchases on local dates {@code from..to} (inclusive), for
   * everybody.
   */
  static Campaign campaign(
      String id,
      LocalDate from,
      LocalDate to,
      String multiplier,
      long bonusPoints,
      RoundingMode rounding) {
    return new Campaign(
        RuleKey.of(id), from, to, new BigDecimal(multiplier), bonusPoints, rounding);
  }

  /** {@code points} on every {@code every}-th purchase (visit) of a member. */
  static VisitBonus visitBonus(String id, int every, long points) {
    return new VisitBonus(RuleKey.of(id), every, points);
  }

  /** At most {@code maxPoints} earned per {@code period}. */
  static EarningCap cap(String id, CapPeriod period, long maxPoints) {
    return new EarningCap(RuleKey.of(id), period, maxPoints);
  }

  /** Lines of these products or categories earn nothing. */
  static Exclusion exclusion(String id, Set<String> products, Set<String> categories) {
    return new Exclusion(RuleKey.of(id), products, categories);
  }

  private static BigDecimal checkMultiplier(String id, BigDecimal m) {
    Objects.requireNonNull(m, "multiplier of rule " + id + " must not be null");
    if (m.compareTo(BigDecimal.ONE) < 0) {
      throw new IllegalArgumentException(
          "multiplier of rule " + id + " must be at least 1 but was: " + m);
    }
    return m;
  }

  private static RoundingMode checkRounding(String id, RoundingMode r) {
    Objects.requireNonNull(r, "rounding of rule " + id + " must not be null");
    if (r == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException(
          "rounding of rule " + id + " must be able to round but was: UNNECESSARY");
    }
    return r;
  }

  private static Set<String> checkNames(String id, String field, Set<String> values) {
    Objects.requireNonNull(
        values, field + " of rule " + id + " must not be null (use an empty set)");
    return Set.copyOf(values);
  }

  /**
   * Base rate: {@code points} points per {@code per} units of eligible spend.
   *
   * @since 0.1
   */
  record PointsPerSpend(RuleKey key, BigDecimal points, BigDecimal per, RoundingMode rounding)
      implements EarningRule {
    /**
     * Checks the key, points and spend unit are not null, the points not negative and the spend
     * unit positive.
     */
    public PointsPerSpend {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(points, "points of rule " + key.id() + " must not be null");
      Objects.requireNonNull(per, "per of rule " + key.id() + " must not be null");
      if (points.signum() < 0) {
        throw new IllegalArgumentException(
            "points of rule " + key.id() + " must not be negative but was: " + points);
      }
      if (per.signum() <= 0) {
        throw new IllegalArgumentException(
            "per of rule " + key.id() + " must be positive but was: " + per);
      }
      rounding = checkRounding(key.id(), rounding);
    }

    /** This rule under key {@code value}. */
    public PointsPerSpend withKey(RuleKey value) {
      return new PointsPerSpend(value, points, per, rounding);
    }

    @Override
    public String toString() {
      return key.id()
          + ": "
          + points.toPlainString()
          + " pts per "
          + per.toPlainString()
          + " spent, rounded "
          + rounding;
    }
  }

  /**
   * Lines whose product id is in {@code products} or category in {@code categories} earn ×{@code
   * multiplier}.
   *
   * @since 0.1
   */
  record ProductMultiplier(
      RuleKey key,
      Set<String> products,
      Set<String> categories,
      BigDecimal multiplier,
      RoundingMode rounding)
      implements EarningRule {
    /**
     * Checks the key is not null and at least one product or category is named; the sets are
     * copied.
     */
    public ProductMultiplier {
      Objects.requireNonNull(key, "key must not be null");
      products = checkNames(key.id(), "products", products);
      categories = checkNames(key.id(), "categories", categories);
      if (products.isEmpty() && categories.isEmpty()) {
        throw new IllegalArgumentException(
            "rule " + key.id() + " must name at least one product or category");
      }
      multiplier = checkMultiplier(key.id(), multiplier);
      rounding = checkRounding(key.id(), rounding);
    }

    /** This rule under key {@code value}. */
    public ProductMultiplier withKey(RuleKey value) {
      return new ProductMultiplier(value, products, categories, multiplier, rounding);
    }

    boolean matches(String product, String category) {
      return products.contains(product) || categories.contains(category);
    }

    @Override
    public String toString() {
      return key.id()
          + ": ×"
          + multiplier.toPlainString()
          + " on products "
          + products
          + " / categories "
          + categories;
    }
  }

  /**
   * Members in {@code tier} earn ×{@code multiplier} on their base points.
   *
   * @since 0.1
   */
  record TierMultiplier(RuleKey key, String tier, BigDecimal multiplier, RoundingMode rounding)
      implements EarningRule {
    /** Checks the key is not null and the tier name is not null nor blank. */
    public TierMultiplier {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(tier, "tier of rule " + key.id() + " must not be null");
      if (tier.isBlank()) {
        throw new IllegalArgumentException("tier of rule " + key.id() + " must not be blank");
      }
      multiplier = checkMultiplier(key.id(), multiplier);
      rounding = checkRounding(key.id(), rounding);
    }

    /** This rule under key {@code value}. */
    public TierMultiplier withKey(RuleKey value) {
      return new TierMultiplier(value, tier, multiplier, rounding);
    }

    @Override
    public String toString() {
      return key.id() + ": ×" + multiplier.toPlainString() + " for tier " + tier;
    }
  }

  /** {@code points} (positive) for the member event {@code event}. */
  record EventBonus(RuleKey key, LoyaltyEventType event, long points) implements EarningRule {
    /**
     * Checks the components as described above; a component out of range is refused with an {@link
     * IllegalArgumentException} naming it.
     */
    public EventBonus {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(event, "event of rule " + key.id() + " must not be null");
      if (points <= 0) {
        throw new IllegalArgumentException(
            "points of rule " + key.id() + " must be positive but was: " + points);
      }
    }

    /** This rule under key {@code value}. */
    public EventBonus withKey(RuleKey value) {
      return new EventBonus(value, event, points);
    }

    @Override
    public String toString() {
      return key.id() + ": " + points + " pts for " + event;
    }
  }

  /**
   * Purchases on local dates {@code from} to {@code to} (inclusive, in the programme's zone), by
   * members in {@code segment} and with {@code tag} when given, earn ×{@code multiplier} on their
   * base points plus {@code bonusPoints}.
   *
   * @since 0.1
   */
  final class Campaign implements EarningRule {

    private final RuleKey key;
    private final LocalDate from;
    private final LocalDate to;
    private final BigDecimal multiplier;
    private final long bonusPoints;
    private final String segment; // null: every segment
    private final String tag; // null: every member
    private final Optional<String>
        segmentOrEmpty; // as returned: rules read them for every purchase
    private final Optional<String> tagOrEmpty;
    private final RoundingMode rounding;

    /**
     * A campaign for everybody: ×{@code multiplier} (at least 1) on the base points and {@code
     * bonusPoints} (zero or more) for purchases on local dates {@code from..to}, the multiplier's
     * points rounded with {@code rounding}.
     */
    public Campaign(
        RuleKey key,
        LocalDate from,
        LocalDate to,
        BigDecimal multiplier,
        long bonusPoints,
        RoundingMode rounding) {
      this(key, from, to, multiplier, bonusPoints, null, null, rounding);
    }

    private Campaign(
        RuleKey key,
        LocalDate from,
        LocalDate to,
        BigDecimal multiplier,
        long bonusPoints,
        String segment,
        String tag,
        RoundingMode rounding) {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(from, "from of rule " + key.id() + " must not be null");
      Objects.requireNonNull(to, "to of rule " + key.id() + " must not be null");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException(
            "to of rule " + key.id() + " must not be before from " + from + " but was: " + to);
      }
      this.multiplier = checkMultiplier(key.id(), multiplier);
      if (bonusPoints < 0) {
        throw new IllegalArgumentException(
            "bonusPoints of rule " + key.id() + " must not be negative but was: " + bonusPoints);
      }
      this.key = key;
      this.from = from;
      this.to = to;
      this.bonusPoints = bonusPoints;
      this.segment = segment;
      this.tag = tag;
      this.segmentOrEmpty = Optional.ofNullable(segment);
      this.tagOrEmpty = Optional.ofNullable(tag);
      this.rounding = checkRounding(key.id(), rounding);
    }

    @Override
    public RuleKey key() {
      return key;
    }

    /** The first local date of the campaign. */
    public LocalDate from() {
      return from;
    }

    /** The last local date of the campaign (inclusive). */
    public LocalDate to() {
      return to;
    }

    /** The multiplier of the base points (1: none). */
    public BigDecimal multiplier() {
      return multiplier;
    }

    /** The fixed bonus per purchase, in whole points. */
    public long bonusPoints() {
      return bonusPoints;
    }

    /** The segment members must be in, if the campaign is limited to one. */
    public Optional<String> segment() {
      return segmentOrEmpty;
    }

    /** The tag members must have, if the campaign is limited to one. */
    public Optional<String> tag() {
      return tagOrEmpty;
    }

    /** How the multiplier's points are rounded. */
    public RoundingMode rounding() {
      return rounding;
    }

    /** The same campaign under {@code value}. */
    public Campaign withKey(RuleKey value) {
      return new Campaign(value, from, to, multiplier, bonusPoints, segment, tag, rounding);
    }

    /** The same campaign, only for members in {@code value}. */
    public Campaign forSegment(String value) {
      return new Campaign(
          key,
          from,
          to,
          multiplier,
          bonusPoints,
          Objects.requireNonNull(value, "segment of rule " + key.id() + " must not be null"),
          tag,
          rounding);
    }

    /** The same campaign, only for members tagged {@code value}. */
    public Campaign forTag(String value) {
      return new Campaign(
          key,
          from,
          to,
          multiplier,
          bonusPoints,
          segment,
          Objects.requireNonNull(value, "tag of rule " + key.id() + " must not be null"),
          rounding);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Campaign c
          && key.equals(c.key)
          && from.equals(c.from)
          && to.equals(c.to)
          && multiplier.equals(c.multiplier)
          && bonusPoints == c.bonusPoints
          && Objects.equals(segment, c.segment)
          && Objects.equals(tag, c.tag)
          && rounding == c.rounding;
    }

    @Override
    public int hashCode() {
      return Objects.hash(key, from, to, multiplier, bonusPoints, segment, tag, rounding);
    }

    @Override
    public String toString() {
      return key.id()
          + ": "
          + from
          + ".."
          + to
          + " ×"
          + multiplier.toPlainString()
          + " +"
          + bonusPoints
          + " pts"
          + (segment == null ? "" : " segment " + segment)
          + (tag == null ? "" : " tag " + tag);
    }
  }

  /**
   * {@code points} on every {@code every}-th purchase of a member (the 5th, 10th, ... for 5).
   *
   * @since 0.1
   */
  record VisitBonus(RuleKey key, int every, long points) implements EarningRule {
    /**
     * Checks the key is not null and both the visit interval and the bonus (whole points) are
     * positive.
     */
    public VisitBonus {
      Objects.requireNonNull(key, "key must not be null");
      if (every <= 0) {
        throw new IllegalArgumentException(
            "every of rule " + key.id() + " must be positive but was: " + every);
      }
      if (points <= 0) {
        throw new IllegalArgumentException(
            "points of rule " + key.id() + " must be positive but was: " + points);
      }
    }

    /** This rule under key {@code value}. */
    public VisitBonus withKey(RuleKey value) {
      return new VisitBonus(value, every, points);
    }

    @Override
    public String toString() {
      return key.id() + ": " + points + " pts every " + every + " visits";
    }
  }

  /**
   * At most {@code maxPoints} (zero or more) earned per {@code period}, counting earlier earnings
   * in the period.
   *
   * @since 0.1
   */
  record EarningCap(RuleKey key, CapPeriod period, long maxPoints) implements EarningRule {
    /** Checks the key and period are not null and the cap (whole points) is not negative. */
    public EarningCap {
      Objects.requireNonNull(key, "key must not be null");
      Objects.requireNonNull(period, "period of rule " + key.id() + " must not be null");
      if (maxPoints < 0) {
        throw new IllegalArgumentException(
            "maxPoints of rule " + key.id() + " must not be negative but was: " + maxPoints);
      }
    }

    /** This rule under key {@code value}. */
    public EarningCap withKey(RuleKey value) {
      return new EarningCap(value, period, maxPoints);
    }

    @Override
    public String toString() {
      return key.id()
          + ": at most "
          + maxPoints
          + " pts per "
          + period.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Lines whose product id is in {@code products} or category in {@code categories} earn nothing.
   *
   * @since 0.1
   */
  record Exclusion(RuleKey key, Set<String> products, Set<String> categories)
      implements EarningRule {
    /**
     * Checks the key is not null and at least one product or category is named; the sets are
     * copied.
     */
    public Exclusion {
      Objects.requireNonNull(key, "key must not be null");
      products = checkNames(key.id(), "products", products);
      categories = checkNames(key.id(), "categories", categories);
      if (products.isEmpty() && categories.isEmpty()) {
        throw new IllegalArgumentException(
            "rule " + key.id() + " must name at least one product or category");
      }
    }

    /** This rule under key {@code value}. */
    public Exclusion withKey(RuleKey value) {
      return new Exclusion(value, products, categories);
    }

    boolean matches(String product, String category) {
      return products.contains(product) || categories.contains(category);
    }

    @Override
    public String toString() {
      return key.id() + ": excludes products " + products + " / categories " + categories;
    }
  }
}
