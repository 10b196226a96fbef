package org.annals.content;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
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
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.annals.model.SafeUrl;

/**
 * The one Flexmark configuration of Annals: the dialect papers are written in (CommonMark with
 * tables, footnotes, definition lists, attributes, strikethrough, autolinks and TeX maths), its
 * parser and its HTML renderer. Raw HTML in Markdown is shown as text, so pages carry only the
 * markup Annals writes; table cells are aligned by class, since HTML has made the {@code align}
 * attribute obsolete; maths become MathML; an image alone in a paragraph becomes a numbered figure.
 * Every parse goes through {@link #parse}, which counts them.
 */
public final class Markdown {
  private static final List<Extension> PARSED = List.of(TablesExtension.create(), LikelyLinks.create(),
      StrikethroughExtension.create(), FootnoteExtension.create(), DefinitionExtension.create());
  /** Footnotes are drawn by Annals itself (numbering, back-links). */
  private static final List<Extension> RENDERED = List.of(TablesExtension.create(), AutolinkExtension.create(),
      StrikethroughExtension.create(), DefinitionExtension.create());

  private static final DataHolder PARSER_OPTIONS = new MutableDataSet()
      .set(Parser.EXTENSIONS, PARSED)
      .set(HtmlRenderer.ESCAPE_HTML, true)
      .toImmutable();

  /**
   * The citation and cross-reference spans of a document, as sorted source offsets: the renderer
   * writes {@link org.annals.model.Paragraph#SPAN_START} at each start and
   * {@link org.annals.model.Paragraph#SPAN_END} at each end.
   */
  static final DataKey<CitationSpans> SPANS = new DataKey<>("ANNALS_CITATION_SPANS", CitationSpans.NONE);
  /** What the renderer needs to know of a document's figures, equations and footnotes. */
  static final DataKey<Numbering> NUMBERING = new DataKey<>("ANNALS_NUMBERING", Numbering.NONE);

  /** Whether a document's links are drawn as their text: a title sits inside links to its paper. */
  static final DataKey<Boolean> LINKS_AS_TEXT = new DataKey<>("ANNALS_LINKS_AS_TEXT", false);

  /** Whether a document is rendered with {@link #BLOCK_START} before each top-level block. */
  private static final DataKey<Boolean> SPLIT = new DataKey<>("ANNALS_SPLIT_BLOCKS", false);
  /** Written before each top-level block when a document is split: a Unicode noncharacter, refused in content. */
  static final char BLOCK_START = '\uFDD2';
  /** LaTeX's {@code \label{…}}, which names a figure or equation and is never shown. */
  static final Pattern LATEX_LABEL = Pattern.compile("\\\\label\\{[^{}]*}");

