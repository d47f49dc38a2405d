package io.crmkit.loyalty.json;

import io.crmkit.loyalty.program.Program;
import io.crmkit.loyalty.program.ProgramJson;
import io.crmkit.testing.JsonFormatContract;
import net.jqwik.api.Arbitrary;

/**
 * {@link Program} under crmkit's {@link JsonFormatContract}, through the service-loaded module; a
 * programme has identity equality, so a programme read back is the same when it writes the same
 * JSON.
 */
class ProgramJsonFormatTest extends JsonFormatContract<Program> {

  @Override
  protected Class<Program> type() {
    return Program.class;
  }

  @Override
  protected boolean sameValue(Program value, Program back) {
    return ProgramJson.write(back).equals(ProgramJson.write(value))
        && back.toString().equals(value.toString());
  }

  @Override
  protected Arbitrary<Program> values() {
    return LoyaltyDocuments.programmes();
  }
}
