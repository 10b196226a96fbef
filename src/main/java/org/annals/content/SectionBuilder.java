package org.annals.content;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.diag.SourceText;
import org.annals.model.Citation;
import org.annals.model.CitingSentence;
import org.annals.model.Folding;
import org.annals.model.Paragraph;
import org.annals.model.Reference;
import org.annals.model.Section;

/**
 * Turns an outline's drafts into section records, once the reference list is known: finds the
 * citations of every block, then renders each block's HTML (citations marked) and text once, and
 * cuts out the sentence of each citation and the summary of each section.
 */
final class SectionBuilder {
  private final SourceText source;
  private final int bodyOffset;
  private final Map<Node, List<CitationScanner.Found>> found = new IdentityHashMap<>();
  private Map<Node, String> html;

  private SectionBuilder(SourceText source, int bodyOffset) {
    this.source = source;
    this.bodyOffset = bodyOffset;
  }

  /** The sections of a parsed body, with every block's facts computed. */
  static List<Section> build(Document document, Outline outline, SourceText source, int bodyOffset) {
    SectionBuilder builder = new SectionBuilder(source, bodyOffset);
    CitationScanner scanner = new CitationScanner(source, bodyOffset, authorKeys(outline.references()));
    List<int[]> spans = new ArrayList<>();
    outline.sections().forEach(draft -> builder.scan(draft, scanner, spans));
    document.set(Markdown.SPANS, CitationSpans.of(spans));
    builder.html = Markdown.blockHtml(document);
    return outline.sections().stream().map(builder::section).toList();
  }

  private void scan(Outline.Draft draft, CitationScanner scanner, List<int[]> spans) {
    for (Node block : draft.blocks) {
      List<CitationScanner.Found> citations = scanner.scan(block);
      citations.forEach(c -> spans.add(new int[] {c.start(), c.end()}));
      found.put(block, citations);
    }
    draft.children.forEach(child -> scan(child, scanner, spans));
  }

  private Section section(Outline.Draft draft) {
    List<Paragraph> paragraphs = new ArrayList<>();
    String summary = "";
    for (Node block : draft.blocks) {
      String id = "p-" + draft.idStem() + "-" + (paragraphs.size() + 1);
      paragraphs.add(paragraph(block, id));
      if (summary.isEmpty()) {
        summary = summary(block);
      }
    }
    List<Section> children = draft.children.stream().map(this::section).toList();
    return new Section(draft.number, draft.title, draft.slug, draft.level, paragraphs, children, draft.position,
        summary);
  }

  private Paragraph paragraph(Node block, String id) {
    List<CitationScanner.Found> citations = found.get(block);
    int[] offsets = new int[citations.size() * 2];
    for (int i = 0; i < citations.size(); i++) {
      offsets[2 * i] = citations.get(i).start();
      offsets[2 * i + 1] = citations.get(i).end();
    }
    int[] sorted = offsets.clone();
    Arrays.sort(sorted);
    PlainText.Located located = PlainText.locate(block, sorted);
    String text = located.text();
    List<Citation> records = new ArrayList<>();
    String prefix = "c-" + id.substring(2) + "-";
    for (int i = 0; i < citations.size(); i++) {
      CitationScanner.Found c = citations.get(i);
      int from = located.positions()[Arrays.binarySearch(sorted, c.start())];
      int to = located.positions()[lastIndexOf(sorted, c.end())];
      int[] span = Sentences.around(text, from, to);
      CitingSentence sentence = new CitingSentence(text.substring(span[0], from), text.substring(from, to),
          text.substring(to, span[1]));
      records.add(c.citation(prefix + (i + 1), block.getStartOffset(), source.positionOf(bodyOffset + c.start()),
          sentence));
    }
    String markdown = source.text().substring(bodyOffset + block.getStartOffset(), bodyOffset + block.getEndOffset())
        .stripTrailing();
    return new Paragraph(id, markdown, html.get(block), text, records,
        source.positionOf(bodyOffset + block.getStartOffset()));
  }

  /** The index of the last entry equal to {@code value} in a sorted array that holds it. */
  private static int lastIndexOf(int[] sorted, int value) {
    int at = Arrays.binarySearch(sorted, value);
    while (at + 1 < sorted.length && sorted[at + 1] == value) {
      at++;
    }
    return at;
  }

  /** The first sentence of the first prose paragraph in a block (tables and code have none), or empty. */
  private static String summary(Node block) {
    for (Node node = block; node != null; node = next(node, block)) {
      if (node instanceof com.vladsch.flexmark.ast.Paragraph) {
        String text = PlainText.of(node);
        if (!text.isEmpty()) {
          return Sentences.summary(text);
        }
      }
    }
    return "";
  }

  /** The node after {@code node} in document order, staying within {@code root}. */
  private static Node next(Node node, Node root) {
    if (node.getFirstChild() != null) {
      return node.getFirstChild();
    }
    for (Node at = node; at != root; at = at.getParent()) {
      if (at.getNext() != null) {
        return at.getNext();
      }
    }
    return null;
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
}
