package io.crmkit.testing.core.json;

import io.crmkit.core.service.ServiceRequest;
import io.crmkit.testing.JsonFormatContract;
import io.crmkit.testing.core.CoreArbitraries;
import net.jqwik.api.Arbitrary;

/** {@link ServiceRequest} under crmkit's {@link JsonFormatContract}. */
class ServiceRequestJsonFormatTest extends JsonFormatContract<ServiceRequest> {

  @Override
  protected Class<ServiceRequest> type() {
    return ServiceRequest.class;
  }

  @Override
  protected Arbitrary<ServiceRequest> values() {
    return CoreArbitraries.serviceRequests();
  }
}
