package io.crmkit.loyalty.ledger;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * A 64-bit fingerprint of an idempotent request: the operation's name and the arguments that define
 * what it books, never its instant or its descriptive reason (a retry may be sent later). The
 * ledger keeps each idempotency key's first fingerprint; a later request under the same key with
 * another fingerprint is refused with {@link IdempotencyMismatchException} (like Stripe's
 * idempotency keys), so a retry can never return a result that claims something else than was
 * booked. Numbers are taken by value ({@code 1.0} and {@code 1.00} are the same request).
 *
 * <p>A fingerprint is a hash: two different requests collide with a probability of about 2⁻⁶⁴, and
 * even then the retry returns what the first request booked. Immutable; {@code
 * RequestFingerprint.of("payWithPoints").and(orderTotal).and(points).value()}.
 *
 * @since 0.1
 */
public final class RequestFingerprint {

  private final long value;

  private RequestFingerprint(long value) {
    this.value = value;
  }

  /** The fingerprint of operation {@code operation} before its arguments are added. */
  public static RequestFingerprint of(String operation) {
    Objects.requireNonNull(operation, "operation must not be null");
    return new RequestFingerprint(mix(0x243F6A8885A308D3L, operation.hashCode()));
  }

  /** This fingerprint with the whole number {@code v} added. */
  public RequestFingerprint and(long v) {
    return new RequestFingerprint(mix(value, v));
  }

  /** This fingerprint with the text {@code v} added. */
  public RequestFingerprint and(String v) {
    Objects.requireNonNull(v, "value must not be null");
    return new RequestFingerprint(mix(mix(value, v.hashCode()), v.length()));
  }

  /** This fingerprint with the numeric value of {@code v} added (its scale does not count). */
  public RequestFingerprint and(BigDecimal v) {
    return new RequestFingerprint(mix(value, decimal(v)));
  }

  /** This fingerprint with the amount and currency of {@code v} added. */
  public RequestFingerprint and(Money v) {
    Objects.requireNonNull(v, "value must not be null");
    return new RequestFingerprint(
        mix(mix(value, decimal(v.amount())), v.currency().getCurrencyCode().hashCode()));
  }

  /** The fingerprint as a {@code long}, as the ledger's operations take it. */
  public long value() {
    return value;
  }

  /** {@code h} with {@code v} mixed in (for allocation-free fingerprints on hot paths). */
  public static long mix(long h, long v) {
    long x = v * 0x9E3779B97F4A7C15L;
    x ^= x >>> 32;
    x *= 0xD6E8FEB86659FD93L;
    x ^= x >>> 32;
    return Long.rotateLeft(h ^ x, 27) * 5 + 0x52DCE729L;
  }

  /**
   * A value of {@code v} that depends only on its numeric value: its {@code double} bits when that
   * is exact enough to tell decimals apart (at most 15 significant digits, moderate exponent), else
   * a hash of its digits without trailing zeros.
   */
  public static long decimal(BigDecimal v) {
    Objects.requireNonNull(v, "value must not be null");
    if (v.signum() == 0) {
      return 0;
    }
    int scale = v.scale();
    if (v.precision() <= 15 && scale >= -15 && scale <= 30) {
      return Double.doubleToLongBits(v.doubleValue()); // distinct for decimals of at most 15 digits
    }
    if (v.precision() > 200) { // refused by any money limits: not worth stripping a huge number
      return mix(mix(scale, v.unscaledValue().hashCode()), v.precision()) | 1;
    }
    BigDecimal z = v.stripTrailingZeros();
    return mix(mix(z.scale(), z.unscaledValue().hashCode()), z.unscaledValue().longValue())
        | 1; // odd: no double
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestFingerprint f && f.value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "request %016x", value);
  }
}
