package io.crmkit.identity.cluster;

import java.util.Objects;

/**
 * A link the clustering guard refused, with the sizes of the two groups it would have joined.
 *
 * @since 0.1
 */
public record RejectedLink(Link link, int leftClusterSize, int rightClusterSize, String reason) {

  /** Checks the link and reason are not null. */
  public RejectedLink {
    Objects.requireNonNull(link, "link must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }

  @Override
  public String toString() {
    return "kept apart "
        + link
        + ": "
        + reason
        + " (groups of "
        + leftClusterSize
        + " and "
        + rightClusterSize
        + ")";
  }
}