  private static final Parser PARSER = Parser.builder(PARSER_OPTIONS)
      .customInlineParserExtensionFactory(new MathNodes.Factory())
      .build();

  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(
          new MutableDataSet(PARSER_OPTIONS).set(Parser.EXTENSIONS, RENDERED).toImmutable())
      .attributeProviderFactory(new IndependentAttributeProviderFactory() {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
          return Markdown::alignByClass;
        }
      })
      .nodeRendererFactory(options -> new AnnalsRenderer())
      .build();

  private static final LongAdder PARSES = new LongAdder();

  private Markdown() {}

  /**
   * Whether a link, autolink, image or defined reference link may point where it says: to a web,
   * mail or relative address ({@link SafeUrl}). Others are drawn as their text.
   */
  static boolean isSafe(Node node) {
    return !LINKS_AS_TEXT.get(documentOf(node)) && SafeUrl.isSafe(target(node));
  }

  /** The document a node belongs to, or null for a node taken out of it (Flexmark's own lookup asserts one). */
  private static Document documentOf(Node node) {
    Node at = node;
    while (at != null && !(at instanceof Document)) {
      at = at.getParent();
    }
    return (Document) at;
  }

  /** The target of a link-like node as a browser would read it (character references decoded), or "". */
  static String target(Node node) {
    BasedSequence url;
    if (node instanceof com.vladsch.flexmark.ast.RefNode ref) {
      Document document = documentOf(node);
      com.vladsch.flexmark.ast.Reference definition = ref.isDefined() && document != null
          ? ref.getReferenceNode(document) : null;
      url = definition == null ? BasedSequence.NULL : definition.getUrl();
    } else if (node instanceof com.vladsch.flexmark.ast.InlineLinkNode link) {
      url = link.getUrl();
    } else if (node instanceof com.vladsch.flexmark.ast.DelimitedLinkNode link) {
      url = link.getUrl();
    } else {
      return "";
    }
    return Escaping.unescapeString(url.toString());
  }

  /** What to do about a link that may not be one. */
  static final String UNSAFE_LINK_HINT =
      "links may point to http, https and mailto addresses and to pages and files of the archive";

  /** The warning for a link to {@code url}, which is shown as text. */
  static String unsafeLinkMessage(String url) {
    StringBuilder shown = new StringBuilder();
    url.codePoints().limit(80).forEach(c -> {
      if (c < 0x20 || c == 0x7f) {
        shown.append(String.format(Locale.ROOT, "\\u%04x", c));
      } else {
        shown.appendCodePoint(c);
      }
    });
    if (url.codePointCount(0, url.length()) > 80) {
      shown.append('…');
    }
    return "link to '" + shown + "' is not a web or mail address; it is shown as text";
  }

  /** The links, images and autolinks of a document that point to anything but a web, mail or relative address. */
  static List<Node> unsafeLinks(Document document) {
    List<Node> unsafe = new java.util.ArrayList<>();
    for (Node node : document.getDescendants()) {
      if ((node instanceof com.vladsch.flexmark.ast.InlineLinkNode || node instanceof com.vladsch.flexmark.ast.AutoLink
          || node instanceof com.vladsch.flexmark.ast.RefNode) && !isSafe(node)) {
        unsafe.add(node);
      }
    }
    return unsafe;
  }

  /** The stack of the thread that parses a document too deep for the calling thread's stack. */
  private static final long DEEP_STACK = 512L * 1024 * 1024;

  /**
   * Parses Markdown that may nest deeply: on the calling thread, and if its stack is too small, once
   * more on a thread with a large stack, so that the caller can find and report where the nesting
   * is. Empty if even that is not enough.
   */
  static java.util.Optional<Document> parseDeep(String markdown) {
    try {
      return java.util.Optional.of(parse(markdown));
    } catch (StackOverflowError e) {
      Document[] parsed = new Document[1];
      Thread deep = new Thread(null, () -> {
        try {
          parsed[0] = parse(markdown);
        } catch (StackOverflowError again) {
          parsed[0] = null;
        }
      }, "annals-deep-parse", DEEP_STACK);
      deep.start();
      try {
        deep.join();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      return java.util.Optional.ofNullable(parsed[0]);
    }
  }

  /**
   * A sequence's text. Where it is one slice of the document's string, the slice is copied whole:
   * Flexmark's own {@code toString} copies a character at a time. NUL reads as U+FFFD, as in Flexmark.
   */
  static String text(BasedSequence sequence) {
    if (sequence instanceof com.vladsch.flexmark.util.sequence.SubSequence slice
        && slice.getBase() instanceof String base) {
      String text = base.substring(slice.getStartOffset(), slice.getEndOffset());
      return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }
    return sequence.toString();
  }

  /** A sequence's text with its backslash escapes and entities resolved, as {@link BasedSequence#unescape()}. */
  static String unescaped(BasedSequence sequence) {
    String text = text(sequence);
    // Only a backslash or an ampersand starts an escape or an entity: Flexmark looks for them with an expression.
    return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : Escaping.unescapeString(text);
  }

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
    if (node instanceof com.vladsch.flexmark.ext.tables.TableBlock && part == AttributablePart.NODE) {
      Numbering.Table table = NUMBERING.get(node.getDocument()).table(node);
      if (table != null) {
        attributes.addValue("id", table.id());
      }
    }
    if (node instanceof TableCell && attributes.contains("align")) {
      String align = attributes.getValue("align");
      attributes.remove("align");
      attributes.addValue("class", "align-" + align);
    }
  }

  /** Pandoc's attributes after an image, such as {@code {#fig-map width=80%}}. */
  static final Pattern ATTRIBUTES = Pattern.compile("\\s*\\{[^{}]*}\\s*");

  /** Whether a paragraph is a figure: one image and nothing else but its attributes. */
  static boolean isFigure(Node node) {
    if (!(node instanceof Paragraph)) {
      return false;
    }
    Image image = null;
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Image found && image == null) {
        image = found;
      } else if (!(child instanceof com.vladsch.flexmark.ast.SoftLineBreak
          || (child instanceof Text && (child.getChars().isBlank()
              || image != null && ATTRIBUTES.matcher(child.getChars()).matches())))) {
        return false;
      }
    }
    return image != null;
  }

  /** The attributes written after a figure's image, or empty. */
  static String figureAttributes(Node paragraph) {
    StringBuilder attributes = new StringBuilder();
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text && !child.getChars().isBlank()) {
        attributes.append(child.getChars());
      }
    }
    return attributes.toString();
  }

  /** The image of a figure paragraph. */
  static Image figureImage(Node paragraph) {
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Image image) {
        return image;
      }
    }
    throw new IllegalArgumentException("not a figure");
  }

  /**
   * Annals' own drawing of some nodes: text with the citation marks, documents split into blocks,
   * figures, maths, footnote references and footnotes, images that live in the paper's folder.
   */
  private static final class AnnalsRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(Text.class, AnnalsRenderer::text),
          new NodeRenderingHandler<>(Document.class, AnnalsRenderer::document),
          new NodeRenderingHandler<>(Paragraph.class, AnnalsRenderer::paragraph),
          new NodeRenderingHandler<>(Image.class, AnnalsRenderer::image),
          new NodeRenderingHandler<>(MathNodes.InlineMath.class, (node, context, html) ->
              html.raw(Numbering.math(node.tex, false, null, null))),
          new NodeRenderingHandler<>(MathNodes.DisplayMath.class, (node, context, html) ->
              html.raw(Numbering.math(node.tex, true, node.label,
                  NUMBERING.get(context.getDocument()).equation(node.label)))),
          new NodeRenderingHandler<>(Footnote.class, AnnalsRenderer::footnote),
          new NodeRenderingHandler<>(PandocSyntax.Caption.class, AnnalsRenderer::caption),
          new NodeRenderingHandler<>(com.vladsch.flexmark.ast.LinkRef.class, AnnalsRenderer::linkRef),
          new NodeRenderingHandler<>(com.vladsch.flexmark.ast.Link.class,
              (node, context, html) -> safely(node, context, () -> context.renderChildren(node))),
          new NodeRenderingHandler<>(com.vladsch.flexmark.ast.ImageRef.class,
              (node, context, html) -> safely(node, context, () -> html.text(PlainText.of(node)))),
          new NodeRenderingHandler<>(com.vladsch.flexmark.ast.AutoLink.class,
              (node, context, html) -> safely(node, context, () -> html.text(node.getText().toString()))),
          new NodeRenderingHandler<>(FootnoteBlock.class, (node, context, html) -> context.renderChildren(node)));
    }

    /** A link-like node as Flexmark draws it when its target may be a link; else {@code asText}. */
    private static void safely(Node node, NodeRendererContext context, Runnable asText) {
      if (isSafe(node)) {
        context.delegateRender();
      } else {
        asText.run();
      }
    }

    /** Renders a document, marking where each top-level block starts when it is to be split. */
    private static void document(Document document, NodeRendererContext context, HtmlWriter html) {
      if (!SPLIT.get(document)) {
        context.renderChildren(document);
        return;
      }
      for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
        html.raw(String.valueOf(BLOCK_START));
        context.render(block);
      }
    }

    private static void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
      if (!isFigure(node) || !isSafe(figureImage(node))) {
        context.delegateRender();
        return;
      }
      Image image = figureImage(node);
      Numbering numbering = NUMBERING.get(context.getDocument());
      Numbering.Figure figure = numbering.figure(image);
      String caption = captionText(image);
      html.line();
      html.raw("<figure class=\"figure\" id=\"" + Escaping.escapeHtml(figure.id(), true) + "\">");
      String src = numbering.src(image.getUrl().toString());
      if (figure.pdf()) {
        html.raw("<a class=\"figure-pdf\" href=\"" + Escaping.escapeHtml(src, true) + "\">");
        src = src + ".png";
      }
      html.raw("<img src=\"" + Escaping.escapeHtml(src, true) + "\" alt=\"" + Escaping.escapeHtml(caption, true) + "\"");
      if (figure.width() > 0) {
        html.raw(" width=\"" + figure.width() + "\" height=\"" + figure.height() + "\"");
      }
      html.raw(" loading=\"lazy\">");
      if (figure.pdf()) {
        html.raw("</a>");
      }
      html.raw("<figcaption><span class=\"figure-number\">" + figure.name() + ".</span> ");
      context.renderChildren(image);
      if (figure.pdf()) {
        html.raw(" <a class=\"figure-pdf-link\" href=\"" + Escaping.escapeHtml(numbering.src(image.getUrl().toString()),
            true) + "\">(PDF)</a>");
      }
      html.raw("</figcaption></figure>");
      html.line();
    }

    /** An image inside the text: its source made relative to the paper's folder. */
    private static void image(Image node, NodeRendererContext context, HtmlWriter html) {
      if (!isSafe(node)) {
        html.text(captionText(node));
        return;
      }
      Numbering numbering = NUMBERING.get(context.getDocument());
      html.raw("<img src=\"" + Escaping.escapeHtml(numbering.src(node.getUrl().toString()), true) + "\" alt=\""
          + Escaping.escapeHtml(captionText(node), true) + "\">");
    }

    private static String captionText(Image image) {
      return LATEX_LABEL.matcher(PlainText.of(image)).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /** A table's caption, with the table's number in front. */
    private static void caption(PandocSyntax.Caption node, NodeRendererContext context, HtmlWriter html) {
      Numbering.Table table = NUMBERING.get(context.getDocument()).table(node.getParent());
      html.raw("<caption>");
      if (table != null) {
        html.raw("<span class=\"table-number\">Table " + table.number() + ".</span> ");
      }
      context.renderChildren(node);
      html.raw("</caption>");
    }

    private static void footnote(Footnote node, NodeRendererContext context, HtmlWriter html) {
      Numbering.FootnotePlace place = NUMBERING.get(context.getDocument()).footnote(node);
      if (place == null) {
        html.text(node.getChars().toString());
        return;
      }
      html.raw("<sup class=\"footnote-ref\"><a href=\"#fn-" + place.number() + "\" id=\"" + place.id()
          + "\" aria-label=\"Footnote " + place.number() + "\">" + place.number() + "</a></sup>");
    }

    /**
     * A link to a reference that the paper does not define, such as pandoc's {@code [@key]}: its
     * brackets are text, as CommonMark has it, and may hold citation marks.
     */
    private static void linkRef(com.vladsch.flexmark.ast.LinkRef node, NodeRendererContext context, HtmlWriter html) {
      if (node.isDefined() && !isSafe(node)) {
        context.renderChildren(node);
        return;
      }
      if (node.isDefined() || node.getFirstChild() == null) {
        context.delegateRender();
        return;
      }
      BasedSequence chars = node.getChars();
      int start = node.getStartOffset();
      int first = node.getFirstChild().getStartOffset();
      int last = node.getLastChild().getEndOffset();
      marked(context.getDocument(), html, chars.subSequence(0, first - start), start, true);
      context.renderChildren(node);
      marked(context.getDocument(), html, chars.subSequence(last - start, chars.length()), last, true);
    }

    /** Text as Flexmark renders it, with the span marks written at their offsets and LaTeX labels left out. */
    private static void text(Text node, NodeRendererContext context, HtmlWriter html) {
      marked(context.getDocument(), html, node.getChars(), node.getStartOffset(), false);
    }

    /** Text that starts at source offset {@code start}, with the span marks that fall in it. */
    private static void marked(Document document, HtmlWriter html, BasedSequence chars, int start, boolean literal) {
      CitationSpans spans = SPANS.get(document);
      int end = start + chars.length();
      int from = start;
      for (int i = spans.firstAtOrAfter(start); i < spans.size() && spans.offset(i) <= end; i++) {
        int at = spans.offset(i);
        boolean opens = spans.opens(i);
        if (opens ? at == end : at == start) {
          continue; // a start at the end belongs to the next node; an end at the start to the previous one
        }
        write(html, chars.subSequence(from - start, at - start), literal);
        html.raw(String.valueOf(opens ? org.annals.model.Paragraph.SPAN_START : org.annals.model.Paragraph.SPAN_END));
        from = at;
      }
      write(html, chars.subSequence(from - start, end - start), literal);
    }

    private static void write(HtmlWriter html, BasedSequence chars, boolean literal) {
      if (!chars.isEmpty()) {
        String text = literal ? Markdown.text(chars) : unescaped(chars);
        // Most runs of text have neither a carriage return nor a LaTeX label: nothing to look for.
        if (text.indexOf('\r') >= 0) {
          text = Escaping.normalizeEOL(text);
        }
        html.text(text.indexOf('\\') < 0 ? text : LATEX_LABEL.matcher(text).replaceAll(""));
      }
    }
  }
}
