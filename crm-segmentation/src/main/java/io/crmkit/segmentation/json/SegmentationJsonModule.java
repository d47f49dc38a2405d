package io.crmkit.segmentation.json;

import io.crmkit.core.json.CrmJsonModule;
import io.crmkit.segmentation.rfm.SegmentTable;
import io.crmkit.segmentation.rfm.SegmentTableJson;
import io.crmkit.segmentation.rules.Condition;
import io.crmkit.segmentation.rules.RuleSegmentation;
import io.crmkit.segmentation.rules.RulesJackson;

/**
 * The Jackson module of crm-segmentation ({@code crmkit-segmentation}): {@link SegmentTable} in the
 * form of {@link SegmentTableJson}, {@link Condition} and {@link RuleSegmentation} in the form of
 * {@link RulesJackson}. {@code CrmJackson.modules()} finds it through the service loader.
 *
 * @since 0.1
 */
public final class SegmentationJsonModule extends CrmJsonModule {

  private static final long serialVersionUID = 1L;

  /** The module. */
  public SegmentationJsonModule() {
    super("crmkit-segmentation");
    add(SegmentTable.class, SegmentTableJson::write, SegmentTableJson::read);
    add(Condition.class, RulesJackson::write, RulesJackson::readCondition);
    add(RuleSegmentation.class, RulesJackson::write, RulesJackson::segmentation);
  }
}
