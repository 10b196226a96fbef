package org.annals.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.annals.diag.SourcePosition;
import org.annals.model.Folding;
import org.annals.model.PartialDate;
import org.annals.model.PersonName;
import org.annals.model.Reference;

/** Makes {@link Reference}s: from the entries of a reference list, and from a bibliography's cited items. */
final class References {
  private References() {}

  /**
   * What an entry of a reference list may give beyond its authors, year and title.
   *
   * @param type the kind of work, as a CSL type
   * @param container the journal, book or site, if given
   * @param volume the volume, if given
   * @param issue the issue, if given
   * @param pages the pages, if given
   * @param publisher the publisher, if given
   * @param edition the edition, if given
   * @param doi the DOI, if given
   * @param isbn the ISBN, if given
   */
  record Details(String type, Optional<String> container, Optional<String> volume, Optional<String> issue,
      Optional<String> pages, Optional<String> publisher, Optional<String> edition, Optional<String> doi,
      Optional<String> isbn) {
    static final Details WEBPAGE = new Details("webpage", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** An entry of a numbered reference list, with its fields as CSL-JSON too. */
  static Reference listed(int number, List<String> authors, int year, String yearSuffix, String title, Details details,
      Optional<String> published, Optional<PartialDate> publishedDate, Optional<String> url, SourcePosition position) {
    return listed(number, authors, List.of(), year, yearSuffix, title, details, published, publishedDate, url, position);
  }

  /**
   * A person's name as CSL writes it, family then given: in this order on every run, so that the
   * reference's text (its place in the archive, compared between builds) is the same every time.
   */
  private static Map<String, Object> name(PersonName name) {
    Map<String, Object> csl = new LinkedHashMap<>();
    csl.put("family", name.family());
    csl.put("given", name.given());
    return java.util.Collections.unmodifiableMap(csl);
  }

  /** An entry of a numbered reference list whose names are split ({@code names}), as APA's form gives them. */
  static Reference listed(int number, List<String> authors, List<PersonName> names, int year, String yearSuffix,
      String title, Details details, Optional<String> published, Optional<PartialDate> publishedDate,
      Optional<String> url, SourcePosition position) {
    Map<String, Object> csl = new LinkedHashMap<>();
    csl.put("id", Integer.toString(number));
    csl.put("type", details.type());
    csl.put("title", title);
    csl.put("author", names.isEmpty() ? authors.stream().map(a -> Map.of("literal", a)).toList()
        : names.stream().map(n -> n.isLiteral() ? Map.of("literal", n.literal()) : name(n)).toList());
    publishedDate.or(() -> year == Reference.NO_YEAR ? Optional.empty() : Optional.of(PartialDate.ofYear(year)))
        .ifPresent(d -> csl.put("issued", Map.of("date-parts", List.of(dateParts(d)))));
    details.container().ifPresent(v -> csl.put("container-title", v));
    details.volume().ifPresent(v -> csl.put("volume", v));
    details.issue().ifPresent(v -> csl.put("issue", v));
    details.pages().ifPresent(v -> csl.put("page", v));
    details.publisher().ifPresent(v -> csl.put("publisher", v));
    details.edition().ifPresent(v -> csl.put("edition", v));
    details.doi().ifPresent(v -> csl.put("DOI", v));
    details.isbn().ifPresent(v -> csl.put("ISBN", v));
    url.ifPresent(v -> csl.put("URL", v));
    return new Reference(number, Integer.toString(number), details.type(), authors, names, year, yearSuffix, title,
        details.container(), details.volume(), details.issue(), details.pages(), details.publisher(), details.edition(),
        details.doi(), details.isbn(), published, publishedDate, url, csl, Optional.empty(), position);
  }

  private static List<Integer> dateParts(PartialDate date) {
    List<Integer> parts = new ArrayList<>(List.of(date.year()));
    date.month().ifPresent(parts::add);
    date.day().ifPresent(parts::add);
    return parts;
  }

  /**
   * The cited items of a bibliography as references, ordered by their first author's family name,
   * year and title (the order of author-date styles) and numbered from 1 in that order.
   */
  static List<Reference> cited(List<BibliographyReader.Item> items) {
    List<Reference> unnumbered = items.stream().map(item -> fromItem(item, 0)).toList();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < unnumbered.size(); i++) {
      order.add(i);
    }
    Comparator<Integer> byAuthor = Comparator.comparing(i -> sortName(unnumbered.get(i)));
    order.sort(byAuthor.thenComparing(i -> unnumbered.get(i).year())
        .thenComparing(i -> Folding.fold(unnumbered.get(i).title()))
        .thenComparing(i -> unnumbered.get(i).key()));
    List<Reference> numbered = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      numbered.add(fromItem(items.get(order.get(i)), i + 1));
    }
    return numbered;
  }

