package io.crmkit.lifecycle.json;

import io.crmkit.lifecycle.model.BgBbModel;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.MbgNbdModel;
import io.crmkit.lifecycle.model.ParametricModel;
import io.crmkit.lifecycle.model.ParetoNbdModel;
import io.crmkit.lifecycle.model.ShiftedBetaGeometricModel;
import io.crmkit.testing.JsonFormatContract;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The six fitted models, read back as {@link ParametricModel}, under crmkit's {@link
 * JsonFormatContract}.
 */
class ParametricModelJsonFormatTest extends JsonFormatContract<ParametricModel> {

  @Override
  protected Class<ParametricModel> type() {
    return ParametricModel.class;
  }

  @Override
  protected Arbitrary<ParametricModel> values() {
    Arbitrary<Double> x = Arbitraries.doubles().between(0.01, 1000).ofScale(4);
    return Arbitraries.oneOf(
        x.list().ofSize(4).map(v -> BgNbdModel.of(v.get(0), v.get(1), v.get(2), v.get(3))),
        x.list().ofSize(4).map(v -> MbgNbdModel.of(v.get(0), v.get(1), v.get(2), v.get(3))),
        x.list().ofSize(4).map(v -> ParetoNbdModel.of(v.get(0), v.get(1), v.get(2), v.get(3))),
        x.list().ofSize(4).map(v -> BgBbModel.of(v.get(0), v.get(1), v.get(2), v.get(3))),
        x.list().ofSize(3).map(v -> GammaGammaModel.of(v.get(0), v.get(1), v.get(2))),
        x.list().ofSize(2).map(v -> ShiftedBetaGeometricModel.of(v.get(0), v.get(1))));
  }
}
