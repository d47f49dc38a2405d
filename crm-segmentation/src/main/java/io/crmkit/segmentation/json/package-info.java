/**
 * crm-segmentation's Jackson module, {@link io.crmkit.segmentation.json.SegmentationJsonModule},
 * registered by {@code io.crmkit.core.json.CrmJackson.modules()}.
 */
package io.crmkit.segmentation.json;
