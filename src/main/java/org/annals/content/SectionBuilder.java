package org.annals.content;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourceText;
import org.annals.model.Asset;
import org.annals.model.Citation;
import org.annals.model.CitingSentence;
import org.annals.model.CrossReference;
import org.annals.model.Folding;
import org.annals.model.Label;
import org.annals.model.Paragraph;
import org.annals.model.Reference;
import org.annals.model.Section;

/**
 * Turns an outline's drafts into section records, once the references are known: numbers the
 * figures, equations and footnotes, finds the citations and cross-references of every block,
 * renders each block's HTML (spans marked) and text once, and cuts out the sentence of each
 * citation and the summary of each section.
 */
final class SectionBuilder {
  private static final Pattern ID = Pattern.compile("\\{\\s*#([\\w:.-]+)");
  /** A bracketed pandoc citation in a block's text, left out of the summary, which shows no links. */
  private static final Pattern PANDOC_CITATION = Pattern.compile("\\s*\\[[^\\[\\]]*@[^\\[\\]]*]");

  /**
   * What a paper's body gives.
   *
   * @param sections the sections
   * @param references the works cited: the reference list, or the cited items of the bibliography
   * @param labels the numbered figures and equations, by label
   * @param footnotes the footnotes in order
   * @param assets the files the paper shows
   */
  record Result(List<Section> sections, List<Reference> references, Map<String, Label> labels,
      List<org.annals.model.Footnote> footnotes, List<Asset> assets) {}

  private final SourceText source;
  private final int bodyOffset;
  private final Diagnostics diagnostics;
  private final Numbering numbering = new Numbering();
  private final Map<String, Label> labels = new LinkedHashMap<>();
  private final Map<Node, List<Span>> spans = new IdentityHashMap<>();
  private final Map<FootnoteBlock, Integer> footnoteNumbers = new IdentityHashMap<>();
  private final Map<Integer, String> footnoteSections = new java.util.HashMap<>();
  private final List<Asset> assets = new ArrayList<>();
  private Map<Node, String> html;

  private SectionBuilder(SourceText source, int bodyOffset, Diagnostics diagnostics) {
    this.source = source;
    this.bodyOffset = bodyOffset;
    this.diagnostics = diagnostics;
  }

  /**
   * The sections of a parsed body, with every block's facts computed.
   *
   * @param folder the paper's folder, where its figures are
   * @param bibliography the bibliography's items by key, for a paper that cites by key
   * @param blockHtml whether to render each block's HTML; without, it is empty
   */
  static Result build(Document document, Outline outline, SourceText source, int bodyOffset, Path folder,
      Optional<Map<String, BibliographyReader.Item>> bibliography, boolean blockHtml, Diagnostics diagnostics) {
    SectionBuilder builder = new SectionBuilder(source, bodyOffset, diagnostics);
    List<Outline.Draft> drafts = new ArrayList<>();
    outline.sections().forEach(d -> flatten(d, drafts));
    new Figures(builder, folder).number(drafts);
    builder.footnotes(drafts);
    Set<String> cited = new LinkedHashSet<>();
    builder.scan(drafts, outline, bibliography, cited);
    List<int[]> marks = new ArrayList<>();
    builder.spans.values().forEach(list -> list.forEach(s -> marks.add(new int[] {s.start(), s.end()})));
    document.set(Markdown.SPANS, CitationSpans.of(marks));
    document.set(Markdown.NUMBERING, builder.numbering);
    builder.html = blockHtml ? Markdown.blockHtml(document) : Map.of();
    List<Section> sections = outline.sections().stream().map(builder::section).toList();
    List<Reference> references = bibliography
        .map(items -> References.cited(cited.stream().map(items::get).toList()))
        .orElse(outline.references());
    return new Result(sections, references, builder.labels, builder.footnoteList(outline), builder.assets);
  }

  private static void flatten(Outline.Draft draft, List<Outline.Draft> into) {
    into.add(draft);
    draft.children.forEach(child -> flatten(child, into));
  }

