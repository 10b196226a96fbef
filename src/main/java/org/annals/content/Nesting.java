package org.annals.content;

import com.vladsch.flexmark.util.ast.Node;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourceText;

/**
 * Limits on how deeply a paper's Markdown may nest, so that no reader or renderer recurses past
 * its stack: block quotes and lists (checked on the text, before parsing, since the parser itself
 * recurses into them) and inline markup such as emphasis inside emphasis or images inside image
 * descriptions (checked on the parsed tree). Real papers nest a handful of levels.
 */
final class Nesting {
  /** The deepest nesting of block quotes and lists, or of inline markup, that a paper may have. */
  static final int MAX_DEPTH = 32;
  /** The deepest a parsed paper's tree may be: blocks, then inline markup inside them. */
  static final int MAX_TREE_DEPTH = 100;

  private Nesting() {}

  /**
   * Whether the body's block quotes and lists nest at most {@link #MAX_DEPTH} deep; else an error
   * at the first marker beyond it. Each {@code >} and list marker at the start of a line counts a
   * level, and so does each two columns of indentation before them (a nested list item).
   */
  static boolean checkBlocks(String body, SourceText source, int bodyOffset, Diagnostics diagnostics) {
    int lineStart = 0;
    while (lineStart < body.length()) {
      int lineEnd = body.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = body.length();
      }
      int depth = 0;
      int i = lineStart;
      int columns = 0;
      while (i < lineEnd && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
        columns += body.charAt(i) == '\t' ? 4 : 1;
        i++;
      }
      boolean marker = true;
      while (marker && i < lineEnd) {
        int next = markerEnd(body, i, lineEnd);
        marker = next > i;
        if (marker) {
          if (depth == 0) {
            depth = columns / 2;
          }
          depth++;
          if (depth > MAX_DEPTH) {
            diagnostics.error(source, bodyOffset + i, "block quotes and lists nested more than " + MAX_DEPTH
                + " levels deep", "a paper's quotes and lists may nest " + MAX_DEPTH + " levels; flatten this one");
            return false;
          }
          i = next;
          while (i < lineEnd && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
            i++;
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return true;
  }

  /** Beyond this many link destinations {@code ](} in one paragraph the Markdown parser's cost grows as their square. */
  static final int MAX_LINKS_IN_A_PARAGRAPH = 2_000;
  /** Beyond this many backslash escapes after a {@code [} that is never closed, the parser's cost doubles with each. */
  static final int MAX_ESCAPES_IN_AN_OPEN_BRACKET = 24;
  /** How far Markdown looks for the end of a link label. */
  private static final int LABEL_REACH = 1_000;

  /**
   * Whether the body is free of the two shapes on which the Markdown parser's cost explodes: a
   * paragraph of thousands of link destinations, and a {@code [} never closed that is followed by
   * many backslash escapes. Else an error at the place. Linear in the body.
   */
  static boolean checkParserTraps(String body, SourceText source, int bodyOffset, Diagnostics diagnostics) {
    int links = 0;
    // Whether the line so far is blank (white space alone, as String.isBlank sees it).
    boolean blank = true;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n') {
        if (blank) {
          links = 0;
        }
        blank = true;
        continue;
      }
      if (blank && !Character.isWhitespace(c)) {
        blank = false;
      }
      if (c == ']' && i + 1 < body.length() && body.charAt(i + 1) == '(' && ++links > MAX_LINKS_IN_A_PARAGRAPH) {
        diagnostics.error(source, bodyOffset + i, "more than " + MAX_LINKS_IN_A_PARAGRAPH
            + " links in one paragraph", "split the paragraph; Markdown reads links in time that grows with the"
            + " square of their number in a paragraph");
        return false;
      }
    }
    // Each unescaped '[' opens a label that ends at the next unescaped ']' (it closes) or '[' or
    // LABEL_REACH characters on (it fails). These scans never overlap, so all of them are one pass.
    boolean escaped = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '[' && !escaped) {
        int backslashes = 0;
        boolean closes = false;
        boolean inner = false;
        int end = Math.min(body.length(), i + LABEL_REACH);
        int j = i + 1;
        for (; j < end; j++) {
          char d = body.charAt(j);
          if (!inner && (d == ']' || d == '[')) {
            closes = d == ']';
            break;
          }
          if (d == '\\' && j + 1 < body.length() && isPunctuation(body.charAt(j + 1))) {
            backslashes++;
          }
          inner = d == '\\' && !inner;
        }
        if (!closes && backslashes > MAX_ESCAPES_IN_AN_OPEN_BRACKET) {
          diagnostics.error(source, bodyOffset + i, "'[' never closed, followed by " + backslashes
              + " backslashes before punctuation", "close the bracket with ']' or write it as \\[; Markdown takes"
              + " time that doubles with each escape after an open bracket");
          return false;
        }
        i = j - 1; // the bracket that ended the label, if any, is looked at next
        escaped = inner;
        continue;
      }
      escaped = c == '\\' && !escaped;
    }
    return true;
  }

  private static boolean isPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }

  /** The end of a block-quote or list marker at {@code i} ({@code >}, {@code -}, {@code 1.}…), or {@code i}. */
  private static int markerEnd(String text, int i, int lineEnd) {
    char c = text.charAt(i);
    if (c == '>') {
      return i + 1;
    }
    boolean spaced = i + 1 >= lineEnd || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t';
    if ((c == '-' || c == '+' || c == '*') && spaced) {
      return i + 1;
    }
    int j = i;
    while (j < lineEnd && j - i < 9 && Character.isDigit(text.charAt(j))) {
      j++;
    }
    if (j > i && j < lineEnd && (text.charAt(j) == '.' || text.charAt(j) == ')')
        && (j + 1 >= lineEnd || text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '\t')) {
      return j + 1;
    }
    return i;
  }

  /** Whether a parsed tree nests deeper than a paper may. */
  static boolean tooDeep(Node document) {
    return deepest(document) != null;
  }

  /**
   * Whether the parsed tree is at most {@link #MAX_TREE_DEPTH} levels deep; else an error at the
   * first node beyond. Walks without recursion.
   */
  static boolean checkTree(Node document, SourceText source, int bodyOffset, Diagnostics diagnostics) {
    Node deepest = deepest(document);
    if (deepest != null) {
      diagnostics.error(source, bodyOffset + deepest.getStartOffset(), "markup nested more than " + MAX_TREE_DEPTH
          + " levels deep", "emphasis, links and images inside one another, in quotes and lists, may nest "
          + MAX_TREE_DEPTH + " levels in all; close the ones you opened");
      return false;
    }
    return true;
  }

  /** The first node deeper than {@link #MAX_TREE_DEPTH}, or null; found without recursion. */
  private static Node deepest(Node document) {
    Node node = document.getFirstChild();
    int depth = 1;
    while (node != null) {
      if (depth > MAX_TREE_DEPTH) {
        return node;
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != null && node.getNext() == null) {
        node = node.getParent();
        depth--;
        if (node == document) {
          return null;
        }
      }
      if (node != null) {
        node = node.getNext();
      }
    }
    return null;
  }
}
