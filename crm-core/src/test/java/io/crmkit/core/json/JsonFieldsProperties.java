package io.crmkit.core.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class JsonFieldsProperties {

  @Property(tries = 200)
  boolean a_decimal_written_as_text_reads_back_equal_with_its_scale(
      @ForAll long unscaled, @ForAll @IntRange(min = -20, max = 20) int scale) {
    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
    JsonFields f =
        JsonFields.root(
            JsonNodeFactory.instance.objectNode().put("v", JsonFields.decimalText(value)));
    BigDecimal read = f.decimal("v");
    return read.compareTo(value) == 0 && read.scale() == value.scale();
  }
}
