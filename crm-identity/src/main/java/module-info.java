/**
 * crmkit's identity adapter: one customer, one record. Normalisation, blocking, probabilistic
 * matching, clustering, merge with undo (loyalty accounts included) and the customer 360 profile.
 */
module io.crmkit.identity {
  requires transitive io.crmkit.core;
  requires transitive io.crmkit.segmentation;
  requires transitive io.crmkit.lifecycle;
  requires transitive io.crmkit.loyalty;
  requires com.google.i18n.phonenumbers.libphonenumber;
  requires org.apache.commons.text;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;

  exports io.crmkit.identity.cluster;
  exports io.crmkit.identity.generate;
  exports io.crmkit.identity.match;
  exports io.crmkit.identity.merge;
  exports io.crmkit.identity.normalize;
  exports io.crmkit.identity.profile;
}
