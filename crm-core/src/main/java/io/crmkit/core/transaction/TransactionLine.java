package io.crmkit.core.transaction;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a transaction: a product, its category, the quantity (a positive decimal number of
 * units, e.g. 2 or 0.75 kg) and the unit price. The line total is {@code quantity × unitPrice}.
 *
 * @since 0.1
 */
public record TransactionLine(
    String productId, String category, BigDecimal quantity, Money unitPrice) {

  /**
   * Checks the product id is not null nor blank, the quantity (in units of the product) is positive
   * and the unit price is not negative.
   */
  public TransactionLine {
    Objects.requireNonNull(productId, "productId must not be null");
    if (productId.isBlank()) {
      throw new IllegalArgumentException(
          "productId must not be blank but was: '" + productId + "'");
    }
    Objects.requireNonNull(category, "category must not be null (use \"\" for none)");
    Objects.requireNonNull(quantity, "quantity must not be null");
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException("quantity must be positive but was: " + quantity);
    }
    Objects.requireNonNull(unitPrice, "unitPrice must not be null");
    if (unitPrice.isNegative()) {
      throw new IllegalArgumentException("unitPrice must not be negative but was: " + unitPrice);
    }
  }

  /** A line of {@code quantity} whole units. */
  public static TransactionLine of(
      String productId, String category, long quantity, Money unitPrice) {
    return new TransactionLine(productId, category, BigDecimal.valueOf(quantity), unitPrice);
  }

  /** {@code quantity × unitPrice}. */
  public Money total() {
    return unitPrice.times(quantity);
  }
}
