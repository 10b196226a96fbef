package org.annals.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourceText;

/**
 * Binds a YAML block of a source file to a record, turning every Jackson error into a diagnostic
 * at the right line and column of that file.
 */
public final class YamlBinder {
  private static final ObjectMapper MAPPER =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

  private static final java.util.regex.Pattern YAML_MARK =
      java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

  private YamlBinder() {}

  /**
   * Reads {@code yaml}, which starts at 1-based {@code firstLine} of {@code source}, as {@code type}.
   * Returns empty after recording an error when it does not fit.
   */
  public static <T> Optional<T> bind(
      SourceText source, String yaml, int firstLine, Class<T> type, Diagnostics diagnostics) {
    try {
      if (!uniqueKeys(source, yaml, firstLine, diagnostics)) {
        return Optional.empty();
      }
      T value = MAPPER.readValue(yaml.isBlank() ? "{}" : yaml, type);
      if (value == null) {
        value = MAPPER.readValue("{}", type);
      }
      return Optional.of(value);
    } catch (UnrecognizedPropertyException e) {
      String known = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
          .collect(Collectors.joining(", "));
      String name = e.getPropertyName();
      int[] at = fieldPosition(yaml, name);
      String message = "unknown field '" + name + "'";
      String hint = closest(name, e.getKnownPropertyIds()).map(k -> "did you mean '" + k + "'? ").orElse("")
          + "the fields are: " + known;
      if (at == null) {
        report(source, firstLine, e, message, hint, diagnostics);
      } else {
        diagnostics.error(source.position(firstLine + at[0], at[1] + 1), source, message, hint);
      }
    } catch (MismatchedInputException e) {
      String field =
          e.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      report(source, firstLine, e,
          (field.isEmpty() ? "the YAML block" : "field '" + field + "'") + " has the wrong shape",
          "expected " + expected(e) + "; see the content format in the README", diagnostics);
    } catch (JsonProcessingException e) {
      report(source, firstLine, e, "malformed YAML: " + firstSentence(e.getOriginalMessage()),
          "check the indentation and quoting on this line; quote values that contain ': ' or start with a symbol",
          diagnostics);
    }
    return Optional.empty();
  }

  /**
   * The 0-based line and column of the first key {@code name} in the YAML text, or null. Jackson
   * reports unknown fields of records only after reading the whole mapping, so its location points
   * past the field.
   */
  private static int[] fieldPosition(String yaml, String name) {
    java.util.regex.Pattern key = java.util.regex.Pattern.compile(
        "^([\\s-]*)" + java.util.regex.Pattern.quote(name) + "\\s*:");
    List<String> lines = yaml.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      java.util.regex.Matcher m = key.matcher(lines.get(i));
      if (m.find()) {
        return new int[] {i, m.end(1)};
      }
    }
    return null;
  }

  /**
   * Whether no top-level field is given twice (an error at the second, since which one was meant
   * cannot be known); a field given twice inside an entry, such as an author's, is a warning and
   * the last one counts, as in other YAML readers.
   */
  private static boolean uniqueKeys(SourceText source, String yaml, int firstLine, Diagnostics diagnostics)
      throws JsonProcessingException {
    boolean ok = true;
    java.util.ArrayDeque<java.util.Map<String, Integer>> seen = new java.util.ArrayDeque<>();
    try (com.fasterxml.jackson.core.JsonParser parser = MAPPER.getFactory().createParser(yaml)) {
      for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT -> seen.push(new java.util.HashMap<>());
          case END_OBJECT -> seen.pop();
          case FIELD_NAME -> {
            JsonLocation at = parser.currentTokenLocation();
            int line = firstLine + Math.max(1, at.getLineNr()) - 1;
            Integer first = seen.peek().putIfAbsent(parser.currentName(), line);
            if (first != null) {
              String message = "field '" + parser.currentName() + "' is given twice";
              if (seen.size() == 1) {
                diagnostics.error(source.position(line, Math.max(1, at.getColumnNr())), source, message,
                    "keep one of them; the first is at line " + first);
                ok = false;
              } else {
                diagnostics.warning(source.position(line, Math.max(1, at.getColumnNr())), source, message,
                    "the first, at line " + first + ", is ignored; keep one of them");
              }
            }
          }
          default -> { }
        }
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return ok;
  }

  /** The known field nearest to a misspelt one: same letters ignoring case and separators, or one or two edits away. */
  static Optional<String> closest(String name, java.util.Collection<Object> known) {
    String key = name.replaceAll("[_\\-]", "").toLowerCase(java.util.Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (Object candidate : known) {
      String k = candidate.toString();
      int distance = distance(key, k.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance || (distance == bestDistance && best != null && k.compareTo(best) < 0)) {
        best = k;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String expected(MismatchedInputException e) {
    Class<?> target = e.getTargetType();
    if (target == null) {
      return "a different value";
    }
    if (target == String.class) {
      return "text";
    }
    if (java.util.Collection.class.isAssignableFrom(target)) {
      return "a list";
    }
    if (target.isRecord()) {
      return "a mapping of fields";
    }
    return "a value of type " + target.getSimpleName();
  }

  private static void report(
      SourceText source, int firstLine, JsonProcessingException e, String message, String hint,
      Diagnostics diagnostics) {
    JsonLocation location = e.getLocation();
    int line = firstLine;
    int column = 1;
    java.util.regex.Matcher mark = YAML_MARK.matcher(String.valueOf(e.getOriginalMessage()));
    if (mark.find()) {
      // The YAML parser's own mark (1-based) points at the start of the faulty construct.
      line = firstLine + Integer.parseInt(mark.group(1)) - 1;
      column = Integer.parseInt(mark.group(2));
    } else if (location != null && location.getLineNr() > 0) {
      line = firstLine + location.getLineNr() - 1;
      column = Math.max(1, location.getColumnNr());
    }
    diagnostics.error(source.position(line, column), source, message, hint);
  }

  /**
   * The parser's context and problem lines without its own location lines, such as {@code while
   * scanning a quoted scalar: found unexpected end of stream}.
   */
  private static String firstSentence(String message) {
    if (message == null) {
      return "cannot be read";
    }
    String joined = message.strip().lines()
        .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("in '"))
        .map(String::strip)
        .collect(Collectors.joining(": "));
    return joined.endsWith(".") ? joined.substring(0, joined.length() - 1) : joined;
  }
}
