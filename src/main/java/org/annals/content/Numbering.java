package org.annals.content;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.annals.model.Paragraph;

/**
 * What the renderer needs to know of a paper's numbered things, worked out before it renders: each
 * figure's number, anchor, file kind and size; each labelled equation's number; each footnote
 * reference's number and anchor; and how an image's address is written.
 */
final class Numbering {
  static final Numbering NONE = new Numbering();

  /**
   * A figure as drawn.
   *
   * @param id its anchor: its label, or {@code figure-N}
   * @param number its number
   * @param pdf whether its file is a PDF, shown as a drawing of its first page
   * @param width its width in CSS pixels, or 0 when unknown
   * @param height its height in CSS pixels, or 0 when unknown
   */
  record Figure(String id, int number, boolean pdf, int width, int height) {
    String name() {
      return "Figure " + number;
    }
  }

  /**
   * A captioned table as drawn.
   *
   * @param id its anchor: its label, or {@code table-N}
   * @param number its number
   */
  record Table(String id, int number) {}

  /**
   * One place where the text refers to a footnote.
   *
   * @param number the footnote's number
   * @param id the anchor of the place
   */
  record FootnotePlace(int number, String id) {}

  final Map<Node, Figure> figures = new IdentityHashMap<>();
  final Map<Node, Table> tables = new IdentityHashMap<>();
  final Map<String, Integer> equations = new java.util.HashMap<>();
  final Map<Node, FootnotePlace> footnotes = new IdentityHashMap<>();

  Figure figure(Image image) {
    Figure figure = figures.get(image);
    return figure != null ? figure : new Figure("figure", 0, false, 0, 0);
  }

  /** A captioned table's number and anchor, or null for a table without caption. */
  Table table(Node table) {
    return tables.get(table);
  }

  /** The number of a labelled equation, or null. */
  Integer equation(String label) {
    return label == null ? null : equations.get(PandocCitationScanner.label(label));
  }

  FootnotePlace footnote(Footnote footnote) {
    return footnotes.get(footnote);
  }

  /** An image's address in the page: a path in the paper's folder gets the folder's mark in front. */
  String src(String url) {
    return isLocal(url) ? Paragraph.PAPER_FOLDER + normalise(url) : url;
  }

  /** Whether an address names a file of the paper's folder rather than a place on the web. */
  static boolean isLocal(String url) {
    return !url.isEmpty() && !url.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !url.startsWith("//") && !url.startsWith("#");
  }

  /** A relative path without {@code ./}. */
  static String normalise(String path) {
    String p = path.strip();
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    return p;
  }

  /**
   * The HTML of a formula: MathML, or its TeX when it cannot be read; a displayed formula with a
   * label gets the label as its anchor and its number beside it.
   */
  static String math(String tex, boolean display, String label, Integer number) {
    Optional<String> mathml = MathRenderer.mathml(tex, display);
    String body = mathml.orElseGet(() -> "<code class=\"math-tex\">" + Escaping.escapeHtml(tex, false) + "</code>");
    if (!display) {
      return body;
    }
    StringBuilder out = new StringBuilder("<span class=\"math-display\"");
    if (number != null) {
      out.append(" id=\"").append(Escaping.escapeHtml(PandocCitationScanner.label(label), true)).append('"');
    }
    out.append('>').append(body);
    if (number != null) {
      out.append("<span class=\"equation-number\">(").append(number).append(")</span>");
    }
    return out.append("</span>").toString();
  }
}