  /**
   * Numbers footnotes in the order the text first refers to them; each place of reference gets its
   * own anchor; a footnote belongs to the section that first refers to it.
   */
  private void footnotes(List<Outline.Draft> drafts) {
    Map<Integer, Integer> places = new java.util.HashMap<>();
    for (Outline.Draft draft : drafts) {
      for (Node block : draft.blocks) {
        for (Node node : descendants(block)) {
          if (node instanceof Footnote reference) {
            FootnoteBlock target = reference.getFootnoteBlock();
            if (target == null) {
              diagnostics.warning(source, bodyOffset + node.getStartOffset(),
                  "footnote " + reference.getChars() + " has no text", "add a line '" + reference.getChars()
                      + ": The note.' below the paragraph");
              continue;
            }
            int number = footnoteNumbers.computeIfAbsent(target, t -> footnoteNumbers.size() + 1);
            footnoteSections.putIfAbsent(number, draft.slug);
            int place = places.merge(number, 1, Integer::sum);
            numbering.footnotes.put(node, new Numbering.FootnotePlace(number, "fnref-" + number + "-" + place));
          }
        }
      }
    }
  }

  private List<org.annals.model.Footnote> footnoteList(Outline outline) {
    List<org.annals.model.Footnote> list = new ArrayList<>();
    for (FootnoteBlock block : outline.footnotes()) {
      Integer number = footnoteNumbers.get(block);
      if (number == null) {
        diagnostics.warning(source, bodyOffset + block.getStartOffset(),
            "footnote " + block.getText() + " is never referred to", "refer to it as [^" + block.getText()
                + "] in the text, or remove it");
        continue;
      }
      list.add(new org.annals.model.Footnote(number,
          paragraph(block, org.annals.model.Footnote.anchorOf(number)), footnoteSections.get(number)));
    }
    list.sort((a, b) -> Integer.compare(a.number(), b.number()));
    return list;
  }

  /** Finds every block's citations and cross-references; {@code cited} gathers the keys in order of first citation. */
  private void scan(List<Outline.Draft> drafts, Outline outline,
      Optional<Map<String, BibliographyReader.Item>> bibliography, Set<String> cited) {
    String body = source.text().substring(bodyOffset);
    Set<String> keys = bibliography.map(Map::keySet).orElse(Set.of());
    PandocCitationScanner pandoc = new PandocCitationScanner(body, keys, labels.keySet());
    CitationScanner prose = bibliography.isPresent() ? null
        : new CitationScanner(source, bodyOffset, authorKeys(outline.references()));
    List<Node> blocks = new ArrayList<>();
    drafts.forEach(d -> blocks.addAll(d.blocks));
    outline.footnotes().stream().filter(footnoteNumbers::containsKey).forEach(blocks::add);
    blocks.sort(java.util.Comparator.comparingInt(Node::getStartOffset));
    for (Node block : blocks) {
      PandocCitationScanner.Found found = pandoc.scan(block);
      List<Span> list = new ArrayList<>();
      if (prose == null) {
        list.addAll(found.spans());
        found.unknownInBrackets().forEach((at, key) -> diagnostics.error(source, bodyOffset + at,
            "unknown citation key '" + key + "'", nearest(key, keys)));
        found.unknown().forEach((at, key) -> diagnostics.warning(source, bodyOffset + at,
            "'@" + key + "' names no work of the bibliography and no figure; it is left as text",
            nearest(key, keys) + "; write \\@ for an at sign that is not a citation"));
      } else {
        list.addAll(prose.scan(block));
        found.spans().stream().filter(s -> s.label().isPresent()).filter(s -> list.stream()
            .noneMatch(c -> c.start() < s.end() && s.start() < c.end())).forEach(list::add);
      }
      // A span is drawn by marks in the text it covers: one that starts or ends inside code or maths
      // (which no scanner should find, but input can be strange) is left as text.
      OffsetBits text = TextRuns.mask(block);
      list.removeIf(span -> !text.get(span.start()) || !text.get(span.end() - 1));
      list.sort((a, b) -> Integer.compare(a.start(), b.start()));
      for (Span span : list) {
        span.label().filter(label -> !labels.containsKey(label)).ifPresent(label -> diagnostics.error(source,
            bodyOffset + span.start(), "no figure, table or equation is labelled '" + label + "'",
            labels.isEmpty() ? "label a figure as ![Caption](file.png){#fig-name} or with \\label{fig:name}"
                : "the labels are: " + String.join(", ", labels.keySet())));
        span.cites().forEach(c -> c.key().ifPresent(cited::add));
      }
      spans.put(block, list);
    }
  }

