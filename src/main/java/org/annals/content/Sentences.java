package org.annals.content;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one sentence splitter of Annals: finds the sentence around a place in plain text (so that a
 * reference can list the sentences that cite it) and the first sentence of a text (for summaries
 * and page descriptions). A full stop ends a sentence unless it follows an initial ({@code U.S.}) or a
 * common abbreviation ({@code Mr.}, {@code et al.}), or stands inside a quotation in curly quotes.
 */
final class Sentences {
  /** Where one sentence may end and the next begin; {@link #next} finds its matches. */
  static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])[”\"’)]?\\s+(?=[“\"‘]?[\\p{Lu}\\p{N}])");
  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "no", "nos", "vs", "etc",
          "al", "e.g", "i.e", "cf", "p", "pp", "vol", "ed", "eds", "ch", "chap", "sec", "fig", "figs", "eq", "approx",
          "ca", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec");

  private Sentences() {}


  /** The start and end (exclusive) of the sentence of {@code text} that holds [from, to). */
  static int[] around(String text, int from, int to) {
    return around(text, boundaries(text), from, to);
  }

  /**
   * The sentence boundaries of a text, found once so that the sentences around many places cost
   * one pass: {@code [0]} the starts and {@code [1]} the ends of each boundary's match (the space
   * between two sentences), in order.
   */
  static int[][] boundaries(String text) {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int count = 0;
    Ends sentences = new Ends(text);
    for (long m = sentences.next(); m >= 0; m = sentences.next()) {
      int start = (int) (m >>> 32);
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
        ends = java.util.Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count++] = (int) m;
    }
    return new int[][] {java.util.Arrays.copyOf(starts, count), java.util.Arrays.copyOf(ends, count)};
  }

  /**
   * The next match of {@link #BOUNDARY} at or after {@code from}, found without the regular
   * expression engine (a tenth of the time): its start in the high 32 bits and its end in the low;
   * -1 when there is none. A full stop, exclamation or question mark; an optional closing quote or
   * parenthesis; white space; and, after an optional opening quote, an upper-case letter or a digit.
   */
  static long next(String text, int from) {
    int n = text.length();
    for (int start = Math.max(from, 1); start < n; start++) {
      char end = text.charAt(start - 1);
      if (end != '.' && end != '!' && end != '?') {
        continue;
      }
      int i = start;
      char c = text.charAt(i);
      if (c == '”' || c == '"' || c == '’' || c == ')') {
        i++;
      }
      int spaces = i;
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      if (i == spaces) {
        continue;
      }
      int next = i;
      if (next < n && (text.charAt(next) == '“' || text.charAt(next) == '"' || text.charAt(next) == '‘')) {
        next++;
      }
      if (next < n && startsSentence(text.codePointAt(next))) {
        return ((long) start << 32) | i;
      }
    }
    return -1;
  }

  /** {@code \s} of a regular expression: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** {@code [\p{Lu}\p{N}]}: an upper-case letter or a number. */
  private static boolean startsSentence(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.UPPERCASE_LETTER || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** The sentence around [from, to), given the text's {@link #boundaries}. */
  static int[] around(String text, int[][] boundaries, int from, int to) {
    int[] starts = boundaries[0];
    int[] ends = boundaries[1];
    // The last boundary that ends at or before `from` starts the sentence; ends rise with starts.
    int before = upperBound(ends, from) - 1;
    int start = before >= 0 ? ends[before] : 0;
    int after = lowerBound(starts, to, before + 1);
    int end = after < starts.length ? trimEnd(text, starts[after], ends[after]) : text.length();
    return new int[] {start, end};
  }

  /** The index of the first value greater than {@code key}. */
  private static int upperBound(int[] sorted, int key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The index of the first value at or above {@code key}, from {@code low} on. */
  private static int lowerBound(int[] sorted, int key, int low) {
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The first sentence of a text: up to its first boundary, which is as far as it is read. */
  static String first(String text) {
    long m = new Ends(text).next();
    return m < 0 ? text : text.substring(0, trimEnd(text, (int) (m >>> 32), (int) m));
  }

  /**
   * The boundaries that end a sentence, in order: matches of {@link #BOUNDARY} that follow no
   * initial or abbreviation and stand outside curly quotes.
   */
  private static final class Ends {
    private final String text;
    private int from;
    private int depth;
    private int scanned;

    Ends(String text) {
      this.text = text;
    }

    /** The next boundary's start in the high 32 bits and its end in the low; -1 when there is none. */
    long next() {
      for (long m = Sentences.next(text, from); m >= 0; m = Sentences.next(text, (int) m)) {
        int start = (int) (m >>> 32);
        depth = quotationDepth(text, scanned, start, depth);
        scanned = start;
        if (depth == 0 && !isAbbreviation(text, start)) {
          from = (int) m;
          return m;
        }
      }
      from = text.length();
      return -1;
    }
  }

  /** The first sentence of a text, whole: pages that need it shorter (descriptions) cut it there. */
  static String summary(String text) {
    return first(text);
  }

  /** The end of a sentence whose boundary match is [start, end): after its closing quote, before the space. */
  private static int trimEnd(String text, int start, int end) {
    int i = start;
    while (i < end && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The depth of curly double quotes at {@code to}, given the depth at {@code from}. */
  private static int quotationDepth(String text, int from, int to, int depth) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '“') {
        depth++;
      } else if (c == '”' && depth > 0) {
        depth--;
      }
    }
    return depth;
  }

  /** Whether the full stop just before {@code at} ends an initial or an abbreviation rather than a sentence. */
  private static boolean isAbbreviation(String text, int at) {
    int dot = at - 1;
    if (dot < 0 || text.charAt(dot) != '.') {
      return false;
    }
    int wordStart = dot;
    while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
      wordStart--;
    }
    String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
    if (ABBREVIATIONS.contains(word)) {
      return true;
    }
    String last = word.contains(".") ? word.substring(word.lastIndexOf('.') + 1) : word;
    return last.length() == 1 && Character.isLetter(last.charAt(0));
  }
}
