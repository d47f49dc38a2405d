package io.crmkit.marketing.similar;

/** Shared checks of the recommenders. */
final class Recommenders {

  private Recommenders() {}

  static void checkK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1 but was: " + k);
    }
  }
}
