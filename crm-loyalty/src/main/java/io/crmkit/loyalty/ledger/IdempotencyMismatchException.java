package io.crmkit.loyalty.ledger;

/**
 * An idempotency key was used again for a different request (other arguments than its first use,
 * see {@link RequestFingerprint}): nothing was booked, and the first result is not returned because
 * it would not answer this request. Send a retry with exactly the first request's arguments, or a
 * new request under a new key.
 *
 * @since 0.1
 */
public final class IdempotencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * A refused retry: idempotency key {@code key} was first used for a request with fingerprint
   * {@code firstRequest}, not {@code request} (64-bit hashes of the arguments).
   */
  public IdempotencyMismatchException(String key, long firstRequest, long request) {
    super(
        String.format(
            "idempotency key '%s' was first used for another request (fingerprint %016x, this request"
                + " %016x): a retry must repeat the first request's arguments exactly; use a new key for a new request",
            key, firstRequest, request));
    this.key = key;
  }

  /** The idempotency key that was reused. */
  public String key() {
    return key;
  }
}
