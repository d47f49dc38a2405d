package io.crmkit.core.feedback;

import java.util.Objects;

/**
 * NPS and CSAT over a group of feedback answers: {@code answers} is the number of feedback records
 * in the group (with or without scores), {@code nps} and {@code csat} count the answers that carry
 * that score.
 *
 * @since 0.1
 */
public record FeedbackScores(long answers, NpsResult nps, CsatResult csat) {

  private static final FeedbackScores NONE =
      new FeedbackScores(0, NpsResult.none(), CsatResult.none());

  /**
   * Checks the NPS and CSAT results are not null and the number of answers is at least the
   * responses of either.
   */
  public FeedbackScores {
    Objects.requireNonNull(nps, "nps must not be null");
    Objects.requireNonNull(csat, "csat must not be null");
    if (answers < Math.max(nps.responses(), csat.responses())) {
      throw new IllegalArgumentException(
          "answers must be at least the NPS ("
              + nps.responses()
              + ") and CSAT ("
              + csat.responses()
              + ") responses but was: "
              + answers);
    }
  }

  /** No answers. */
  public static FeedbackScores none() {
    return NONE;
  }

  /** These scores with one more answer. */
  public FeedbackScores plus(Feedback f) {
    Objects.requireNonNull(f, "feedback must not be null");
    NpsResult n = f.nps().isPresent() ? nps.plus(f.nps().getAsInt()) : nps;
    CsatResult c = f.csat().isPresent() ? csat.plus(f.csat().getAsInt()) : csat;
    return new FeedbackScores(answers + 1, n, c);
  }

  /** The scores of both groups together. */
  public FeedbackScores plus(FeedbackScores other) {
    return new FeedbackScores(answers + other.answers, nps.plus(other.nps), csat.plus(other.csat));
  }

  /** For example {@code "FeedbackScores[answers=10, NPS 20.0 (...), CSAT 80.0% (...)]"}. */
  @Override
  public String toString() {
    return "FeedbackScores[answers=" + answers + ", " + nps + ", " + csat + "]";
  }
}