  private static String sortName(Reference r) {
    if (!r.names().isEmpty()) {
      PersonName first = r.names().get(0);
      return Folding.fold(first.isLiteral() ? first.literal() : first.family() + " " + first.given());
    }
    return Folding.fold(r.title());
  }

  private static Reference fromItem(BibliographyReader.Item item, int number) {
    Map<String, Object> csl = item.csl();
    List<PersonName> names = names(csl.get("author"));
    if (names.isEmpty()) {
      names = names(csl.get("editor"));
    }
    Optional<PartialDate> issued = date(csl.get("issued"));
    int year = issued.map(PartialDate::year).orElse(Reference.NO_YEAR);
    String title = text(csl, "title").orElse(text(csl, "container-title").orElse(item.key()));
    return new Reference(number, item.key(), text(csl, "type").orElse("article"),
        names.stream().map(PersonName::display).toList(), names, year, "", title, text(csl, "container-title"),
        text(csl, "volume"), text(csl, "issue"), text(csl, "page"), text(csl, "publisher"), text(csl, "edition"),
        text(csl, "DOI"), text(csl, "ISBN"), Optional.empty(), issued.filter(d -> d.month().isPresent()),
        text(csl, "URL"), csl, item.bibtex(), item.position());
  }

  private static Optional<String> text(Map<String, Object> csl, String field) {
    Object value = csl.get(field);
    return value == null ? Optional.empty() : Optional.of(value.toString().strip()).filter(s -> !s.isEmpty());
  }

  @SuppressWarnings("unchecked")
  private static List<PersonName> names(Object value) {
    List<PersonName> names = new ArrayList<>();
    if (!(value instanceof List<?> list)) {
      return names;
    }
    for (Object entry : list) {
      if (!(entry instanceof Map<?, ?> raw)) {
        continue;
      }
      Map<String, Object> name = (Map<String, Object>) raw;
      String literal = string(name.get("literal"));
      String family = string(name.get("family"));
      if (!literal.isEmpty() || family.isEmpty()) {
        String whole = !literal.isEmpty() ? literal : string(name.get("given"));
        if (!whole.isEmpty()) {
          names.add(PersonName.literal(whole));
        }
        continue;
      }
      String particle = string(name.get("non-dropping-particle"));
      String dropping = string(name.get("dropping-particle"));
      String given = (string(name.get("given")) + (dropping.isEmpty() ? "" : " " + dropping)).strip();
      names.add(PersonName.person((particle.isEmpty() ? "" : particle + " ") + family, given));
    }
    return names;
  }

  private static String string(Object value) {
    return value == null ? "" : value.toString().strip();
  }

  /** A CSL date: {@code {date-parts: [[2020, 5, 1]]}}, or a {@code raw} or {@code literal} text with a year. */
  @SuppressWarnings("unchecked")
  private static Optional<PartialDate> date(Object value) {
    if (!(value instanceof Map<?, ?> raw)) {
      return Optional.empty();
    }
    Map<String, Object> date = (Map<String, Object>) raw;
    Object parts = date.get("date-parts");
    if (parts instanceof List<?> outer && !outer.isEmpty() && outer.get(0) instanceof List<?> inner && !inner.isEmpty()) {
      try {
        int year = Integer.parseInt(inner.get(0).toString().strip());
        OptionalInt month = inner.size() > 1 ? OptionalInt.of(Integer.parseInt(inner.get(1).toString().strip()))
            : OptionalInt.empty();
        OptionalInt day = inner.size() > 2 && month.isPresent()
            ? OptionalInt.of(Integer.parseInt(inner.get(2).toString().strip())) : OptionalInt.empty();
        return Optional.of(new PartialDate(year, month, day));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    for (String field : List.of("raw", "literal")) {
      Object text = date.get(field);
      if (text != null) {
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("\\b(\\d{4})\\b").matcher(text.toString());
        if (year.find()) {
          return PartialDate.parse(text.toString()).or(() -> Optional.of(PartialDate.ofYear(
              Integer.parseInt(year.group(1)))));
        }
      }
    }
    return Optional.empty();
  }
}