  /** The hint for an unknown key: the nearest keys of the bibliography. */
  private static String nearest(String key, Set<String> keys) {
    if (keys.isEmpty()) {
      return "the paper has no bibliography; name one in the front matter: bibliography: paper.bib";
    }
    String folded = Folding.fold(key);
    List<String> near = keys.stream().sorted()
        .sorted(java.util.Comparator.comparingInt(k -> distance(folded, Folding.fold(k))))
        .limit(3).toList();
    return "the nearest keys are " + String.join(", ", near);
  }

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

  private Section section(Outline.Draft draft) {
    List<Paragraph> paragraphs = new ArrayList<>();
    String summary = "";
    for (Node block : draft.blocks) {
      String id = "p-" + draft.idStem() + "-" + (paragraphs.size() + 1);
      Paragraph paragraph = paragraph(block, id);
      paragraphs.add(paragraph);
      if (summary.isEmpty()) {
        summary = summary(block, paragraph.text());
      }
    }
    List<Section> children = draft.children.stream().map(this::section).toList();
    return new Section(draft.number, draft.title, draft.slug, draft.level, paragraphs, children, draft.position,
        summary);
  }

  private Paragraph paragraph(Node block, String id) {
    List<Span> list = spans.get(block);
    int[] offsets = new int[list.size() * 2];
    for (int i = 0; i < list.size(); i++) {
      offsets[2 * i] = list.get(i).start();
      offsets[2 * i + 1] = list.get(i).end();
    }
    int[] sorted = offsets.clone();
    Arrays.sort(sorted);
    PlainText.Located located = PlainText.locate(block, sorted);
    String text = located.text();
    List<Citation> citations = new ArrayList<>();
    List<CrossReference> crossReferences = new ArrayList<>();
    String prefix = "c-" + (id.startsWith("p-") ? id.substring(2) : id) + "-";
    int[][] boundaries = list.isEmpty() ? null : Sentences.boundaries(text);
    for (int k = 0; k < list.size(); k++) {
      Span span = list.get(k);
      if (span.label().isPresent()) {
        String written = source.text().substring(bodyOffset + span.start(), bodyOffset + span.end());
        CrossReference.Form form = written.startsWith("\\ref") || written.startsWith("\\pageref")
            ? CrossReference.Form.NUMBER : written.startsWith("\\eqref") ? CrossReference.Form.PARENTHESISED
            : CrossReference.Form.NAME;
        crossReferences.add(new CrossReference(span.label().get(), form, k,
            source.positionOf(bodyOffset + span.start())));
        continue;
      }
      int from = located.positions()[Arrays.binarySearch(sorted, span.start())];
      int to = located.positions()[lastIndexOf(sorted, span.end())];
      if (from < 0 || to < from) {
        // A span whose ends fall outside the plain text (inside code or maths): no sentence around it.
        from = Math.max(0, Math.min(text.length(), Math.max(from, to)));
        to = from;
      }
      int[] sentence = Sentences.around(text, boundaries, from, to);
      CitingSentence citing = new CitingSentence(before(text, sentence[0], from), text.substring(from, to),
          after(text, to, sentence[1]));
      for (Span.Cite c : span.cites()) {
        citations.add(new Citation(prefix + (citations.size() + 1), c.text(), c.key(), c.authors(), c.etAl(), c.year(),
            c.yearSuffix(), c.locator(), c.prefix(), c.suffix(), c.mode(), k, c.start() - block.getStartOffset(),
            c.end() - block.getStartOffset(), source.positionOf(bodyOffset + c.start()), citing));
      }
    }
    List<Paragraph.FootnoteReference> footnotes = new ArrayList<>();
    for (Node node : descendants(block)) {
      if (node instanceof Footnote reference && numbering.footnotes.containsKey(node)) {
        Numbering.FootnotePlace place = numbering.footnotes.get(reference);
        footnotes.add(new Paragraph.FootnoteReference(place.number(), place.id()));
      }
    }
    String markdown = Markdown.text(block.getChars()).stripTrailing();
    return new Paragraph(id, markdown, html.getOrDefault(block, ""), text, citations, crossReferences, footnotes,
        source.positionOf(bodyOffset + block.getStartOffset()));
  }

