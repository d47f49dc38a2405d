package io.crmkit.identity.merge;

import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.service.ServiceRequest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference {@link ServiceRequestRepository}: a map under one lock. Thread-safe.
 *
 * @since 0.1
 */
public final class InMemoryServiceRequestRepository implements ServiceRequestRepository {

  private static final Comparator<ServiceRequest> ORDER =
      Comparator.comparing(ServiceRequest::openedAt).thenComparing(ServiceRequest::id);
  private final Map<String, ServiceRequest> byId = new HashMap<>();

  /** An empty repository. */
  public InMemoryServiceRequestRepository() {}

  @Override
  public synchronized Optional<ServiceRequest> findById(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id must not be null")));
  }

  @Override
  public synchronized List<ServiceRequest> findByCustomer(CustomerId customerId) {
    Objects.requireNonNull(customerId, "customerId must not be null");
    return byId.values().stream()
        .filter(r -> r.customerId().equals(customerId))
        .sorted(ORDER)
        .toList();
  }

  @Override
  public synchronized void save(ServiceRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    byId.put(request.id(), request);
  }

  @Override
  public synchronized boolean delete(String id) {
    return byId.remove(Objects.requireNonNull(id, "id must not be null")) != null;
  }

  @Override
  public synchronized List<ServiceRequest> findAll() {
    return byId.values().stream().sorted(ORDER).toList();
  }

  @Override
  public synchronized long count() {
    return byId.size();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryServiceRequestRepository[" + byId.size() + " requests]";
  }
}
