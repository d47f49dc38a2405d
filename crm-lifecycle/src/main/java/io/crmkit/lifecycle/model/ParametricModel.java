package io.crmkit.lifecycle.model;

import java.util.Map;

/**
 * A fitted model described by its short name and its named parameters: what {@link ModelJson}
 * writes and reads back. Implemented by every model of this package.
 *
 * @since 0.1
 */
public interface ParametricModel {

  /** The model's short name as used in JSON and on the command line, e.g. {@code bgnbd}. */
  String name();

  /** The parameters by name, in model order. */
  Map<String, Double> parameters();
}
