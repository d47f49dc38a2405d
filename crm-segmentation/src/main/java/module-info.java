/**
 * crmkit's first core, customer segmentation: RFM scores and named segments, ABC (Pareto) classes,
 * rule-based and clustering segments, and the engine that assigns segments and tracks their
 * migration.
 */
module io.crmkit.segmentation {
  requires transitive io.crmkit.core;
  requires commons.math3;

  exports io.crmkit.segmentation.abc;
  exports io.crmkit.segmentation.cluster;
  exports io.crmkit.segmentation.engine;
  exports io.crmkit.segmentation.json;
  exports io.crmkit.segmentation.rfm;
  exports io.crmkit.segmentation.rules;

  provides com.fasterxml.jackson.databind.Module with
      io.crmkit.segmentation.json.SegmentationJsonModule;
}
