package io.crmkit.lifecycle.churn;

/** Opens {@link ChurnScorerContract} to tests of scorers in sub-packages. */
public abstract class ChurnScorerContractAccess extends ChurnScorerContract {}
