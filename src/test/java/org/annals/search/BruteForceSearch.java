package org.annals.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts a query's matches the slow, obvious way, document by document over the same documents the
 * index is built from, to hold the browser's counts to: every word (its stem) must be in the
 * document, the last word of an open query as a prefix (standing for the stems of all the
 * archive's words it begins), and a quoted phrase's words next to each other in one of its fields
 * (stop words left out, as the index does). Each document is kept as sorted arrays of numbers, so
 * that archives of 10,000 papers fit in memory.
 */
public final class BruteForceSearch {
  private final Map<String, Integer> wordIds = new HashMap<>();
  private final Map<String, Integer> stemIds = new HashMap<>();
  private final List<Integer> stemOfWord = new ArrayList<>();
  private final int[][] stems;
  private final long[][] pairs;
  private final SearchText text = new SearchText();

  public BruteForceSearch(List<SearchDocument> documents) {
    stems = new int[documents.size()][];
    pairs = new long[documents.size()][];
    for (int d = 0; d < documents.size(); d++) {
      List<Integer> s = new ArrayList<>();
      List<Long> p = new ArrayList<>();
      for (SearchDocument.Field field : documents.get(d).fields()) {
        int previous = -1;
        for (String word : SearchText.words(field.text())) {
          int id = wordId(word);
          s.add(stemOfWord.get(id));
          if (previous >= 0) {
            p.add(((long) previous << 32) | id);
          }
          previous = id;
        }
      }
      stems[d] = s.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
      pairs[d] = p.stream().mapToLong(Long::longValue).distinct().sorted().toArray();
    }
  }

  private int wordId(String word) {
    Integer id = wordIds.get(word);
    if (id == null) {
      id = wordIds.size();
      wordIds.put(word, id);
      String stem = text.stem(word);
      stemOfWord.add(stemIds.computeIfAbsent(stem, k -> stemIds.size()));
    }
    return id;
  }

  /** How many documents there are. */
  public int documentCount() {
    return stems.length;
  }

  /**
   * How many documents match.
   *
   * @param query words, with at most one quoted phrase
   * @param lastIsPrefix whether the last word outside quotes matches as a prefix
   */
  public int count(String query, boolean lastIsPrefix) {
    List<String> phrase = new ArrayList<>();
    String rest = query;
    int open = query.indexOf('"');
    if (open >= 0) {
      int close = query.indexOf('"', open + 1);
      phrase = SearchText.words(query.substring(open + 1, close));
      rest = query.substring(0, open) + " " + query.substring(close + 1);
    }
    List<String> plain = SearchText.words(rest);
    List<int[]> required = new ArrayList<>();
    for (int k = 0; k < plain.size(); k++) {
      String word = plain.get(k);
      if (lastIsPrefix && k == plain.size() - 1 && word.length() >= SearchIndexBuilder.MIN_PREFIX) {
        required.add(wordIds.entrySet().stream().filter(e -> e.getKey().startsWith(word))
            .mapToInt(e -> stemOfWord.get(e.getValue())).distinct().sorted().toArray());
      } else {
        Integer stem = stemIds.get(text.stem(word));
        required.add(stem == null ? new int[0] : new int[] {stem});
      }
    }
    long[] adjacent = new long[Math.max(0, phrase.size() - 1)];
    for (int k = 1; k < phrase.size(); k++) {
      Integer a = wordIds.get(phrase.get(k - 1));
      Integer b = wordIds.get(phrase.get(k));
      adjacent[k - 1] = a == null || b == null ? -1 : ((long) a << 32) | b;
    }
    int count = 0;
    for (int d = 0; d < stems.length; d++) {
      if (matches(d, required, adjacent)) {
        count++;
      }
    }
    return count;
  }

  private boolean matches(int doc, List<int[]> required, long[] adjacent) {
    for (int[] anyOf : required) {
      boolean found = false;
      for (int stem : anyOf) {
        if (Arrays.binarySearch(stems[doc], stem) >= 0) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    for (long pair : adjacent) {
      if (pair < 0 || Arrays.binarySearch(pairs[doc], pair) < 0) {
        return false;
      }
    }
    return true;
  }
}
