package org.annals.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourcePosition;
import org.annals.diag.SourceText;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.ParseException;

/**
 * Reads a paper's bibliography files: BibTeX or biblatex ({@code .bib}), CSL-JSON ({@code .json})
 * and CSL-YAML ({@code .yaml}, {@code .yml}), with citeproc-java's converter for BibTeX. Every item
 * becomes CSL-JSON fields with the place it was written; a malformed file or entry is an error at
 * its own file's line and column.
 */
final class BibliographyReader {
  private static final Pattern PARSER_PLACE = Pattern.compile("line (\\d+), column (\\d+)");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * One item of a bibliography.
   *
   * @param key its citation key
   * @param csl its fields as CSL-JSON
   * @param bibtex the entry as written, when the file is BibTeX
   * @param position where it starts in its file
   */
  record Item(String key, Map<String, Object> csl, Optional<String> bibtex, SourcePosition position) {}

  private final Diagnostics diagnostics;

  BibliographyReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The items of every file, by key. {@code paper} and {@code line} tell where the paper names the
   * files, for a file that is missing.
   */
  Map<String, Item> read(Path folder, List<String> files, SourceText paper, int line) {
    Map<String, Item> items = new LinkedHashMap<>();
    for (String name : files) {
      Path file = folder.resolve(name).normalize();
      if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
        diagnostics.error(paper.position(line, 1), paper, "bibliography file '" + name + "' not found",
            "put it in the paper's folder " + folder + " and name it relative to that folder");
        continue;
      }
      Optional<String> loaded = org.annals.diag.TextFiles.read(file, folder,
          org.annals.diag.TextFiles.MAX_PAPER_BYTES, diagnostics);
      if (loaded.isEmpty()) {
        continue;
      }
      String text = loaded.get();
      SourceText source = new SourceText(file, text);
      String lower = name.toLowerCase(Locale.ROOT);
      List<Item> read = lower.endsWith(".bib") ? bibtex(source)
          : lower.endsWith(".json") ? structured(source, JSON)
          : lower.endsWith(".yaml") || lower.endsWith(".yml") ? structured(source, YAML)
          : unknownFormat(paper, line, name);
      for (Item item : read) {
        Object url = item.csl().get("URL");
        if (url != null && !org.annals.model.SafeUrl.isSafe(url.toString())) {
          diagnostics.warning(item.position(), source, "in '" + item.key() + "': "
              + Markdown.unsafeLinkMessage(url.toString()), Markdown.UNSAFE_LINK_HINT);
        }
        Item earlier = items.putIfAbsent(item.key(), item);
        if (earlier != null) {
          diagnostics.error(item.position(), source, "bibliography key '" + item.key() + "' is defined twice",
              "the first is at " + earlier.position() + "; give each work its own key");
        }
      }
    }
    return items;
  }

  /**
   * The opening brace of a field value that runs into the next field, {@code title = {Words,}
   * followed by a line {@code journal = …}: the most common slip, which the parser only reports
   * at the end of the file. -1 when there is none.
   */
  static int unclosedValue(String text) {
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lineStart && open.size() >= 2 && FIELD_START.matcher(text).region(i, text.length()).lookingAt()) {
        return secondOutermost(open);
      }
      lineStart = c == '\n';
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        open.push(i);
      } else if (c == '}' && !open.isEmpty()) {
        open.pop();
      }
    }
    return -1;
  }

  /** The brace just inside the entry's own. */
  private static int secondOutermost(java.util.ArrayDeque<Integer> open) {
    java.util.Iterator<Integer> outward = open.descendingIterator();
    outward.next();
    return outward.next();
  }

  private static final Pattern FIELD_START = Pattern.compile("[ \\t]*[A-Za-z][\\w-]*[ \\t]*=");

  private List<Item> unknownFormat(SourceText paper, int line, String name) {
    diagnostics.error(paper.position(line, 1), paper, "bibliography file '" + name + "' is of an unknown kind",
        "use BibTeX or biblatex (.bib), CSL-JSON (.json) or CSL-YAML (.yaml)");
    return List.of();
  }

  private List<Item> bibtex(SourceText source) {
    BibTeXConverter converter = new BibTeXConverter();
    BibTeXDatabase database;
    try {
      database = converter.loadDatabase(new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8)));
    } catch (ParseException e) {
      int unclosed = unclosedValue(source.text());
      if (unclosed >= 0) {
        diagnostics.error(source.positionOf(unclosed), source, "malformed BibTeX: this brace is never closed",
            "close the field's value with } before the next field");
        return List.of();
      }
      Matcher at = PARSER_PLACE.matcher(String.valueOf(e.getMessage()));
      SourcePosition position = at.find()
          ? source.position(Integer.parseInt(at.group(1)), Integer.parseInt(at.group(2)))
          : SourcePosition.startOf(source.file());
      diagnostics.error(position, source, "malformed BibTeX: " + firstLine(e.getMessage()),
          "check the entry's braces, commas and quotes; each field is written name = {value},");
      return List.of();
    }
    List<Item> items = new ArrayList<>();
    // The parser keeps one entry per key, so a key given twice is found in the text.
    Map<String, Integer> keyLines = new java.util.HashMap<>();
    java.util.regex.Matcher head = java.util.regex.Pattern.compile("(?m)^\\s*@(\\w+)\\s*[{(]\\s*([^,\\s]+)\\s*,")
        .matcher(source.text());
    while (head.find()) {
      String type = head.group(1).toLowerCase(Locale.ROOT);
      if (type.equals("string") || type.equals("comment") || type.equals("preamble")) {
        continue;
      }
      SourcePosition at = source.positionOf(head.start(2));
      Integer first = keyLines.putIfAbsent(head.group(2), at.line());
      if (first != null) {
        diagnostics.error(at, source, "BibTeX key '" + head.group(2) + "' is used twice",
            "the first is at line " + first + "; give each entry its own key");
      }
    }
    for (Map.Entry<Key, BibTeXEntry> entry : database.getEntries().entrySet()) {
      String key = entry.getKey().getValue();
      int start = entryStart(source.text(), key);
      SourcePosition position = start < 0 ? SourcePosition.startOf(source.file()) : source.positionOf(start);
      try {
        CSLItemData data = converter.toItemData(entry.getValue());
        items.add(new Item(key, names(entry.getValue(), issueFromNumber(cslMap(data))),
            Optional.ofNullable(start < 0 ? null : entryText(source.text(), start)), position));
      } catch (RuntimeException e) {
        diagnostics.error(position, source, "BibTeX entry '" + key + "' cannot be read: " + firstLine(e.getMessage()),
            "check its fields; dates are written year = {2020}, month = {5}, and names separated by ' and '");
      }
    }
    return items;
  }

  /** The journal macros of the AAS journals, which NASA ADS writes into the BibTeX files it exports. */
  private static final Map<String, String> AAS_JOURNALS = Map.ofEntries(
      Map.entry("aj", "The Astronomical Journal"), Map.entry("actaa", "Acta Astronomica"),
      Map.entry("araa", "Annual Review of Astronomy and Astrophysics"), Map.entry("apj", "The Astrophysical Journal"),
      Map.entry("apjl", "The Astrophysical Journal Letters"),
      Map.entry("apjs", "The Astrophysical Journal Supplement Series"), Map.entry("ao", "Applied Optics"),
      Map.entry("apss", "Astrophysics and Space Science"), Map.entry("aap", "Astronomy and Astrophysics"),
      Map.entry("aapr", "Astronomy and Astrophysics Reviews"),
      Map.entry("aaps", "Astronomy and Astrophysics Supplement Series"),
      Map.entry("baas", "Bulletin of the American Astronomical Society"), Map.entry("icarus", "Icarus"),
      Map.entry("jcap", "Journal of Cosmology and Astroparticle Physics"),
      Map.entry("mnras", "Monthly Notices of the Royal Astronomical Society"), Map.entry("nat", "Nature"),
      Map.entry("pasa", "Publications of the Astronomical Society of Australia"),
      Map.entry("pasp", "Publications of the Astronomical Society of the Pacific"),
      Map.entry("pasj", "Publications of the Astronomical Society of Japan"), Map.entry("physrep", "Physics Reports"),
      Map.entry("prd", "Physical Review D"), Map.entry("prl", "Physical Review Letters"),
      Map.entry("solphys", "Solar Physics"), Map.entry("ssr", "Space Science Reviews"),
      Map.entry("planss", "Planetary and Space Science"), Map.entry("na", "New Astronomy"));

  /** The entry's names, split by BibTeX's own rules ({@link BibTeXNames}), in place of the converter's. */
  private static Map<String, Object> names(BibTeXEntry entry, Map<String, Object> csl) {
    Map<String, Object> fixed = new LinkedHashMap<>(csl);
    org.jbibtex.Value journal = entry.getField(new Key("journal"));
    if (journal != null) {
      String macro = journal.toUserString().strip();
      if (macro.matches("\\\\[a-z]+") && AAS_JOURNALS.containsKey(macro.substring(1))) {
        fixed.put("container-title", AAS_JOURNALS.get(macro.substring(1)));
      }
    }
    for (String field : List.of("author", "editor")) {
      org.jbibtex.Value value = entry.getField(new Key(field));
      if (value != null) {
        List<Map<String, Object>> names = BibTeXNames.parse(value.toUserString());
        if (!names.isEmpty()) {
          fixed.put(field, names);
        }
      }
    }
    return fixed;
  }

  /**
   * A periodical's {@code number} is its issue, as BibTeX means it and pandoc reads it; left as
   * {@code number}, CSL styles would print it as an article number.
   */
  private static Map<String, Object> issueFromNumber(Map<String, Object> csl) {
    Object type = csl.get("type");
    if (type != null && type.toString().startsWith("article") && csl.containsKey("number") && !csl.containsKey("issue")) {
      Map<String, Object> fixed = new LinkedHashMap<>(csl);
      fixed.put("issue", fixed.remove("number"));
      return fixed;
    }
    return csl;
  }

  /** Where the entry of {@code key} starts ({@code @article{key,}), or -1. */
  private static int entryStart(String text, String key) {
    Matcher m = Pattern.compile("@\\s*\\w+\\s*[{(]\\s*" + Pattern.quote(key) + "\\s*,").matcher(text);
    return m.find() ? m.start() : -1;
  }

  /** The entry that starts at {@code start}, up to its closing brace. */
  private static String entryText(String text, int start) {
    int open = text.indexOf('{', start);
    int depth = 0;
    for (int i = open; i >= 0 && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return text.substring(start, i + 1);
      }
    }
    return text.substring(start);
  }

  /** CSL-JSON or CSL-YAML: a list of items, or a mapping whose {@code references} is that list. */
  private List<Item> structured(SourceText source, ObjectMapper mapper) {
    List<Item> items = new ArrayList<>();
    try (JsonParser parser = mapper.getFactory().createParser(source.text())) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          token = parser.nextToken();
          if (field.equals("references") && token == JsonToken.START_ARRAY) {
            readItems(parser, source, mapper, items);
          } else {
            parser.skipChildren();
          }
        }
        return items;
      }
      if (token != JsonToken.START_ARRAY) {
        diagnostics.error(SourcePosition.startOf(source.file()), source, "a bibliography holds a list of items",
            "write a list of CSL items, or 'references:' followed by that list");
        return items;
      }
      readItems(parser, source, mapper, items);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      SourcePosition position = at == null ? SourcePosition.startOf(source.file())
          : source.position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
      diagnostics.error(position, source, "malformed bibliography: " + firstLine(e.getOriginalMessage()),
          "check the brackets, commas and quotes around this place");
    } catch (IOException e) {
      diagnostics.error(SourcePosition.startOf(source.file()), null, "cannot read the bibliography: " + e.getMessage(),
          "check the file");
    }
    return items;
  }

  @SuppressWarnings("unchecked")
  private void readItems(JsonParser parser, SourceText source, ObjectMapper mapper, List<Item> items)
      throws IOException {
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      JsonLocation at = parser.currentTokenLocation();
      SourcePosition position = source.position(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
      Map<String, Object> fields = mapper.readValue(parser, LinkedHashMap.class);
      Object id = fields.get("id");
      if (id == null || id.toString().isBlank()) {
        diagnostics.error(position, source, "a bibliography item has no id",
            "give every item an 'id', the key citations name it by");
        continue;
      }
      try {
        items.add(new Item(id.toString(), cslMap(CSLItemData.fromJson(fields)), Optional.empty(), position));
      } catch (RuntimeException e) {
        diagnostics.error(position, source, "bibliography item '" + id + "' cannot be read: " + firstLine(e.getMessage()),
            "check its fields against CSL-JSON: names as {family, given}, dates as {date-parts: [[2020, 5]]}");
      }
    }
  }

  /** An item's fields as plain maps and lists, as CSL-JSON has them. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> cslMap(CSLItemData data) {
    Object json = data.toJson(new MapJsonBuilderFactory().createJsonBuilder());
    return (Map<String, Object>) plain(json);
  }

  private static Object plain(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k.toString(), plain(v)));
      return out;
    }
    if (value instanceof Object[] array) {
      List<Object> out = new ArrayList<>();
      for (Object item : array) {
        out.add(plain(item));
      }
      return out;
    }
    if (value instanceof java.util.Collection<?> list) {
      return list.stream().map(BibliographyReader::plain).toList();
    }
    return value;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "it cannot be read";
    }
    String line = message.strip().lines().findFirst().orElse("").strip();
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }
}
