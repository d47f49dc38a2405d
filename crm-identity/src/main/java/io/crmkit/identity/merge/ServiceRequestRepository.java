package io.crmkit.identity.merge;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.service.ServiceRequest;
import java.util.List;
import java.util.Optional;

/**
 * Stores {@link ServiceRequest}s by id (crm-core has no repository for them yet; this is the one a
 * merge needs). Implementations must be safe for use by many threads; lists are ordered by opening
 * instant, then id. {@link InMemoryServiceRequestRepository} is the reference implementation.
 *
 * @since 0.1
 */
public interface ServiceRequestRepository {

  /** The request with this id, empty when none is stored. */
  Optional<ServiceRequest> findById(String id);

  /** The customer's requests. */
  List<ServiceRequest> findByCustomer(CustomerId customerId);

  /** Stores {@code request}, replacing a stored one with the same id. */
  void save(ServiceRequest request);

  /** Removes the request with this id; returns whether one was stored. */
  boolean delete(String id);

  /** Every stored request. */
  List<ServiceRequest> findAll();

  /** The number of stored requests. */
  long count();
}
