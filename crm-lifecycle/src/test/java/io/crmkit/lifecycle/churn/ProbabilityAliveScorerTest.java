package io.crmkit.lifecycle.churn;

class ProbabilityAliveScorerTest extends ChurnScorerContract {

  @Override
  protected ChurnScorer scorer() {
    return ChurnScorer.fromProbabilityAlive(
        "exp-silence", (s, i) -> Math.exp(-s.timeSinceLastPurchase(i) / 10));
  }
}
