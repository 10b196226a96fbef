package org.annals.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.annals.model.Folding;
import org.tartarus.snowball.ext.englishStemmer;

/**
 * How text becomes search terms: folded (case, accents, typographic marks), split on anything that
 * is not a letter or digit, stop words and single letters dropped, then stemmed with the Snowball
 * English stemmer. The browser only folds and splits: it looks words up in the index's dictionary,
 * which maps every word of the archive to its stem, so both sides always agree.
 */
public final class SearchText {
  /** The stop words (the list of Lucene's English analyzer); sent to the browser in the index. */
  public static final Set<String> STOP_WORDS = Set.copyOf(new TreeSet<>(List.of(
      "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
      "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
      "will", "with")));

  private final englishStemmer stemmer = new englishStemmer();

  /** The folded words of a text that are worth indexing, in order: its runs of letters and numbers ({@code \\p{L}}, {@code \\p{N}}). */
  public static List<String> words(String text) {
    String folded = Folding.fold(text);
    List<String> words = new ArrayList<>();
    int start = -1;
    int i = 0;
    while (i < folded.length()) {
      int c = folded.codePointAt(i);
      boolean inWord = c < 128 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')
          : Character.isLetter(c) || isNumber(c);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        addIndexed(words, folded.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      addIndexed(words, folded.substring(start));
    }
    return words;
  }

  private static void addIndexed(List<String> words, String token) {
    if (isIndexed(token)) {
      words.add(token);
    }
  }

  /** Whether a folded token is kept: not empty, not a stop word, and a number or longer than one character. */
  static boolean isIndexed(String token) {
    if (token.isEmpty() || STOP_WORDS.contains(token)) {
      return false;
    }
    int first = token.codePointAt(0);
    return Character.charCount(first) < token.length() || isNumber(first);
  }

  /** Whether a character is a number: {@code \p{N}}, as in the browser. */
  private static boolean isNumber(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** The stem of a folded word: {@code semiconductors} → {@code semiconductor}. Not thread-safe. */
  public String stem(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 128 || !Character.isLetter(c)) {
        return word;
      }
    }
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
