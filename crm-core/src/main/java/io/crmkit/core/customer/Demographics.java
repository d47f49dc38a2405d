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
 * @since 0.1
 */
public record Demographics(
    Optional<String> ageBand,
    Optional<String> incomeBand,
    Optional<String> occupation,
    Optional<String> region) {

  private static final Demographics NONE =
      new Demographics(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Checks each field (age band, income band, occupation, region) is not null and, when present,
   * neither blank nor padded with whitespace.
   */
  public Demographics {
    check("ageBand", ageBand);
    check("incomeBand", incomeBand);
    check("occupation", occupation);
    check("region", region);
  }

  private static void check(String field, Optional<String> value) {
    Objects.requireNonNull(value, field + " must not be null (use Optional.empty())");
    if (value.isPresent() && (value.get().isBlank() || !value.get().equals(value.get().strip()))) {
      throw new IllegalArgumentException(
          field + " must not be blank or padded with whitespace but was: '" + value.get() + "'");
    }
  }

  /** No demographic information. */
  public static Demographics none() {
    return NONE;
  }

  /** These demographics with the given age band, e.g. {@code "25-34"}. */
  public Demographics withAgeBand(String band) {
    return new Demographics(Optional.of(band), incomeBand, occupation, region);
  }

  /** These demographics with the given income band, e.g. {@code "high"}. */
  public Demographics withIncomeBand(String band) {
    return new Demographics(ageBand, Optional.of(band), occupation, region);
  }

  /** These demographics with the given occupation. */
  public Demographics withOccupation(String value) {
    return new Demographics(ageBand, incomeBand, Optional.of(value), region);
  }

  /** These demographics with the given region. */
  public Demographics withRegion(String value) {
    return new Demographics(ageBand, incomeBand, occupation, Optional.of(value));
  }

  /** Whether nothing is known. */
  public boolean isEmpty() {
    return ageBand.isEmpty() && incomeBand.isEmpty() && occupation.isEmpty() && region.isEmpty();
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
