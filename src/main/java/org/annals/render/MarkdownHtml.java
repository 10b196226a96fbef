package org.annals.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.function.Function;
import org.annals.content.Markdown;
import org.annals.model.Citation;

/**
 * Renders Markdown blocks to HTML with the one Flexmark configuration, escaping raw HTML. Citations become links:
 * their source spans are marked with two Unicode noncharacters before rendering (the reader
 * refuses them in content), and the marks are swapped for the link tags afterwards.
 */
public final class MarkdownHtml {
  private static final char OPEN = '\uFDD0';
  private static final char CLOSE = '\uFDD1';
  /**
   * Raw HTML in Markdown is shown as text: pages carry only the markup that Annals writes. Table
   * cells are aligned by class, since HTML has made the {@code align} attribute obsolete.
   */
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder(
          new com.vladsch.flexmark.util.data.MutableDataSet(Markdown.OPTIONS).set(HtmlRenderer.ESCAPE_HTML, true))
      .attributeProviderFactory(new com.vladsch.flexmark.html.IndependentAttributeProviderFactory() {
        @Override
        public com.vladsch.flexmark.html.AttributeProvider apply(
            com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
          return MarkdownHtml::alignByClass;
        }
      })
      .build();

  private static void alignByClass(com.vladsch.flexmark.util.ast.Node node,
      com.vladsch.flexmark.html.renderer.AttributablePart part,
      com.vladsch.flexmark.util.html.MutableAttributes attributes) {
    if (node instanceof com.vladsch.flexmark.ext.tables.TableCell && attributes.contains("align")) {
      String align = attributes.getValue("align");
      attributes.remove("align");
      attributes.addValue("class", "align-" + align);
    }
  }

  private MarkdownHtml() {}

  /** The text of a Markdown block as a reader sees it, without markup, on one line. */
  public static String plainText(String markdown) {
    return new com.vladsch.flexmark.util.ast.TextCollectingVisitor()
        .collectAndGetText(Markdown.PARSER.parse(markdown)).replaceAll("\\s+", " ").strip();
  }

  /**
   * The sentence of a block that holds a citation, as plain text split around the citation.
   *
   * @param before the sentence up to the citation
   * @param cited the citation's text
   * @param after the rest of the sentence
   */
  public record CitingSentence(String before, String cited, String after) {}

  /** The sentence of {@code markdown} around {@code citation}. */
  public static CitingSentence sentenceOf(String markdown, Citation citation) {
    String marked = markdown.substring(0, citation.start()) + OPEN + markdown.substring(citation.start(), citation.end())
        + CLOSE + markdown.substring(citation.end());
    String text = plainText(marked);
    int open = text.indexOf(OPEN);
    int close = text.indexOf(CLOSE);
    String clean = text.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
    int from = open;
    int to = close - 1;
    int[] span = Sentences.around(clean, from, to);
    return new CitingSentence(clean.substring(span[0], from), clean.substring(from, to), clean.substring(to, span[1]));
  }

  /** HTML of a Markdown text with no citations, such as an abstract. */
  public static String render(String markdown) {
    return RENDERER.render(Markdown.PARSER.parse(markdown)).strip();
  }

  /**
   * HTML of one block with each citation made a link.
   *
   * @param markdown the block's Markdown
   * @param citations the block's citations, in order, with offsets into {@code markdown}
   * @param linkDefinitions link reference definitions the block may use
   * @param openTag the opening {@code <a …>} tag of each citation's link
   */
  public static String block(String markdown, List<Citation> citations, String linkDefinitions,
      Function<Citation, String> openTag) {
    StringBuilder marked = new StringBuilder(markdown);
    for (int i = citations.size() - 1; i >= 0; i--) {
      Citation c = citations.get(i);
      marked.insert(c.end(), CLOSE).insert(c.start(), OPEN);
    }
    if (!linkDefinitions.isEmpty()) {
      marked.append("\n\n").append(linkDefinitions);
    }
    Document document = Markdown.PARSER.parse(marked.toString());
    String html = RENDERER.render(document).strip();
    if (citations.isEmpty()) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + citations.size() * 80);
    int next = 0;
    for (int i = 0; i < html.length(); i++) {
      char ch = html.charAt(i);
      if (ch == OPEN) {
        out.append(openTag.apply(citations.get(next++)));
      } else if (ch == CLOSE) {
        out.append("</a>");
      } else {
        out.append(ch);
      }
    }
    if (next != citations.size()) {
      throw new IllegalStateException("citation marks lost while rendering: " + next + " of " + citations.size());
    }
    return out.toString();
  }
}
