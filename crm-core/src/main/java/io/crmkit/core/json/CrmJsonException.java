package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one exception of every crmkit JSON reader, in every module: the document does not hold what
 * was expected at one place. {@link #path()} names that place as a JSON path ({@code $} for the
 * whole document, {@code $.rules[0].points} for a field of an array element), {@link #problem()}
 * says what was wrong, and the message joins them: {@code $.rules[0].points must be a decimal
 * number but was: "one"}.
 *
 * <p>Unknown fields, values of the wrong JSON type, missing required fields, malformed JSON and
 * values the domain type refuses (its validation message follows {@code is invalid:}) all end here,
 * whether the document was read with a module's {@code read(String)} method or through a Jackson
 * mapper built by {@link CrmJackson}. A mapper of your own that keeps Jackson's {@code
 * WRAP_EXCEPTIONS} on reports it as the cause of a {@code JsonMappingException} when the crmkit
 * value sits inside one of your beans.
 *
 * <p>It is an {@link IllegalArgumentException}: the JSON text is the argument that was illegal.
 *
 * @since 0.1
 */
public final class CrmJsonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Jackson's "[Source: ...; " prefix of a location inside its message, which names no source of
   * ours.
   */
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;]*; ");

  private final String path;
  private final String problem;

  private CrmJsonException(String path, String problem, Throwable cause) {
    super(path + " " + problem, cause);
    this.path = path;
    this.problem = problem;
  }

  /**
   * An error at {@code path} (a JSON path starting with {@code $}) described by {@code problem}, a
   * phrase that reads after the path (e.g. {@code "must be a string but was: 3"}).
   *
   * @throws IllegalArgumentException when the path does not start with {@code $} or the problem is
   *     blank
   */
  public static CrmJsonException at(String path, String problem) {
    return new CrmJsonException(checkPath(path), checkProblem(problem), null);
  }

  /**
   * As {@link #at(String, String)}, keeping {@code cause} (for example the domain type's validation
   * error).
   */
  public static CrmJsonException at(String path, String problem, Throwable cause) {
    return new CrmJsonException(
        checkPath(path), checkProblem(problem), Objects.requireNonNull(cause, "cause"));
  }

  /**
   * The value at {@code path} was refused by its domain type: the problem is {@code "is invalid: "}
   * followed by the validation message of {@code cause}.
   */
  public static CrmJsonException invalid(String path, RuntimeException cause) {
    Objects.requireNonNull(cause, "cause must not be null");
    return at(path, "is invalid: " + cause.getMessage(), cause);
  }

  /**
   * The text is not well-formed JSON: the path is {@code $}; the problem names {@code what} was
   * being read (e.g. {@code "programme"}), Jackson's reason and the line and column.
   */
  public static CrmJsonException malformed(String what, JsonProcessingException cause) {
    Objects.requireNonNull(what, "what must not be null");
    JsonLocation at = cause.getLocation();
    String where =
        at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    String reason = SOURCE.matcher(cause.getOriginalMessage()).replaceAll("[");
    return at("$", "is not well-formed JSON for a " + what + ": " + reason + where, cause);
  }

  /** Where the problem is: a JSON path such as {@code $}, {@code $.tiers[1].threshold}. */
  public String path() {
    return path;
  }

  /** What is wrong there, e.g. {@code must be a whole number but was: 1.5}. */
  public String problem() {
    return problem;
  }

  private static String checkPath(String path) {
    Objects.requireNonNull(path, "path must not be null");
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException(
          "path must be a JSON path starting with '$' but was: '" + path + "'");
    }
    return path;
  }

  private static String checkProblem(String problem) {
    Objects.requireNonNull(problem, "problem must not be null");
    if (problem.isBlank()) {
      throw new IllegalArgumentException("problem must not be blank");
    }
    return problem;
  }
}
