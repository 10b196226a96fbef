package org.annals.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annals.model.PartialDate;

/**
 * Writes citable works as BibTeX (biblatex fields, which BibTeX, JabRef and pandoc read), RIS and
 * CSL-JSON (as plain maps, for the caller's JSON writer).
 */
public final class CitationExports {
  private CitationExports() {}

  /** A BibTeX file of the items. */
  public static String bibtex(List<CiteItem> items) {
    StringBuilder out = new StringBuilder();
    for (CiteItem item : items) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append('@').append(item.kind().bibtex).append('{').append(item.key()).append(",\n");
      field(out, "author", item.authors().stream()
          .map(n -> n.isLiteral() ? "{" + escape(n.literal()) + "}" : escape(n.familyGiven()))
          .collect(Collectors.joining(" and ")));
      field(out, "title", "{" + escape(item.title()) + "}");
      item.issued().ifPresent(d -> {
        field(out, "date", d.iso());
        field(out, "year", Integer.toString(d.year()));
        d.month().ifPresent(m -> field(out, "month", Integer.toString(m)));
      });
      item.container().ifPresent(c -> field(out, "organization",
          escape(c)));
      item.url().ifPresent(u -> field(out, "url", u.replace("{", "%7B").replace("}", "%7D")));
      if (!item.keywords().isEmpty()) {
        field(out, "keywords", escape(String.join(", ", item.keywords())));
      }
      if (!item.abstractText().isEmpty()) {
        field(out, "abstract", escape(item.abstractText()));
      }
      if (!item.language().isEmpty()) {
        field(out, "langid", escape(item.language()));
      }
      out.append("}\n");
    }
    return out.toString();
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("  ").append(name).append(" = {").append(value).append("},\n");
  }

  /** Escapes the characters that BibTeX and LaTeX treat specially; other Unicode stays as it is. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A RIS file of the items. */
  public static String ris(List<CiteItem> items) {
    StringBuilder out = new StringBuilder();
    for (CiteItem item : items) {
      tag(out, "TY", item.kind().ris);
      tag(out, "ID", item.key());
      for (CiteName name : item.authors()) {
        tag(out, "AU", name.familyGiven());
      }
      tag(out, "TI", item.title());
      item.issued().ifPresent(d -> {
        tag(out, "PY", Integer.toString(d.year()));
        tag(out, "DA", risDate(d));
      });
      item.container().ifPresent(c -> tag(out, "PB", c));
      item.url().ifPresent(u -> tag(out, "UR", u));
      item.keywords().forEach(k -> tag(out, "KW", k));
      if (!item.abstractText().isEmpty()) {
        tag(out, "AB", item.abstractText());
      }
      if (!item.language().isEmpty()) {
        tag(out, "LA", item.language());
      }
      out.append("ER  - \n");
    }
    return out.toString();
  }

  private static void tag(StringBuilder out, String tag, String value) {
    out.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append('\n');
  }

  /** {@code 2021/04/19/}, {@code 2021/04//} or {@code 2021///}. */
  static String risDate(PartialDate d) {
    return String.format(java.util.Locale.ROOT, "%04d/%s/%s/", d.year(),
        d.month().isPresent() ? String.format(java.util.Locale.ROOT, "%02d", d.month().getAsInt()) : "",
        d.day().isPresent() ? String.format(java.util.Locale.ROOT, "%02d", d.day().getAsInt()) : "");
  }

  /** CSL-JSON items, as ordered maps ready for a JSON writer. */
  public static List<Map<String, Object>> cslJson(List<CiteItem> items) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CiteItem item : items) {
      Map<String, Object> csl = new LinkedHashMap<>();
      csl.put("id", item.key());
      csl.put("type", item.kind().csl);
      csl.put("title", item.title());
      csl.put("author", item.authors().stream().map(n -> {
        Map<String, String> name = new LinkedHashMap<>();
        if (n.isLiteral()) {
          name.put("literal", n.literal());
        } else {
          name.put("family", n.family());
          if (!n.given().isEmpty()) {
            name.put("given", n.given());
          }
        }
        return name;
      }).toList());
      item.issued().ifPresent(d -> {
        List<Integer> parts = new ArrayList<>(List.of(d.year()));
        d.month().ifPresent(parts::add);
        d.day().ifPresent(parts::add);
        csl.put("issued", Map.of("date-parts", List.of(parts)));
      });
      item.container().ifPresent(c -> csl.put("container-title", c));
      item.url().ifPresent(u -> csl.put("URL", u));
      if (!item.keywords().isEmpty()) {
        csl.put("keyword", String.join(", ", item.keywords()));
      }
      if (!item.abstractText().isEmpty()) {
        csl.put("abstract", item.abstractText());
      }
      if (!item.language().isEmpty()) {
        csl.put("language", item.language());
      }
      out.add(csl);
    }
    return out;
  }
}
