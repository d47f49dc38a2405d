/**
 * crmkit's report adapter: the charts of the analyses (bar, grouped bar, line, heat map, table) as
 * SVG that keeps its text as text, or as PNG drawn with Java2D, and a self-contained HTML report
 * page.
 */
module io.crmkit.report {
  requires transitive io.crmkit.core;
  requires transitive io.crmkit.segmentation;
  requires transitive io.crmkit.lifecycle;
  requires transitive io.crmkit.loyalty;
  requires transitive java.desktop;

  exports io.crmkit.report;
}
