package io.crmkit.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency: a {@link BigDecimal} amount (in units of the currency, e.g.
 * 12.50 means twelve euros fifty) and a {@link Currency}.
 *
 * <p>Immutable. Arithmetic refuses to mix currencies and throws {@link IllegalArgumentException}
 * naming both. Equality is by currency and numeric value, so {@code 1.0 EUR} equals {@code 1.00
 * EUR} (the amount is stripped of trailing zeros for {@link #equals} and {@link #hashCode}).
 *
 * @since 0.1
 */
public final class Money implements Comparable<Money> {

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = Objects.requireNonNull(amount, "amount must not be null");
    this.currency = Objects.requireNonNull(currency, "currency must not be null");
  }

  /** Money of {@code amount} units of {@code currency}. */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * Money of {@code amount} (a decimal string such as {@code "12.50"}) in the ISO 4217 currency
   * {@code currencyCode}.
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount must not be null");
    BigDecimal value;
    try {
      value = new BigDecimal(amount.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "amount must be a decimal number but was: '" + amount + "'", e);
    }
    return new Money(value, currency(currencyCode));
  }

  /** Money of {@code amount} units of the ISO 4217 currency {@code currencyCode}. */
  public static Money of(BigDecimal amount, String currencyCode) {
    return new Money(amount, currency(currencyCode));
  }

  /** Money of a {@code double} amount, converted through its shortest decimal representation. */
  public static Money of(double amount, String currencyCode) {
    if (!Double.isFinite(amount)) {
      throw new IllegalArgumentException("amount must be finite but was: " + amount);
    }
    return new Money(BigDecimal.valueOf(amount), currency(currencyCode));
  }

  /** Zero in the given currency. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /** Zero in the ISO 4217 currency {@code currencyCode}. */
  public static Money zero(String currencyCode) {
    return zero(currency(currencyCode));
  }

  private static Currency currency(String code) {
    Objects.requireNonNull(code, "currency must not be null");
    try {
      return Currency.getInstance(code.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code but was: '" + code + "'", e);
    }
  }

  /** The amount, in units of {@link #currency()}. */
  public BigDecimal amount() {
    return amount;
  }

  /** The currency of this amount. */
  public Currency currency() {
    return currency;
  }

  /**
   * This amount plus {@code other}, exactly; {@link IllegalArgumentException} when the currencies
   * differ.
   */
  public Money plus(Money other) {
    checkSameCurrency(other, "plus");
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * This amount minus {@code other}, exactly; {@link IllegalArgumentException} when the currencies
   * differ.
   */
  public Money minus(Money other) {
    checkSameCurrency(other, "minus");
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * This amount multiplied by the dimensionless {@code factor}, exactly (no rounding), in the same
   * currency.
   */
  public Money times(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor must not be null");
    return new Money(amount.multiply(factor), currency);
  }

  /** This amount multiplied by the whole number {@code factor}, exactly, in the same currency. */
  public Money times(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /** The same amount with the opposite sign, in the same currency. */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /** This amount rounded to the currency's default number of fraction digits with {@code mode}. */
  public Money rounded(RoundingMode mode) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    return new Money(amount.setScale(digits, mode), currency);
  }

  /** Whether the amount is zero (at any scale). */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Whether the amount is above zero. */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /** Compares amounts of the same currency; throws for mixed currencies. */
  @Override
  public int compareTo(Money other) {
    checkSameCurrency(other, "compareTo");
    return amount.compareTo(other.amount);
  }

  private void checkSameCurrency(Money other, String operation) {
    Objects.requireNonNull(other, "other must not be null");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot " + operation + " money of different currencies: " + this + " and " + other);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
  }

  /** For example {@code "12.50 EUR"}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
