package io.crmkit.sales.pool;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.team.MemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A repository passing every call to another, for tests that interleave a call. */
class ForwardingPoolRepository implements PoolRepository {

  private final PoolRepository inner;

  ForwardingPoolRepository(PoolRepository inner) {
    this.inner = inner;
  }

  @Override
  public Optional<Ownership> find(CustomerId customer) {
    return inner.find(customer);
  }

  @Override
  public List<Ownership> held() {
    return inner.held();
  }

  @Override
  public List<Ownership> heldBy(MemberId rep) {
    return inner.heldBy(rep);
  }

  @Override
  public int countHeldBy(MemberId rep) {
    return inner.countHeldBy(rep);
  }

  @Override
  public int claimsOn(MemberId rep, LocalDate day) {
    return inner.claimsOn(rep, day);
  }

  @Override
  public ClaimOutcome claim(CustomerId customer, MemberId rep, LocalDate day, PoolRules rules) {
    return inner.claim(customer, rep, day, rules);
  }

  @Override
  public ClaimOutcome assign(
      CustomerId customer, MemberId rep, LocalDate day, String reason, PoolRules rules) {
    return inner.assign(customer, rep, day, reason, rules);
  }

  @Override
  public ClaimOutcome transfer(
      CustomerId customer,
      MemberId from,
      MemberId to,
      LocalDate day,
      String reason,
      PoolRules rules) {
    return inner.transfer(customer, from, to, day, reason, rules);
  }

  @Override
  public boolean release(CustomerId customer, MemberId rep, LocalDate day, String reason) {
    return inner.release(customer, rep, day, reason);
  }

  @Override
  public Optional<Ownership> recordFollowUp(CustomerId customer, MemberId rep, LocalDate day) {
    return inner.recordFollowUp(customer, rep, day);
  }

  @Override
  public Optional<Ownership> recordDeal(CustomerId customer, MemberId rep, LocalDate day) {
    return inner.recordDeal(customer, rep, day);
  }

  @Override
  public boolean reclaim(Ownership expected, OwnershipEvent.Reclaimed event) {
    return inner.reclaim(expected, event);
  }

  @Override
  public List<OwnershipEvent> history(CustomerId customer) {
    return inner.history(customer);
  }

  @Override
  public List<OwnershipEvent> events() {
    return inner.events();
  }
}
