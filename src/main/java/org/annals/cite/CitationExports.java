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
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern PAGE_RANGE = java.util.regex.Pattern.compile("\\s*[-–]+\\s*");

  private CitationExports() {}

  /** A BibTeX file of the items; an item that came from a BibTeX file is written as it was there. */
  public static String bibtex(List<CiteItem> items) {
    StringBuilder out = new StringBuilder();
    for (CiteItem item : items) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (item.bibtex().isPresent()) {
        out.append(item.bibtex().get().strip()).append('\n');
        continue;
      }
      out.append('@').append(item.bibtexType()).append('{').append(item.key()).append(",\n");
      field(out, "author", item.authors().stream()
          .map(n -> n.isLiteral() ? "{" + escape(n.literal()) + "}" : escape(n.familyGiven()))
          .collect(Collectors.joining(" and ")));
      field(out, "title", "{" + escape(item.title()) + "}");
      item.issued().ifPresent(d -> {
        field(out, "date", d.iso());
        field(out, "year", Integer.toString(d.year()));
        d.month().ifPresent(m -> field(out, "month", Integer.toString(m)));
      });
      String containerField = switch (item.type()) {
        case "article-journal", "article-magazine", "article-newspaper" -> "journaltitle";
        case "chapter", "paper-conference" -> "booktitle";
        default -> "organization";
      };
      item.container().ifPresent(c -> field(out, containerField, escape(c)));
      item.volume().ifPresent(v -> field(out, "volume", escape(v)));
      item.issue().ifPresent(v -> field(out, "number", escape(v)));
      item.pages().ifPresent(v -> field(out, "pages", escape(v.replace("–", "--"))));
      item.publisher().ifPresent(v -> field(out, "publisher", escape(v)));
      item.doi().ifPresent(v -> field(out, "doi", v.replace("{", "%7B").replace("}", "%7D")));
      item.isbn().ifPresent(v -> field(out, "isbn", escape(v)));
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
      tag(out, "TY", item.risType());
      tag(out, "ID", item.key());
      for (CiteName name : item.authors()) {
        tag(out, "AU", name.familyGiven());
      }
      tag(out, "TI", item.title());
      item.issued().ifPresent(d -> {
        tag(out, "PY", Integer.toString(d.year()));
        tag(out, "DA", risDate(d));
      });
      if (item.risType().equals("GEN") || item.risType().equals("ELEC")) {
        item.container().ifPresent(c -> tag(out, item.publisher().isPresent() ? "T2" : "PB", c));
      } else {
        item.container().ifPresent(c -> tag(out, item.risType().equals("JOUR") ? "JO" : "T2", c));
      }
      item.volume().ifPresent(v -> tag(out, "VL", v));
      item.issue().ifPresent(v -> tag(out, "IS", v));
      item.pages().ifPresent(p -> {
        String[] range = PAGE_RANGE.split(p, 2);
        tag(out, "SP", range[0]);
        if (range.length > 1) {
          tag(out, "EP", range[1]);
        }
      });
      item.publisher().ifPresent(v -> tag(out, "PB", v));
      item.doi().ifPresent(v -> tag(out, "DO", v));
      item.isbn().ifPresent(v -> tag(out, "SN", v));
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
    out.append(tag).append("  - ").append(WHITE_SPACE.matcher(value).replaceAll(" ").strip()).append('\n');
  }

  /** {@code 2021/04/19/}, {@code 2021/04//} or {@code 2021///}. */
  static String risDate(PartialDate d) {
    return String.format(java.util.Locale.ROOT, "%04d/%s/%s/", d.year(),
        d.month().isPresent() ? String.format(java.util.Locale.ROOT, "%02d", d.month().getAsInt()) : "",
        d.day().isPresent() ? String.format(java.util.Locale.ROOT, "%02d", d.day().getAsInt()) : "");
  }

  /** CSL-JSON items, as ordered maps ready for a JSON writer; a bibliography's item keeps every field it had. */
  public static List<Map<String, Object>> cslJson(List<CiteItem> items) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CiteItem item : items) {
      if (!item.csl().isEmpty()) {
        Map<String, Object> csl = new LinkedHashMap<>(item.csl());
        csl.put("id", item.key());
        out.add(csl);
        continue;
      }
      Map<String, Object> csl = new LinkedHashMap<>();
      csl.put("id", item.key());
      csl.put("type", item.type());
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
      item.volume().ifPresent(v -> csl.put("volume", v));
      item.issue().ifPresent(v -> csl.put("issue", v));
      item.pages().ifPresent(v -> csl.put("page", v));
      item.publisher().ifPresent(v -> csl.put("publisher", v));
      item.doi().ifPresent(v -> csl.put("DOI", v));
      item.isbn().ifPresent(v -> csl.put("ISBN", v));
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
