package org.annals.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitationBuilder;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.link.LinkedPaper;
import org.annals.model.Citation;
import org.annals.model.Paragraph;
import org.annals.model.Reference;
import org.annals.model.Section;

/**
 * Formats the citations and the bibliography of a paper that cites by key, with a CSL style, by
 * citeproc-java. Each citation span comes back in parts, so that every cited work's text can link
 * to its entry. Three things the processor does not do are done around it: works whose citations
 * would read the same get year letters ({@code 2020a}, {@code 2020b}); a narrative citation
 * ({@code @key}) is the author's name followed by the year in parentheses, and a suppressed author
 * ({@code [-@key]}) leaves the name out, both worked out by rendering the work once with a
 * placeholder for its authors; and style conditions on the locator's label are decided per label.
 */
public final class CslProcessor {
  /** The style of an archive that names none: APA, 7th edition. */
  public static final String DEFAULT_STYLE = "apa";

  private static final String ANONYMOUS = "\uE010";
  private static final String PLACEHOLDER_ID = "\uE011placeholder";
  private static final char START = '\uE000';
  private static final char END = '\uE001';
  private static final char INDEX = '\uE100';
  private static final Pattern LOCATOR_CONDITION = Pattern.compile("<(?:if|else-if)\\b[^>]*\\slocator=\"([^\"]*)\"[^>]*>");
  private static final Pattern LOCATOR_ATTRIBUTE = Pattern.compile("\\slocator=\"[^\"]*\"");
  private static final Pattern VARIABLE_ATTRIBUTE = Pattern.compile("\\svariable=\"([^\"]*)\"");
  private static final Map<String, Optional<String>> STYLE_XML = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A formatted paper.
   *
   * @param entries each cited work's bibliography entry as HTML, by key
   * @param order the keys in the order the style lists the works
   * @param spans each citation span's parts, by {@link #spanKey}
   */
  public record Result(Map<String, String> entries, List<String> order, Map<String, List<Part>> spans) {}

  /**
   * A piece of a formatted citation.
   *
   * @param html the piece as HTML
   * @param key the key of the work it names, for a piece to link to that work's entry; empty for punctuation
   */
  public record Part(String html, Optional<String> key) {}

  private final String style;
  private final Map<String, CSLItemData> items = new LinkedHashMap<>();
  private final Map<String, CSL> processors = new HashMap<>();

  private CslProcessor(String style) {
    this.style = style;
  }

  /** The key of a citation span: the paragraph's id and the span's index. */
  public static String spanKey(String paragraphId, int span) {
    return paragraphId + "/" + span;
  }

  /** Formats every citation and the bibliography of a paper that cites by key, in {@code style} (an id or CSL XML). */
  public static Result format(LinkedPaper linked, String style) {
    CslProcessor processor = new CslProcessor(style);
    for (Reference r : linked.paper().references()) {
      Map<String, Object> csl = new LinkedHashMap<>(r.csl());
      csl.put("id", r.key());
      processor.items.put(r.key(), CSLItemData.fromJson(csl));
    }
    processor.disambiguate();
    Map<String, List<Part>> spans = new LinkedHashMap<>();
    linked.paper().textBlocks().forEach(block -> processor.spans(block.paragraph(), spans));
    CSL csl = processor.processor(null);
    Bibliography bibliography = csl.makeBibliography(item -> processor.items.containsKey(item.getId()));
    Map<String, String> entries = new LinkedHashMap<>();
    String[] ids = bibliography.getEntryIds();
    String[] html = bibliography.getEntries();
    List<String> order = new ArrayList<>();
    for (int i = 0; i < html.length; i++) {
      String key = ids != null && i < ids.length ? ids[i] : new ArrayList<>(processor.items.keySet()).get(i);
      entries.put(key, html[i].strip());
      order.add(key);
    }
    return new Result(entries, order, spans);
  }

  private void spans(Paragraph paragraph, Map<String, List<Part>> spans) {
    Map<Integer, List<Citation>> bySpan = new LinkedHashMap<>();
    paragraph.citations().stream().filter(Citation::byKey)
        .forEach(c -> bySpan.computeIfAbsent(c.span(), k -> new ArrayList<>()).add(c));
    bySpan.forEach((span, cites) -> spans.put(spanKey(paragraph.id(), span), span(cites)));
  }

