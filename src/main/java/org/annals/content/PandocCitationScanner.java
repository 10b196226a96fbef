package org.annals.content;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Citation;

/**
 * Finds pandoc's citations in a block: bracketed groups {@code [see @a, p. 3; @b]} (a prefix, the
 * key, a locator and a suffix per item; {@code -@key} leaves the author out) and narrative
 * {@code @key} with an optional {@code [p. 3]} after it; and cross-references, {@code @fig-x},
 * {@code [@eq-y]} and LaTeX's {@code \ref{fig:x}}, {@code \autoref{…}}, {@code \eqref{…}}. Only
 * text counts: the brackets, keys and labels must stand in plain text (emphasis may be around a
 * prefix), never in code, links, raw HTML or maths.
 */
final class PandocCitationScanner {
  /** A key: a letter, digit or underscore, then those and internal punctuation; or any text in braces. */
  private static final Pattern KEY = Pattern.compile("@(?:\\{([^{}]+)}|([\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&+?<>~/-]*))");
  private static final String KEY_TRAILING = ":.#$%&+?<>~/-";
  private static final Pattern LATEX_REF = Pattern.compile("\\\\(?:auto|eq|c|C|page)?ref\\{([^{}]+)}");
  private static final Pattern LOCATOR = Pattern.compile(
      "(?i)(p|pp|page|pages|chap|chapter|chapters|ch|sec|section|sections|§|§§|vol|volume|volumes|para|paragraph|"
          + "paragraphs|fig|figure|figures|line|lines|l|ll|note|notes|n|nn|col|column|columns|bk|book|books|pt|part|"
          + "parts|no|number|numbers|op|opus|v|vv|verse|verses|s\\.v|sub verbo)\\.?\\s*"
          + "([\\dIVXLCDMivxlcdm]+[a-z]?(?:\\s*[-–—]\\s*[\\dIVXLCDMivxlcdm]+[a-z]?)?"
          + "(?:\\s*,\\s*[\\dIVXLCDMivxlcdm]+[a-z]?(?:\\s*[-–—]\\s*[\\dIVXLCDMivxlcdm]+[a-z]?)?)*)");
  private static final Pattern BARE_PAGES = Pattern.compile("(\\d+(?:\\s*[-–]\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*[-–]\\s*\\d+)?)*)");
  /** Locator words, as pandoc writes them into a CSL locator: the label, then the value. */
  static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("p", "page"), Map.entry("pp", "page"), Map.entry("page", "page"), Map.entry("pages", "page"),
      Map.entry("chap", "chapter"), Map.entry("chapter", "chapter"), Map.entry("chapters", "chapter"),
      Map.entry("ch", "chapter"), Map.entry("sec", "section"), Map.entry("section", "section"),
      Map.entry("sections", "section"), Map.entry("§", "section"), Map.entry("§§", "section"),
      Map.entry("vol", "volume"), Map.entry("volume", "volume"), Map.entry("volumes", "volume"),
      Map.entry("para", "paragraph"), Map.entry("paragraph", "paragraph"), Map.entry("paragraphs", "paragraph"),
      Map.entry("fig", "figure"), Map.entry("figure", "figure"), Map.entry("figures", "figure"),
      Map.entry("line", "line"), Map.entry("lines", "line"), Map.entry("l", "line"), Map.entry("ll", "line"),
      Map.entry("note", "note"), Map.entry("notes", "note"), Map.entry("n", "note"), Map.entry("nn", "note"),
      Map.entry("col", "column"), Map.entry("column", "column"), Map.entry("columns", "column"),
      Map.entry("bk", "book"), Map.entry("book", "book"), Map.entry("books", "book"), Map.entry("pt", "part"),
      Map.entry("part", "part"), Map.entry("parts", "part"), Map.entry("no", "issue"), Map.entry("number", "issue"),
      Map.entry("numbers", "issue"), Map.entry("op", "opus"), Map.entry("opus", "opus"), Map.entry("v", "verse"),
      Map.entry("vv", "verse"), Map.entry("verse", "verse"), Map.entry("verses", "verse"),
      Map.entry("s.v", "sub-verbo"), Map.entry("sub verbo", "sub-verbo"));

  private final String body;
  private final Set<String> keys;
  private final Set<String> labels;

  /**
   * @param body the paper's body text, which node offsets point into
   * @param keys the bibliography's keys
   * @param labels the labels of the paper's figures, tables and equations
   */
  PandocCitationScanner(String body, Set<String> keys, Set<String> labels) {
    this.body = body;
    this.keys = keys;
    this.labels = labels;
  }

  /**
   * What one block holds.
   *
   * @param spans the citations and cross-references, in order
   * @param unknown narrative {@code @words} that name no key or label, left as text: offset → word
   * @param unknownInBrackets keys in brackets that name no key or label: offset → key
   */
  record Found(List<Span> spans, Map<Integer, String> unknown, Map<Integer, String> unknownInBrackets) {}

  /** The citations and cross-references of a block, with offsets into the body. */
  Found scan(Node block) {
    OffsetBits text = textMask(block);
    List<Span> spans = new ArrayList<>();
    Map<Integer, String> unknown = new java.util.TreeMap<>();
    Map<Integer, String> unknownInBrackets = new java.util.TreeMap<>();
    int from = block.getStartOffset();
    int to = block.getEndOffset();
    OffsetBits taken = new OffsetBits(from);
    for (int open = indexOf('[', from, to); open >= 0; open = indexOf('[', open + 1, to)) {
      if (!text.get(open) || (open > 0 && body.charAt(open - 1) == '\\')) {
        continue;
      }
      int close = closing(open, to, text);
      if (close < 0) {
        continue;
      }
      int unknownBefore = unknownInBrackets.size();
      Optional<Span> group = group(open, close, text, unknownInBrackets);
      if (group.isPresent()) {
        spans.add(group.get());
      }
      if (group.isPresent() || unknownInBrackets.size() > unknownBefore) {
        taken.set(open, close + 1); // an unknown key in brackets is an error, not also a bare @word
        open = close;
      }
    }
    // The two searches below need text that most paragraphs lack ("ref{", "@"): they are skipped without it.
    int firstRef = body.indexOf("ref{", from);
    Matcher refs = LATEX_REF.matcher(body).region(from, to);
    while (firstRef >= 0 && firstRef < to && refs.find()) {
      if (text.get(refs.start()) && !taken.get(refs.start())) {
        spans.add(new Span(refs.start(), refs.end(), List.of(), Optional.of(label(refs.group(1)))));
        taken.set(refs.start(), refs.end());
      }
    }
    int firstAt = body.indexOf('@', from);
    Matcher m = KEY.matcher(body).region(from, to);
    while (firstAt >= 0 && firstAt < to && m.find()) {
      int at = m.start();
      if (!text.get(at) || taken.get(at) || (at > 0 && isWordChar(body.charAt(at - 1)))) {
        continue;
      }
      String key = key(m);
      int end = m.start() + 1 + (m.group(1) != null ? m.group(1).length() + 2 : key.length());
      if (labels.contains(label(key))) {
        spans.add(new Span(at, end, List.of(), Optional.of(label(key))));
      } else if (keys.contains(key)) {
        spans.add(narrative(at, end, key, text));
        taken.set(at, spans.get(spans.size() - 1).end());
      } else {
        unknown.put(at, key);
      }
    }
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Found(spans, unknown, unknownInBrackets);
  }

  /** {@code @key} followed by an optional {@code [locator]}: the author named in the sentence. */
  private Span narrative(int at, int end, String key, OffsetBits text) {
    int after = end;
    Optional<String> locator = Optional.empty();
    Optional<String> suffix = Optional.empty();
    if (after + 1 < body.length() && body.charAt(after) == ' ' && body.charAt(after + 1) == '[' && text.get(after + 1)) {
      int close = closing(after + 1, body.length(), text);
      if (close > 0 && body.substring(after + 2, close).indexOf('@') < 0) {
        String[] parts = locatorAndSuffix(body.substring(after + 2, close), true);
        locator = Optional.ofNullable(parts[0]);
        suffix = Optional.ofNullable(parts[1]);
        after = close + 1;
      }
    }
    Span.Cite cite = new Span.Cite(at, after, body.substring(at, after), Optional.of(key), List.of(), false, 0, "",
        locator, Optional.empty(), suffix, Citation.Mode.NARRATIVE);
    return new Span(at, after, List.of(cite), Optional.empty());
  }

  /** A bracketed group of citations, if {@code [open, close]} is one. */
  private Optional<Span> group(int open, int close, OffsetBits text, Map<Integer, String> unknown) {
    String inner = body.substring(open + 1, close);
    if (inner.indexOf('@') < 0) {
      return Optional.empty();
    }
    List<Span.Cite> cites = new ArrayList<>();
    StringBuilder carried = new StringBuilder();
    int partStart = open + 1;
    for (String part : inner.split(";", -1)) {
      int partEnd = partStart + part.length();
      Matcher m = KEY.matcher(body).region(partStart, partEnd);
      boolean found = false;
      while (m.find()) {
        int at = m.start();
        boolean suppress = at > partStart && body.charAt(at - 1) == '-';
        int keyStart = suppress ? at - 1 : at;
        if (!text.get(at) || (keyStart > partStart && isWordChar(body.charAt(keyStart - 1)))) {
          continue;
        }
        String key = key(m);
        int keyEnd = at + 1 + (m.group(1) != null ? m.group(1).length() + 2 : key.length());
        if (labels.contains(label(key)) && cites.isEmpty() && inner.strip().equals("@" + key)) {
          return Optional.of(new Span(open, close + 1, List.of(), Optional.of(label(key))));
        }
        if (!keys.contains(key)) {
          unknown.put(at, key);
          return Optional.empty();
        }
        String prefix = (carried + " " + plain(body.substring(partStart, keyStart))).strip();
        carried.setLength(0);
        String[] rest = locatorAndSuffix(body.substring(keyEnd, partEnd), false);
        cites.add(new Span.Cite(keyStart, partEnd, body.substring(keyStart, partEnd).strip(), Optional.of(key), List.of(),
            false, 0, "", Optional.ofNullable(rest[0]), Optional.of(prefix).filter(s -> !s.isEmpty()),
            Optional.ofNullable(rest[1]), suppress ? Citation.Mode.SUPPRESS_AUTHOR : Citation.Mode.PARENTHETICAL));
        found = true;
        break;
      }
      if (!found) {
        // pandoc reads text without a key, such as "SPOC;" in [SPOC; @key], as the next item's prefix
        carried.append(carried.length() > 0 ? "; " : "").append(plain(part).strip()).append(';');
      }
      partStart = partEnd + 1;
    }
    if (cites.isEmpty() || carried.length() > 0 && cites.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Span(open, close + 1, cites, Optional.empty()));
  }

  /**
   * The locator and the suffix of what follows a key: {@code , p. 33, for a review} gives
   * {@code page 33} and {@code for a review}. In a narrative citation's brackets the text may start
   * without a comma.
   *
   * @return the locator as {@code label value} (or null) and the suffix (or null)
   */
  static String[] locatorAndSuffix(String after, boolean bracketed) {
    String rest = plain(after).strip();
    if (rest.startsWith(",")) {
      rest = rest.substring(1).strip();
    } else if (!bracketed && !rest.isEmpty()) {
      return new String[] {null, rest};
    }
    if (rest.isEmpty()) {
      return new String[] {null, null};
    }
    Matcher locator = LOCATOR.matcher(rest);
    String label = null;
    String value = null;
    int end = 0;
    if (locator.lookingAt()) {
      label = LABELS.get(locator.group(1).toLowerCase(Locale.ROOT));
      value = locator.group(2).strip();
      end = locator.end();
    } else {
      Matcher pages = BARE_PAGES.matcher(rest);
      if (pages.lookingAt()) {
        label = "page";
        value = pages.group(1).strip();
        end = pages.end();
      }
    }
    if (label == null || (end < rest.length() && Character.isLetterOrDigit(rest.charAt(end)))) {
      return new String[] {null, rest};
    }
    String suffix = rest.substring(end).strip();
    if (suffix.startsWith(",")) {
      suffix = suffix.substring(1).strip();
    }
    return new String[] {label + " " + value, suffix.isEmpty() ? null : suffix};
  }

  /** The offset of the {@code ]} that closes the {@code [} at {@code open}, in text, before {@code limit}; or -1. */
  private int closing(int open, int limit, OffsetBits text) {
    int depth = 0;
    for (int i = open; i < limit; i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[' && text.get(i)) {
        depth++;
      } else if (c == ']' && text.get(i) && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String key(Matcher m) {
    if (m.group(1) != null) {
      return m.group(1).strip();
    }
    String key = m.group(2);
    int end = key.length();
    while (end > 1 && KEY_TRAILING.indexOf(key.charAt(end - 1)) >= 0) {
      end--;
    }
    return key.substring(0, end);
  }

  /** A label as the paper defines it: {@code fig:map} and {@code fig-map} are the same label {@code fig-map}. */
  static String label(String written) {
    return written.strip().replace(':', '-');
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Markdown emphasis and code marks taken out of a prefix or suffix. */
  static String plain(String markdown) {
    return markdown.replaceAll("(?<!\\\\)[*_`]", "").replaceAll("\\s+", " ");
  }

  /** The first {@code c} in the body's [from, to), or -1: never a search past the block. */
  private int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (body.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The offsets of the block that belong to plain text. */
  private static OffsetBits textMask(Node block) {
    return TextRuns.mask(block);
  }
}
