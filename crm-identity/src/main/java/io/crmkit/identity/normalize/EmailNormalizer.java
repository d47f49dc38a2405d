package io.crmkit.identity.normalize;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * E-mail addresses for comparison: surrounding whitespace removed, the whole address lower-cased
 * (with {@link Locale#ROOT}, so a Turkish default locale does not change {@code I}). Two provider
 * rules are opt-in because they are true only of some providers: {@link #withGmailDots()} drops the
 * dots in the local part at {@code gmail.com}/{@code googlemail.com} (and maps the latter to the
 * former); {@link #withPlusTags()} drops a {@code +tag} suffix of the local part at every domain. A
 * value that is not {@code local@domain} normalises to empty. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EmailNormalizer {

  private static final Set<String> GMAIL = Set.of("gmail.com", "googlemail.com");
  private final boolean gmailDots;
  private final boolean plusTags;

  private EmailNormalizer(boolean gmailDots, boolean plusTags) {
    this.gmailDots = gmailDots;
    this.plusTags = plusTags;
  }

  /** Case and whitespace only. */
  public static EmailNormalizer basic() {
    return new EmailNormalizer(false, false);
  }

  /** This normaliser, also ignoring dots in Gmail local parts. */
  public EmailNormalizer withGmailDots() {
    return new EmailNormalizer(true, plusTags);
  }

  /** This normaliser, also dropping {@code +tag} suffixes of local parts. */
  public EmailNormalizer withPlusTags() {
    return new EmailNormalizer(gmailDots, true);
  }

  /** The normalised address, empty when {@code raw} is not {@code local@domain}. */
  public Optional<String> normalize(String raw) {
    Objects.requireNonNull(raw, "raw e-mail address must not be null");
    String text = raw.strip().toLowerCase(Locale.ROOT);
    int at = text.lastIndexOf('@');
    if (at <= 0 || at == text.length() - 1 || text.indexOf('@') != at) {
      return Optional.empty();
    }
    String local = text.substring(0, at);
    String domain = text.substring(at + 1);
    if (plusTags) {
      int plus = local.indexOf('+');
      if (plus == 0) {
        return Optional.empty();
      }
      if (plus > 0) {
        local = local.substring(0, plus);
      }
    }
    if (gmailDots && GMAIL.contains(domain)) {
      local = local.replace(".", "");
      domain = "gmail.com";
      if (local.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(local + "@" + domain);
  }

  @Override
  public String toString() {
    return "EmailNormalizer[gmailDots=" + gmailDots + ", plusTags=" + plusTags + "]";
  }
}
