package org.annals.content;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one sentence splitter of Annals: finds the sentence around a place in plain text (so that a
 * reference can list the sentences that cite it) and the first sentence of a text (for summaries
 * and page descriptions). A full stop ends a sentence unless it follows an initial ({@code U.S.}) or a
 * common abbreviation ({@code Mr.}, {@code et al.}), or stands inside a quotation in curly quotes.
 */
final class Sentences {
  private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?])[”\"’)]?\\s+(?=[“\"‘]?[\\p{Lu}\\p{N}])");
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
    Matcher m = BOUNDARY.matcher(text);
    int depth = 0;
    int scanned = 0;
    while (m.find()) {
      depth = quotationDepth(text, scanned, m.start(), depth);
      scanned = m.start();
      if (depth > 0 || isAbbreviation(text, m.start())) {
        continue;
      }
      if (count == starts.length) {
        starts = java.util.Arrays.copyOf(starts, count * 2);
        ends = java.util.Arrays.copyOf(ends, count * 2);
      }
      starts[count] = m.start();
      ends[count++] = m.end();
    }
    return new int[][] {java.util.Arrays.copyOf(starts, count), java.util.Arrays.copyOf(ends, count)};
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

  /** The first sentence of a text. */
  static String first(String text) {
    int[] span = around(text, 0, 0);
    return text.substring(span[0], span[1]);
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
