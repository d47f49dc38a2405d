package io.crmkit.lifecycle.stage;

import java.util.List;

/**
 * A lifecycle definition is invalid: the message lists every problem found (one per line).
 *
 * @since 0.1
 */
public final class InvalidDefinitionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  InvalidDefinitionException(String definition, List<String> problems) {
    super(
        "lifecycle definition '"
            + definition
            + "' is invalid:\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, one sentence each. */
  public List<String> problems() {
    return problems;
  }
}
