package org.annals.content;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.annals.model.Paragraph;

/**
 * The one Flexmark configuration of Annals: the dialect papers are written in, its parser and its
 * HTML renderer. Raw HTML in Markdown is shown as text, so pages carry only the markup Annals
 * writes; table cells are aligned by class, since HTML has made the {@code align} attribute
 * obsolete. Every parse goes through {@link #parse}, which counts them.
 */
public final class Markdown {
  private static final DataHolder OPTIONS = new MutableDataSet()
      .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create()))
      .set(HtmlRenderer.ESCAPE_HTML, true)
      .toImmutable();

  /**
   * The citation spans of a document, as sorted source offsets: the renderer writes {@link
   * Paragraph#CITATION_START} at each start and {@link Paragraph#CITATION_END} at each end.
   */
  static final DataKey<CitationSpans> SPANS = new DataKey<>("ANNALS_CITATION_SPANS", CitationSpans.NONE);

  /** Whether a document is rendered with {@link #BLOCK_START} before each top-level block. */
  private static final DataKey<Boolean> SPLIT = new DataKey<>("ANNALS_SPLIT_BLOCKS", false);
  /** Written before each top-level block when a document is split: a Unicode noncharacter, refused in content. */
  static final char BLOCK_START = '\uFDD2';

  private static final Parser PARSER = Parser.builder(OPTIONS).build();

  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
      .attributeProviderFactory(new IndependentAttributeProviderFactory() {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
          return Markdown::alignByClass;
        }
      })
      .nodeRendererFactory(options -> new MarkedTextRenderer())
      .build();

  private static final LongAdder PARSES = new LongAdder();

  private Markdown() {}

  /** Parses Markdown; thread-safe. */
  static Document parse(String markdown) {
    PARSES.increment();
    return PARSER.parse(markdown);
  }

  /** How many times Markdown has been parsed in this JVM: a build parses each text once. */
  public static long parses() {
    return PARSES.sum();
  }

  /** The HTML of a whole document, without surrounding space. */
  static String html(Document document) {
    return RENDERER.render(document).strip();
  }

  /**
   * The HTML of every top-level block of a document, without surrounding space, rendered in one
   * pass over the document so that every block sees the document's link definitions.
   */
  static Map<Node, String> blockHtml(Document document) {
    document.set(SPLIT, true);
    String html;
    try {
      html = RENDERER.render(document);
    } finally {
      document.set(SPLIT, false);
    }
    Map<Node, String> blocks = new IdentityHashMap<>();
    int from = html.indexOf(BLOCK_START);
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      int to = html.indexOf(BLOCK_START, from + 1);
      blocks.put(block, html.substring(from + 1, to < 0 ? html.length() : to).strip());
      from = to;
    }
    return blocks;
  }

  private static void alignByClass(Node node, AttributablePart part, MutableAttributes attributes) {
    if (node instanceof TableCell && attributes.contains("align")) {
      String align = attributes.getValue("align");
      attributes.remove("align");
      attributes.addValue("class", "align-" + align);
    }
  }

  /**
   * Renders text as Flexmark does, writing the citation marks where the document's spans start and
   * end; and renders a document block by block when asked.
   */
  private static final class MarkedTextRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(Text.class, MarkedTextRenderer::render),
          new NodeRenderingHandler<>(Document.class, MarkedTextRenderer::render));
    }

    /** Renders a document, marking where each top-level block starts when it is to be split. */
    private static void render(Document document, NodeRendererContext context, HtmlWriter html) {
      if (!SPLIT.get(document)) {
        context.renderChildren(document);
        return;
      }
      for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
        html.raw(String.valueOf(BLOCK_START));
        context.render(block);
      }
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
      CitationSpans spans = SPANS.get(node.getDocument());
      BasedSequence chars = node.getChars();
      int start = node.getStartOffset();
      int end = node.getEndOffset();
      int from = start;
      for (int i = spans.firstAtOrAfter(start); i < spans.size() && spans.offset(i) <= end; i++) {
        int at = spans.offset(i);
        boolean opens = spans.opens(i);
        if (opens ? at == end : at == start) {
          continue; // a start at the end belongs to the next node; an end at the start to the previous one
        }
        text(html, chars.subSequence(from - start, at - start));
        html.raw(String.valueOf(opens ? Paragraph.CITATION_START : Paragraph.CITATION_END));
        from = at;
      }
      text(html, chars.subSequence(from - start, end - start));
    }

    private static void text(HtmlWriter html, BasedSequence chars) {
      if (!chars.isEmpty()) {
        html.text(Escaping.normalizeEOL(chars.unescape()));
      }
    }
  }
}
