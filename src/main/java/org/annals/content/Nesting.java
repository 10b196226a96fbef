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