  /** How much of a sentence either side of a citation is kept: a paragraph may be one long "sentence". */
  static final int CONTEXT = 1_000;

  /** The text of a sentence before a citation, at most {@link #CONTEXT} characters, cut at a space. */
  private static String before(String text, int start, int from) {
    if (from - start <= CONTEXT) {
      return text.substring(start, from);
    }
    int cut = text.indexOf(' ', from - CONTEXT);
    return "…" + text.substring(cut < 0 || cut >= from ? from - CONTEXT : cut + 1, from);
  }

  /** The text of a sentence after a citation, at most {@link #CONTEXT} characters, cut at a space. */
  private static String after(String text, int to, int end) {
    if (end - to <= CONTEXT) {
      return text.substring(to, end);
    }
    int cut = text.lastIndexOf(' ', to + CONTEXT);
    return text.substring(to, cut <= to ? to + CONTEXT : cut) + "…";
  }

  /** The index of the last entry equal to {@code value} in a sorted array that holds it. */
  private static int lastIndexOf(int[] sorted, int value) {
    int at = Arrays.binarySearch(sorted, value);
    while (at + 1 < sorted.length && sorted[at + 1] == value) {
      at++;
    }
    return at;
  }

  /**
   * The first sentence of the first prose paragraph in a block (tables, code and figures have none), or empty.
   * {@code blockText} is the block's plain text, which a block without escapes or entities gives as
   * {@link PlainText#of} would (it is made in pieces, split at citations, each unescaped on its own).
   */
  private static String summary(Node block, String blockText) {
    boolean plainBlock = block.getChars().indexOf('\\') < 0 && block.getChars().indexOf('&') < 0;
    for (Node node : descendants(block)) {
      if (node instanceof com.vladsch.flexmark.ast.Paragraph && !Markdown.isFigure(node)) {
        String plain = node == block && plainBlock ? blockText : PlainText.of(node);
        // Every pandoc citation holds an @: a text without one is searched no further.
        String text = plain.indexOf('@') < 0 ? plain : PANDOC_CITATION.matcher(plain).replaceAll("");
        if (!text.isEmpty()) {
          return Sentences.summary(text);
        }
      }
    }
    return "";
  }

