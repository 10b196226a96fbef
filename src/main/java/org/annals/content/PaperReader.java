package org.annals.content;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourceText;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.Section;

/**
 * Reads one paper's Markdown into a {@link Paper}: the front matter ({@link FrontMatterReader}),
 * its bibliography files ({@link BibliographyReader}) and citation style, then the body, parsed
 * once: its outline ({@link Outline}), then its sections with every block's citations, HTML and
 * text ({@link SectionBuilder}).
 */
public final class PaperReader {
  /** Characters Annals writes into rendered HTML as marks, so content may not hold them. */
  private static final char[] MARKERS =
      {Paragraph.SPAN_START, Paragraph.SPAN_END, Paragraph.PAPER_FOLDER, Markdown.BLOCK_START};

  private final Diagnostics diagnostics;
  private final boolean blockHtml;

  public PaperReader(Diagnostics diagnostics) {
    this(diagnostics, true);
  }

  /**
   * A reader that renders the HTML of the paper's blocks, or, without {@code blockHtml}, leaves
   * every block's HTML empty: for a reading that keeps only the paper's place, its text and the
   * search documents made from it (a third of the reading's time goes to the HTML).
   */
  public PaperReader(Diagnostics diagnostics, boolean blockHtml) {
    this.diagnostics = diagnostics;
    this.blockHtml = blockHtml;
  }

  /** Reads a paper from its text; returns empty when it has errors, which are then recorded. */
  public Optional<Paper> read(String slug, Path file, String text) {
    int before = diagnostics.errorCount();
    SourceText source = new SourceText(file, text);
    Optional<FrontMatter.Split> split = FrontMatter.split(text);
    if (split.isEmpty() && (text.startsWith("---\n") || text.startsWith("---\r"))) {
      diagnostics.error(source, 0, "front matter opened here is never closed",
          "end it with a line '---' after the last field, before the paper's first heading");
      return Optional.empty();
    }
    if (split.isEmpty()) {
      diagnostics.error(source, 0, "paper has no front matter",
          "start the file with a line '---', then 'title: …' and the other fields, then a line '---'");
      return Optional.empty();
    }
    for (char marker : MARKERS) {
      int at = text.indexOf(marker);
      if (at >= 0) {
        diagnostics.error(source, at, String.format(Locale.ROOT, "character U+%04X is not allowed", (int) marker),
            "remove it: Unicode reserves it for internal use");
      }
    }
    Optional<FrontMatterReader.Head> head = new FrontMatterReader(diagnostics).read(source, split.get());
    Path folder = file.getParent() != null ? file.getParent() : Path.of("");
    Optional<Map<String, BibliographyReader.Item>> bibliography = head.filter(h -> !h.bibliography().isEmpty())
        .map(h -> new BibliographyReader(diagnostics).read(folder, h.bibliography(), source, h.bibliographyLine()));
    Optional<String> style = head.flatMap(h -> style(h, folder, source));
    int bodyOffset = split.get().bodyOffset();
    String bodyText = text.substring(bodyOffset);
    if (!Nesting.checkBlocks(bodyText, source, bodyOffset, diagnostics)
        || !Nesting.checkParserTraps(bodyText, source, bodyOffset, diagnostics)) {
      return Optional.empty();
    }
    Optional<Document> parsed;
    try {
      parsed = Markdown.parseDeep(bodyText);
    } catch (RuntimeException e) {
      // A fault of the Markdown parser on strange input (such as tabs in a table's delimiter row).
      diagnostics.error(source, bodyOffset, "the Markdown parser cannot read this paper's text ("
          + e.getClass().getSimpleName() + ")", "look for unusual markup such as tabs inside table rows;"
          + " if the text looks right, report this with the file");
      return Optional.empty();
    }
    if (parsed.isEmpty()) {
      diagnostics.error(source, bodyOffset, "the text nests markup too deeply to be read",
          "emphasis, links and images inside one another may nest " + Nesting.MAX_DEPTH + " levels");
      return Optional.empty();
    }
    Document document = parsed.get();
    if (!Nesting.checkTree(document, source, bodyOffset, diagnostics)) {
      return Optional.empty();
    }
    if (!unclosed(document, source, bodyOffset)) {
      return Optional.empty();
    }
    PandocSyntax.rewrite(document);
    for (com.vladsch.flexmark.util.ast.Node link : Markdown.unsafeLinks(document)) {
      diagnostics.warning(source, bodyOffset + link.getStartOffset(), Markdown.unsafeLinkMessage(Markdown.target(link)),
          Markdown.UNSAFE_LINK_HINT);
    }
    Outline outline = Outline.read(document, source, bodyOffset, bibliography.isPresent(),
        head.map(h -> h.title().text()).orElse(""), diagnostics);
    if (head.isEmpty() || diagnostics.errorCount() > before) {
      return Optional.empty();
    }
    SectionBuilder.Result body = SectionBuilder.build(document, outline, source, bodyOffset, folder, bibliography,
        blockHtml, diagnostics);
    if (diagnostics.errorCount() > before) {
      return Optional.empty();
    }
    FrontMatterReader.Head h = head.get();
    Paper paper = new Paper(slug, file, h.title().text(), h.title().html(), h.authors(), h.date(), h.keywords(),
        h.abstractText(), h.areas(), body.sections(), body.references(), bibliography.isPresent(), style,
        h.publication(), body.labels(), body.footnotes(), body.assets());
    if (h.areas().isPresent()) {
      String number = h.areas().get();
      Optional<Section> areas = paper.section(number);
      if (areas.isEmpty() || areas.get().children().isEmpty()) {
        diagnostics.error(source.position(FrontMatter.fieldLine(split.get(), "areas"), 1), source,
            areas.isEmpty() ? "areas names section " + number + ", which the paper does not have"
                : "areas names section " + number + ", which has no subsections",
            "name a numbered section whose subsections are the paper's areas, or remove the field");
        return Optional.empty();
      }
    }
    return Optional.of(paper);
  }

  /**
   * Whether every code fence and HTML comment that opens is closed; one that is not swallows the
   * rest of the paper, so it is an error where it opens rather than at what it swallowed.
   */
  private boolean unclosed(Document document, SourceText source, int bodyOffset) {
    for (com.vladsch.flexmark.util.ast.Node node : document.getDescendants()) {
      if (node instanceof com.vladsch.flexmark.ast.FencedCodeBlock fence && fence.getClosingMarker().isEmpty()) {
        diagnostics.error(source, bodyOffset + node.getStartOffset(), "code block opened here is never closed",
            "end it with a line '" + fence.getOpeningMarker() + "'; without one it takes in the rest of the paper");
        return false;
      }
      if ((node instanceof com.vladsch.flexmark.ast.HtmlCommentBlock
          || node instanceof com.vladsch.flexmark.ast.HtmlBlock) && node.getChars().toString().stripLeading()
          .startsWith("<!--") && !node.getChars().toString().contains("-->")) {
        diagnostics.error(source, bodyOffset + node.getStartOffset(), "comment opened here is never closed",
            "end it with '-->'; without it the comment takes in the rest of the paper");
        return false;
      }
    }
    return true;
  }

  /**
   * The citation style the paper asks for: a style id of the CSL styles collection, or the text of
   * a {@code .csl} file in the paper's folder.
   */
  private Optional<String> style(FrontMatterReader.Head head, Path folder, SourceText source) {
    return head.style().flatMap(written -> org.annals.config.CslStyles.named(written, folder,
        source.position(head.styleLine(), 1), source, diagnostics));
  }
}
