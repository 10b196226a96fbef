package org.annals.content;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The runs of plain text in a block, where citations and cross-references may stand: adjacent text
 * nodes and soft line breaks, as source ranges. Code, links, raw HTML and maths hold none.
 */
final class TextRuns {
  private TextRuns() {}

  /** The source ranges {@code [start, end)} of the block's runs of plain text, in order. */
  static List<int[]> of(Node block) {
    List<int[]> spans = new ArrayList<>();
    if (holdsText(block)) {
      collect(block, spans);
    }
    return spans;
  }

  private static void collect(Node parent, List<int[]> spans) {
    int runStart = -1;
    int runEnd = -1;
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      boolean plain = child instanceof Text || child instanceof SoftLineBreak;
      if (plain && runStart >= 0 && child.getStartOffset() == runEnd) {
        runEnd = child.getEndOffset();
      } else {
        if (runStart >= 0) {
          spans.add(new int[] {runStart, runEnd});
          runStart = -1;
        }
        if (plain) {
          runStart = child.getStartOffset();
          runEnd = child.getEndOffset();
        } else if (holdsText(child)) {
          collect(child, spans);
        }
      }
    }
    if (runStart >= 0) {
      spans.add(new int[] {runStart, runEnd});
    }
  }

  /** Whether a node's text may hold citations: not code, links, raw HTML or maths (an image's caption may). */
  static boolean holdsText(Node node) {
    if (node instanceof com.vladsch.flexmark.ast.Image || node instanceof com.vladsch.flexmark.ast.ImageRef) {
      return true;
    }
    return !(node instanceof com.vladsch.flexmark.ast.Code
        || node instanceof com.vladsch.flexmark.ast.LinkNodeBase
        || node instanceof com.vladsch.flexmark.ast.AutoLink
        || node instanceof com.vladsch.flexmark.ast.MailLink
        || node instanceof com.vladsch.flexmark.ast.HtmlInlineBase
        || node instanceof com.vladsch.flexmark.ast.HtmlBlockBase
        || node instanceof com.vladsch.flexmark.ast.FencedCodeBlock
        || node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock
        || node instanceof MathNodes.InlineMath
        || node instanceof MathNodes.DisplayMath);
  }
}
