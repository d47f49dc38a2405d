package io.crmkit.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.json.CrmJackson;
import io.crmkit.core.json.CrmJsonException;

/**
 * The JSON bodies of stored values, through the crmkit Jackson modules (validating on the way
 * back): one mapper for the adapter, never one per call.
 */
final class Json {

  static final ObjectMapper MAPPER = CrmJackson.newMapper();

  private Json() {}

  static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "could not write "
              + value.getClass().getSimpleName()
              + " as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }

  static <T> T read(ObjectMapper mapper, String json, Class<T> type, String what) {
    try {
      return mapper.readValue(json, type);
    } catch (CrmJsonException e) {
      throw new CrmDatabaseException(
          "stored " + what + " is not a valid " + type.getSimpleName() + ": " + e.getMessage());
    } catch (JsonProcessingException e) {
      throw new CrmDatabaseException(
          "stored "
              + what
              + " is not a valid "
              + type.getSimpleName()
              + ": "
              + e.getOriginalMessage());
    }
  }
}
