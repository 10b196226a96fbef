package org.annals.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/** The one JSON configuration of Annals: compact output, map keys sorted, for byte-identical files. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Json() {}

  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(Object value) {
    return new String(bytes(value), java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * JSON for a file others download and parse, with {@code <} and {@code >} written as escapes: the
   * same data, but no markup a browser could ever take for HTML.
   */
  public static byte[] fileBytes(Object value) {
    return withoutMarkup(value).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String withoutMarkup(Object value) {
    return text(value).replace("<", "\\u003c").replace(">", "\\u003e");
  }

  /** JSON safe to place inside an HTML {@code <script>} data block: no {@code </script>} can close it early. */
  public static String forHtml(Object value) {
    return withoutMarkup(value).replace("&", "\\u0026");
  }
}