  /** The parts of one citation span: a group in parentheses, or a narrative citation. */
  private List<Part> span(List<Citation> cites) {
    if (cites.size() == 1 && cites.get(0).mode() == Citation.Mode.NARRATIVE) {
      Citation c = cites.get(0);
      String author = authorText(c);
      String year = citation(List.of(c), true, false);
      return List.of(new Part((author + " " + year).strip(), c.key()));
    }
    String marked = citation(cites, cites.stream().anyMatch(c -> c.mode() == Citation.Mode.SUPPRESS_AUTHOR), true);
    return parts(marked, cites);
  }

  /** The author part of a work's citation, found by comparing it with its placeholder's. */
  private String authorText(Citation c) {
    String normal = citation(List.of(c), false, false);
    String anonymous = citation(List.of(c), true, false, false);
    int start = 0;
    while (start < normal.length() && start < anonymous.length() && normal.charAt(start) == anonymous.charAt(start)) {
      start++;
    }
    int endN = normal.length();
    int endA = anonymous.length();
    while (endN > start && endA > start && normal.charAt(endN - 1) == anonymous.charAt(endA - 1)) {
      endN--;
      endA--;
    }
    String author = normal.substring(start, endN).strip();
    if (!author.isEmpty()) {
      return author;
    }
    // A numeric style shows no name in its citations: take the family names from the work.
    return familyNames(c.key().orElseThrow());
  }

  private String familyNames(String key) {
    CSLItemData item = items.get(key);
    if (item.getAuthor() == null || item.getAuthor().length == 0) {
      return item.getTitle() == null ? key : item.getTitle();
    }
    String first = item.getAuthor()[0].getFamily() != null ? item.getAuthor()[0].getFamily()
        : String.valueOf(item.getAuthor()[0].getLiteral());
    return item.getAuthor().length == 1 ? first : item.getAuthor().length == 2
        ? first + " and " + item.getAuthor()[1].getFamily() : first + " et al.";
  }

  /**
   * The citation of some works as HTML; with {@code anonymous}, works in the suppress-author mode
   * (or all, when {@code everyAnonymous}) are rendered with a placeholder for their authors, which is
   * then taken out with the punctuation after it. With {@code marked}, each work's text is enclosed
   * in markers carrying its index.
   */
  private String citation(List<Citation> cites, boolean anonymous, boolean marked) {
    return citation(cites, anonymous, marked, true);
  }

  /** As above; without {@code strip}, the placeholder stays in the text. */
  private String citation(List<Citation> cites, boolean anonymous, boolean marked, boolean strip) {
    List<CSLCitationItem> citationItems = new ArrayList<>();
    String label = null;
    for (int i = 0; i < cites.size(); i++) {
      Citation c = cites.get(i);
      boolean placeholder = anonymous && (!marked || c.mode() == Citation.Mode.SUPPRESS_AUTHOR);
      String id = c.key().orElseThrow() + (placeholder ? PLACEHOLDER_ID : "");
      CSLCitationItemBuilder item = new CSLCitationItemBuilder(id);
      String prefix = c.prefix().map(p -> p + " ").orElse("");
      String suffix = c.suffix().map(s -> (s.startsWith(",") ? "" : ", ") + s).orElse("");
      if (marked) {
        prefix = START + String.valueOf((char) (INDEX + i)) + prefix;
        suffix = suffix + END + (char) (INDEX + i);
      }
      item.prefix(prefix).suffix(suffix);
      if (c.locator().isPresent()) {
        String[] parts = c.locator().get().split(" ", 2);
        item.label(CSLLabel.fromString(parts[0])).locator(parts[1]);
        label = label == null ? parts[0] : label;
      }
      citationItems.add(item.build());
    }
    CSL csl = processor(label);
    String html = csl.makeCitation(new CSLCitationBuilder(citationItems.toArray(new CSLCitationItem[0])).build())
        .get(0).getText();
    return anonymous && strip ? html.replaceAll(ANONYMOUS + "[^\\p{L}\\p{N}" + START + END + "(\\[]*", "") : html;
  }