  /** The node and all below it, in document order. */
  static List<Node> descendants(Node root) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(root);
    for (Node node : root.getDescendants()) {
      nodes.add(node);
    }
    return nodes;
  }

  /** Every folded tail of every author name: {@code son}, {@code xuan son}, … {@code nguyen tran xuan son}. */
  static Set<String> authorKeys(List<Reference> references) {
    Set<String> keys = new HashSet<>();
    for (Reference reference : references) {
      for (String author : reference.authors()) {
        String[] words = Folding.nameKey(author).split(" ");
        for (int i = 0; i < words.length; i++) {
          keys.add(String.join(" ", Arrays.copyOfRange(words, i, words.length)));
        }
      }
    }
    return keys;
  }

  /** Numbers the figures and labelled equations, checks the files figures show and lists them as assets. */
  private static final class Figures {
    private final SectionBuilder builder;
    private final Path folder;
    private final Set<String> copied = new HashSet<>();
    private int figures;
    private int tables;
    private int equations;

    Figures(SectionBuilder builder, Path folder) {
      this.builder = builder;
      this.folder = folder;
    }

    void number(List<Outline.Draft> drafts) {
      for (Outline.Draft draft : drafts) {
        for (Node block : draft.blocks) {
          for (Node node : descendants(block)) {
            if (node instanceof com.vladsch.flexmark.ext.tables.TableBlock table
                && table.getFirstChild() instanceof PandocSyntax.Caption caption) {
              table(table, caption, draft);
            } else if (node instanceof Image image) {
              image(image, Markdown.isFigure(block) && Markdown.figureImage(block) == image ? block : null, draft);
            } else if (node instanceof MathNodes.DisplayMath math) {
              math(math, draft);
            } else if (node instanceof MathNodes.InlineMath math) {
              check(math, math.tex, false);
            }
          }
        }
      }
    }

    private void table(Node table, PandocSyntax.Caption caption, Outline.Draft draft) {
      tables++;
      String label = caption.label;
      if (label == null) {
        String tex = texLabel(caption.getChars().toString());
        label = tex == null ? null : PandocCitationScanner.label(tex);
      }
      builder.numbering.tables.put(table, new Numbering.Table(label == null ? "table-" + tables : label, tables));
      if (label != null) {
        define(caption, new Label(label, Label.Kind.TABLE, tables, draft.slug));
      }
    }

    private void math(MathNodes.DisplayMath math, Outline.Draft draft) {
      check(math, math.tex, true);
      String label = math.label != null ? math.label : texLabel(math.tex);
      if (label != null) {
        String key = PandocCitationScanner.label(label);
        builder.numbering.equations.put(key, ++equations);
        define(math, new Label(key, Label.Kind.EQUATION, equations, draft.slug));
      }
    }

    private void check(Node node, String tex, boolean display) {
      if (MathRenderer.mathml(tex, display).isEmpty()) {
        builder.diagnostics.warning(builder.source, builder.bodyOffset + node.getStartOffset(),
            "this formula cannot be read as TeX; it is shown as written", "check its braces and commands");
      }
    }

    private static String texLabel(String tex) {
      Matcher m = Pattern.compile("\\\\label\\{([^{}]+)}").matcher(tex);
      return m.find() ? m.group(1) : null;
    }

    private void image(Image image, Node figure, Outline.Draft draft) {
      if (!Markdown.isSafe(image)) {
        return; // shown as its text, with a warning
      }
      String url = image.getUrl().toString();
      boolean local = Numbering.isLocal(url);
      String path = Numbering.normalise(url);
      boolean pdf = local && path.toLowerCase(Locale.ROOT).endsWith(".pdf");
      int[] size = {0, 0};
      if (local) {
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder.normalize()) || path.contains("\\") || !java.nio.file.Files.isRegularFile(file)) {
          builder.diagnostics.error(builder.source, builder.bodyOffset + image.getStartOffset(),
              "image '" + url + "' not found in the paper's folder",
              "put the file in " + folder + " and give its path relative to that folder");
          return;
        }
        Optional<int[]> measured = ImageSize.of(file);
        if (measured.isPresent()) {
          size = measured.get();
        }
        if (copied.add(path)) {
          builder.assets.add(new Asset(file, path, Asset.Kind.COPY));
          if (pdf) {
            builder.assets.add(new Asset(file, path + ".png", Asset.Kind.PDF_PAGE));
          }
        }
      }
      if (figure == null) {
        return;
      }
      figures++;
      String label = label(figure, image);
      String id = label == null ? "figure-" + figures : label;
      builder.numbering.figures.put(image, new Numbering.Figure(id, figures, pdf, size[0], size[1]));
      if (label != null) {
        define(image, new Label(label, Label.Kind.FIGURE, figures, draft.slug));
      }
    }

    /** A figure's label: {@code {#fig-x}} after the image, or {@code \label{fig:x}} in its caption. */
    private static String label(Node figure, Image image) {
      Matcher id = ID.matcher(Markdown.figureAttributes(figure));
      if (id.find()) {
        return PandocCitationScanner.label(id.group(1));
      }
      String tex = texLabel(image.getText().toString());
      return tex == null ? null : PandocCitationScanner.label(tex);
    }

    private void define(Node node, Label label) {
      if (builder.labels.putIfAbsent(label.label(), label) != null) {
        builder.diagnostics.error(builder.source, builder.bodyOffset + node.getStartOffset(),
            "label '" + label.label() + "' is used twice", "give each figure, table and equation its own label");
      }
    }
  }
}
