package io.crmkit.lifecycle.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.crmkit.core.json.CrmJsonModule;
import io.crmkit.core.json.JsonFields;
import io.crmkit.core.json.ObjectDeserializer;
import io.crmkit.core.json.WriterSerializer;
import io.crmkit.lifecycle.churn.logistic.LogisticModel;
import io.crmkit.lifecycle.model.BgBbModel;
import io.crmkit.lifecycle.model.BgCnbdModel;
import io.crmkit.lifecycle.model.BgNbdModel;
import io.crmkit.lifecycle.model.GammaGammaModel;
import io.crmkit.lifecycle.model.MbgCnbdModel;
import io.crmkit.lifecycle.model.MbgNbdModel;
import io.crmkit.lifecycle.model.ModelJson;
import io.crmkit.lifecycle.model.ParametricModel;
import io.crmkit.lifecycle.model.ParetoNbdModel;
import io.crmkit.lifecycle.model.ShiftedBetaGeometricModel;
import io.crmkit.lifecycle.model.TransactionModel;
import io.crmkit.lifecycle.stage.Guard;
import io.crmkit.lifecycle.stage.LifecycleDefinition;
import java.io.IOException;
import java.util.Map;

/**
 * The Jackson module of crm-lifecycle ({@code crmkit-lifecycle}): fitted models ({@link
 * ParametricModel}, {@link TransactionModel} and the eight model classes) in the model-file form of
 * {@link ModelJson}, so a file written by {@code crm fit} reads as {@code mapper.readValue(file,
 * BgNbdModel.class)}; {@link LogisticModel} in the form of {@link LogisticModel#toJson()}; {@link
 * LifecycleDefinition} in the form of {@link LifecycleDefinition#toJson()}, whose guards are looked
 * up in the reader attribute {@link #GUARDS} ({@code
 * reader.withAttribute(LifecycleJsonModule.GUARDS, guards)}; none when absent). {@code
 * CrmJackson.modules()} finds it through the service loader.
 *
 * @since 0.1
 */
public final class LifecycleJsonModule extends CrmJsonModule {

  private static final long serialVersionUID = 1L;

  /**
   * The reader attribute holding the {@code Map<String, Guard>} a lifecycle definition's guard
   * names refer to.
   */
  public static final Object GUARDS = LifecycleJsonModule.class.getName() + ".guards";

  /** The module. */
  public LifecycleJsonModule() {
    super("crmkit-lifecycle");
    model(ParametricModel.class);
    model(TransactionModel.class);
    model(BgNbdModel.class);
    model(MbgNbdModel.class);
    model(ParetoNbdModel.class);
    model(BgBbModel.class);
    model(GammaGammaModel.class);
    model(ShiftedBetaGeometricModel.class);
    model(BgCnbdModel.class);
    model(MbgCnbdModel.class);
    add(LogisticModel.class, (gen, m) -> gen.writeTree(m.toJsonTree()), LogisticModel::fromJson);
    addSerializer(
        LifecycleDefinition.class,
        WriterSerializer.of(LifecycleDefinition.class, (gen, d) -> gen.writeTree(d.toJsonTree())));
    addDeserializer(LifecycleDefinition.class, new DefinitionDeserializer());
  }

  private <M extends ParametricModel> void model(Class<M> type) {
    add(type, ModelJson::write, f -> ModelJson.read(f, type));
  }

  /** Reads a definition with the guards of the reader attribute {@link #GUARDS}. */
  private static final class DefinitionDeserializer extends StdDeserializer<LifecycleDefinition> {
    private static final long serialVersionUID = 1L;

    DefinitionDeserializer() {
      super(LifecycleDefinition.class);
    }

    @Override
    public LifecycleDefinition deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      String path = ObjectDeserializer.pathOf(p);
      JsonNode node = ctxt.readTree(p);
      Object attribute = ctxt.getAttribute(GUARDS);
      Map<String, Guard> guards = Map.of();
      if (attribute instanceof Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Guard> given = (Map<String, Guard>) map;
        guards = given;
      }
      return LifecycleDefinition.fromJson(
          JsonFields.at(
              node, path, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)),
          guards);
    }
  }
}