  /** Splits a marked citation into punctuation and each work's text. */
  private static List<Part> parts(String marked, List<Citation> cites) {
    List<Part> parts = new ArrayList<>();
    int from = 0;
    while (from < marked.length()) {
      int start = marked.indexOf(START, from);
      if (start < 0 || start + 1 >= marked.length()) {
        parts.add(new Part(marked.substring(from), Optional.empty()));
        break;
      }
      if (start > from) {
        parts.add(new Part(marked.substring(from, start), Optional.empty()));
      }
      int index = marked.charAt(start + 1) - INDEX;
      int end = marked.indexOf(String.valueOf(END) + (char) (INDEX + index), start);
      if (end < 0) {
        end = marked.length();
      }
      parts.add(new Part(marked.substring(start + 2, end), cites.get(index).key()));
      from = Math.min(marked.length(), end + 2);
    }
    parts.removeIf(p -> p.html().isEmpty());
    return parts;
  }

  /** Gives year letters to works whose citations would otherwise read the same. */
  private void disambiguate() {
    CSL csl = processor(null);
    Map<String, List<String>> byText = new LinkedHashMap<>();
    Bibliography bibliography = csl.makeBibliography(item -> items.containsKey(item.getId()));
    List<String> order = bibliography.getEntryIds() == null ? new ArrayList<>(items.keySet())
        : List.of(bibliography.getEntryIds());
    for (String key : order) {
      String text = csl.makeCitation(key).get(0).getText();
      byText.computeIfAbsent(text, t -> new ArrayList<>()).add(key);
    }
    boolean changed = false;
    for (List<String> keys : byText.values()) {
      if (keys.size() < 2) {
        continue;
      }
      for (int i = 0; i < keys.size(); i++) {
        items.put(keys.get(i), new CSLItemDataBuilder(items.get(keys.get(i))).yearSuffix(letters(i)).build());
      }
      changed = true;
    }
    if (changed) {
      processors.clear();
    }
  }

  private static String letters(int index) {
    return index < 26 ? String.valueOf((char) ('a' + index)) : letters(index / 26 - 1) + (char) ('a' + index % 26);
  }

  /** The processor for citations whose first locator has {@code label} (the style's locator conditions decided for it). */
  private CSL processor(String label) {
    String variant = label != null && styleXml().map(x -> x.contains(" locator=\"")).orElse(false) ? label : "";
    return processors.computeIfAbsent(variant, v -> {
      List<CSLItemData> all = new ArrayList<>(items.values());
      items.forEach((key, item) -> all.add(new CSLItemDataBuilder(item).id(key + PLACEHOLDER_ID)
          .author(new de.undercouch.citeproc.csl.CSLNameBuilder().literal(ANONYMOUS).build())
          .editor(new de.undercouch.citeproc.csl.CSLName[0]).build()));
      try {
        String source = v.isEmpty() ? style : forLabel(styleXml().orElseThrow(), v);
        CSL csl = new CSL(new ListItemDataProvider(all), source);
        csl.setOutputFormat(new CslHtmlFormat());
        csl.setConvertLinks(true);
        csl.registerCitationItems(all.stream().map(CSLItemData::getId).toList());
        return csl;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The style's XML, when it is a style of the collection or given as XML. */
  private Optional<String> styleXml() {
    if (style.stripLeading().startsWith("<")) {
      return Optional.of(style);
    }
    return STYLE_XML.computeIfAbsent(style, id -> {
      try (InputStream in = CslProcessor.class.getResourceAsStream("/" + id + ".csl")) {
        return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        return Optional.empty();
      }
    });
  }

  /**
   * The style with each {@code locator="…"} condition decided for one label: it becomes a test of
   * a variable that is set when it lists the label ({@code locator}) and never set when it does not,
   * added to the element's other variable tests so that its {@code match} keeps its meaning.
   */
  static String forLabel(String xml, String label) {
    Matcher m = LOCATOR_CONDITION.matcher(xml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean listed = Set.of(m.group(1).strip().split("\\s+")).contains(label);
      String test = listed ? "locator" : "annals-no-such-variable";
      String tag = LOCATOR_ATTRIBUTE.matcher(m.group()).replaceFirst("");
      Matcher variable = VARIABLE_ATTRIBUTE.matcher(tag);
      tag = variable.find()
          ? tag.substring(0, variable.start(1)) + variable.group(1) + " " + test + tag.substring(variable.end(1))
          : tag.replaceFirst("^<(if|else-if)", "<$1 variable=\"" + test + "\"");
      m.appendReplacement(out, Matcher.quoteReplacement(tag));
    }
    m.appendTail(out);
    return out.toString();
  }
}
