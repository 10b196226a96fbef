package org.annals.content;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TeX maths in Markdown, as pandoc reads it: {@code $…$} and {@code \(…\)} inline, {@code $$…$$}
 * and {@code \[…\]} displayed, a displayed formula optionally followed by a label
 * {@code {#eq-name}}. An inline {@code $} must be followed by a non-space and closed by a {@code $}
 * after a non-space that no digit follows, so {@code $5 and $6} stays text. Since {@code \[} and
 * {@code \(} are also escaped brackets, what they enclose is maths only when it reads as TeX (a
 * command, a script, a brace or an operator) or is a single short symbol: {@code \[see Smith (2020)\]}
 * stays text.
 */
final class MathNodes {
  private MathNodes() {}

  /** A formula in the line of text. */
  static final class InlineMath extends Node {
    final String tex;

    InlineMath(BasedSequence chars, String tex) {
      super(chars);
      this.tex = tex;
    }

    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }

  /** A displayed formula, with its label when it has one. */
  static final class DisplayMath extends Node {
    final String tex;
    final String label;

    DisplayMath(BasedSequence chars, String tex, String label) {
      super(chars);
      this.tex = tex;
      this.label = label;
    }

    @Override
    public BasedSequence[] getSegments() {
      return EMPTY_SEGMENTS;
    }
  }

  private static final Pattern LABEL = Pattern.compile("\\s*\\{\\s*#(eq[-:][\\w:.-]+)\\s*}");

  /** Finds maths where the inline parser meets {@code $} or {@code \}. */
  static final class Parser implements InlineParserExtension {
    Parser(LightInlineParser inlineParser) {}

    @Override
    public void finalizeDocument(InlineParser inlineParser) {}

    @Override
    public void finalizeBlock(InlineParser inlineParser) {}

    @Override
    public boolean parse(LightInlineParser inlineParser) {
      BasedSequence input = inlineParser.getInput();
      int at = inlineParser.getIndex();
      if (input.safeCharAt(at) == '$') {
        return input.safeCharAt(at + 1) == '$' ? display(inlineParser, at, "$$", "$$") : inline(inlineParser, at);
      }
      char next = input.safeCharAt(at + 1);
      if (next == '(') {
        return delimited(inlineParser, at, "\\(", "\\)", false);
      }
      if (next == '[') {
        return display(inlineParser, at, "\\[", "\\]");
      }
      return false;
    }

    private boolean inline(LightInlineParser parser, int at) {
      BasedSequence input = parser.getInput();
      if (at + 1 >= input.length() || Character.isWhitespace(input.charAt(at + 1))) {
        return false;
      }
      for (int i = at + 1; i < input.length(); i++) {
        char c = input.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '$') {
          if (Character.isWhitespace(input.charAt(i - 1)) || Character.isDigit(input.safeCharAt(i + 1))) {
            continue;
          }
          add(parser, new InlineMath(input.subSequence(at, i + 1), input.subSequence(at + 1, i).toString()), i + 1);
          return true;
        } else if (c == '\n' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
          return false;
        }
      }
      return false;
    }

    private boolean delimited(LightInlineParser parser, int at, String open, String close, boolean display) {
      BasedSequence input = parser.getInput();
      int end = input.indexOf(close, at + open.length());
      if (end < 0 || !readsAsTex(input.subSequence(at + open.length(), end).toString())) {
        return false;
      }
      add(parser, new InlineMath(input.subSequence(at, end + close.length()),
          input.subSequence(at + open.length(), end).toString()), end + close.length());
      return true;
    }

    private boolean display(LightInlineParser parser, int at, String open, String close) {
      BasedSequence input = parser.getInput();
      int end = input.indexOf(close, at + open.length());
      if (end < 0) {
        return false;
      }
      String tex = input.subSequence(at + open.length(), end).toString().strip();
      if (tex.isEmpty() || (open.startsWith("\\") && !readsAsTex(tex))) {
        return false;
      }
      int after = end + close.length();
      String label = null;
      Matcher m = LABEL.matcher(input.subSequence(after, input.length()));
      if (m.lookingAt()) {
        label = m.group(1);
        after += m.end();
      }
      add(parser, new DisplayMath(input.subSequence(at, after), tex, label), after);
      return true;
    }

    /** Whether text between {@code \(…\)} or {@code \[…\]} is TeX rather than bracketed prose. */
    static boolean readsAsTex(String text) {
      String t = text.strip();
      return !t.isEmpty() && (t.matches("(?s).*[\\\\^_{}=+<>].*") || t.matches("[\\p{L}\\p{N}]{1,3}"));
    }

    private static void add(LightInlineParser parser, Node node, int index) {
      parser.flushTextNode();
      parser.getBlock().appendChild(node);
      parser.setIndex(index);
    }
  }

  /** Makes a {@link Parser} for each inline parser. */
  static final class Factory implements InlineParserExtensionFactory {
    @Override
    public CharSequence getCharacters() {
      return "$\\";
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
      return new Parser(inlineParser);
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }
}
