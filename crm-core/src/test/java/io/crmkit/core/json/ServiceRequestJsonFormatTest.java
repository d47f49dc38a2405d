package io.crmkit.core.json;

import io.crmkit.core.service.ServiceRequest;
import io.crmkit.core.testing.CoreArbitraries;
import io.crmkit.core.testing.JsonFormatContract;
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
