package io.crmkit.marketing.history;

/**
 * What an item of a {@link PurchaseHistory} is: a product, or the category of the product.
 *
 * @since 0.1
 */
public enum ItemLevel {
  /** Items are the lines' product ids. */
  PRODUCT,
  /**
   * Items are the lines' categories (a blank category becomes {@link PurchaseHistory#NO_CATEGORY}).
   */
  CATEGORY
}
