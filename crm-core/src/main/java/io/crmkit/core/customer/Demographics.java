package io.crmkit.core.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a business knows about a customer's demographics, each part optional: an age band (e.g.
 * {@code "25-34"}), an income band (e.g. {@code "high"}), an occupation and a region. Bands are
 * free labels chosen by the business; present values are never blank.
 *
 * <p>Start from {@link #none()} and add the known parts with the {@code with...} methods:
 *
 * <pre>{@code
 * Demographics d = Demographics.none().withAgeBand("25-34").withRegion("north");
 * }</pre>
 *
 * @since 0.1
 */
public final class Demographics {

  private static final Demographics NONE =
      new Demographics(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  private final Optional<String> ageBand;
  private final Optional<String> incomeBand;
  private final Optional<String> occupation;
  private final Optional<String> region;

  private Demographics(
      Optional<String> ageBand,
      Optional<String> incomeBand,
      Optional<String> occupation,
      Optional<String> region) {
    this.ageBand = check("ageBand", ageBand);
    this.incomeBand = check("incomeBand", incomeBand);
    this.occupation = check("occupation", occupation);
    this.region = check("region", region);
  }

  private static Optional<String> check(String field, Optional<String> value) {
    if (value.isPresent() && (value.get().isBlank() || !value.get().equals(value.get().strip()))) {
      throw new IllegalArgumentException(
          field + " must not be blank or padded with whitespace but was: '" + value.get() + "'");
    }
    return value;
  }

  private static Optional<String> present(String field, String value) {
    return Optional.of(
        Objects.requireNonNull(value, field + " must not be null (leave it out when unknown)"));
  }

  /** No demographic information. */
  public static Demographics none() {
    return NONE;
  }

  /** The age band, e.g. {@code "25-34"}, empty when unknown. */
  public Optional<String> ageBand() {
    return ageBand;
  }

  /** The income band, e.g. {@code "high"}, empty when unknown. */
  public Optional<String> incomeBand() {
    return incomeBand;
  }

  /** The occupation, empty when unknown. */
  public Optional<String> occupation() {
    return occupation;
  }

  /** The region, empty when unknown. */
  public Optional<String> region() {
    return region;
  }

  /**
   * These demographics with the given age band, e.g. {@code "25-34"}.
   *
   * @throws IllegalArgumentException if {@code band} is blank or padded with whitespace
   */
  public Demographics withAgeBand(String band) {
    return new Demographics(present("ageBand", band), incomeBand, occupation, region);
  }

  /**
   * These demographics with the given income band, e.g. {@code "high"}.
   *
   * @throws IllegalArgumentException if {@code band} is blank or padded with whitespace
   */
  public Demographics withIncomeBand(String band) {
    return new Demographics(ageBand, present("incomeBand", band), occupation, region);
  }

  /**
   * These demographics with the given occupation.
   *
   * @throws IllegalArgumentException if {@code value} is blank or padded with whitespace
   */
  public Demographics withOccupation(String value) {
    return new Demographics(ageBand, incomeBand, present("occupation", value), region);
  }

  /**
   * These demographics with the given region.
   *
   * @throws IllegalArgumentException if {@code value} is blank or padded with whitespace
   */
  public Demographics withRegion(String value) {
    return new Demographics(ageBand, incomeBand, occupation, present("region", value));
  }

  /** Whether nothing is known. */
  public boolean isEmpty() {
    return ageBand.isEmpty() && incomeBand.isEmpty() && occupation.isEmpty() && region.isEmpty();
  }

  /** Equal when all four parts are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Demographics d
        && ageBand.equals(d.ageBand)
        && incomeBand.equals(d.incomeBand)
        && occupation.equals(d.occupation)
        && region.equals(d.region);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ageBand, incomeBand, occupation, region);
  }

  /** For example {@code "Demographics[ageBand=25-34, region=north]"}; only the known parts. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    ageBand.ifPresent(v -> parts.add("ageBand=" + v));
    incomeBand.ifPresent(v -> parts.add("incomeBand=" + v));
    occupation.ifPresent(v -> parts.add("occupation=" + v));
    region.ifPresent(v -> parts.add("region=" + v));
    return "Demographics" + parts;
  }
}
