package org.annals.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.annals.search.SearchIndex.Meta;
import org.annals.search.SearchIndex.StoredDocument;
import org.annals.search.SearchIndex.TermShard;

/**
 * Builds the {@link SearchIndex} of a list of documents. Scores are BM25 over field-weighted term
 * frequencies, computed here so that the browser only adds them up. Term shards start as one per
 * first letter and split by one more letter while they are larger than {@link #SHARD_BYTES}, so a
 * query fetches a bounded amount whatever the archive's size.
 */
public final class SearchIndexBuilder {
  /** The format version written into the meta file. */
  public static final int VERSION = 1;
  /** Documents per document shard. */
  public static final int DOC_SHARD_SIZE = 16;
  /** The size above which a term shard is split, in bytes of JSON (estimated). */
  public static final int SHARD_BYTES = 40_000;
  /** The longest shard key. */
  public static final int MAX_KEY = 6;
  /** Postings kept per stem: the best-scoring ones. */
  public static final int MAX_POSTINGS = 1_000;

  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private SearchIndexBuilder() {}

  public static SearchIndex build(List<SearchDocument> documents) {
    SearchText text = new SearchText();
    Map<String, String> stems = new TreeMap<>();
    Map<String, Postings> byStem = new HashMap<>();
    int n = documents.size();
    double[] lengths = new double[n];
    for (int id = 0; id < n; id++) {
      Map<String, Double> tf = new HashMap<>();
      for (SearchDocument.Field field : documents.get(id).fields()) {
        for (String word : SearchText.words(field.text())) {
          String stem = stems.computeIfAbsent(word, text::stem);
          tf.merge(stem, field.weight(), Double::sum);
          lengths[id] += field.weight();
        }
      }
      for (Map.Entry<String, Double> e : tf.entrySet()) {
        byStem.computeIfAbsent(e.getKey(), k -> new Postings()).add(id, e.getValue().floatValue());
      }
    }
    double total = 0;
    for (double length : lengths) {
      total += length;
    }
    double averageLength = n == 0 ? 1 : Math.max(1e-9, total / n);
    Map<String, int[]> flat = new HashMap<>();
    byStem.forEach((stem, postings) -> flat.put(stem, postings.best(n, lengths, averageLength)));

    SortedMap<String, TermShard> shards = new TreeMap<>();
    Map<String, List<String>> byFirst = new TreeMap<>();
    for (String word : stems.keySet()) {
      byFirst.computeIfAbsent(word.substring(0, word.offsetByCodePoints(0, 1)), k -> new ArrayList<>()).add(word);
    }
    byFirst.forEach((key, words) -> split(key, words, stems, flat, shards));

    List<List<StoredDocument>> docShards = new ArrayList<>();
    for (int start = 0; start < n; start += DOC_SHARD_SIZE) {
      docShards.add(documents.subList(start, Math.min(n, start + DOC_SHARD_SIZE)).stream()
          .map(d -> new StoredDocument(d.kind(), d.url(), d.title(), d.crumbs(), d.text())).toList());
    }
    Meta meta = new Meta(VERSION, n, DOC_SHARD_SIZE, List.copyOf(shards.keySet()),
        SearchText.STOP_WORDS.stream().sorted().toList());
    return new SearchIndex(meta, shards, docShards);
  }

  /** The documents a stem occurs in, with its weighted frequency in each: two growing primitive arrays. */
  private static final class Postings {
    private int[] ids = new int[4];
    private float[] frequencies = new float[4];
    private int size;

    void add(int id, float frequency) {
      if (size == ids.length) {
        ids = java.util.Arrays.copyOf(ids, size * 2);
        frequencies = java.util.Arrays.copyOf(frequencies, size * 2);
      }
      ids[size] = id;
      frequencies[size] = frequency;
      size++;
    }

    /** Flat pairs of id and BM25 score (× 100) of the best {@link #MAX_POSTINGS}, best first, then by id. */
    int[] best(int documents, double[] lengths, double averageLength) {
      double idf = Math.log(1 + (documents - size + 0.5) / (size + 0.5));
      long[] ranked = new long[size];
      for (int i = 0; i < size; i++) {
        double tf = frequencies[i];
        double norm = K1 * (1 - B + B * lengths[ids[i]] / averageLength);
        int score = Math.max(1, (int) Math.round(100 * idf * tf * (K1 + 1) / (tf + norm)));
        ranked[i] = ((long) (Integer.MAX_VALUE - score) << 32) | ids[i];
      }
      java.util.Arrays.sort(ranked);
      int kept = Math.min(MAX_POSTINGS, size);
      int[] pairs = new int[kept * 2];
      for (int i = 0; i < kept; i++) {
        pairs[2 * i] = (int) ranked[i];
        pairs[2 * i + 1] = Integer.MAX_VALUE - (int) (ranked[i] >>> 32);
      }
      return pairs;
    }
  }

  private static void split(String key, List<String> words, Map<String, String> stems, Map<String, int[]> postings,
      SortedMap<String, TermShard> into) {
    int keyLength = key.codePointCount(0, key.length());
    if (estimate(words, stems, postings) <= SHARD_BYTES || keyLength >= MAX_KEY) {
      into.put(key, shard(words, stems, postings));
      return;
    }
    List<String> exact = new ArrayList<>();
    Map<String, List<String>> children = new TreeMap<>();
    for (String word : words) {
      if (word.equals(key)) {
        exact.add(word);
      } else {
        String child = word.substring(0, word.offsetByCodePoints(0, keyLength + 1));
        children.computeIfAbsent(child, k -> new ArrayList<>()).add(word);
      }
    }
    if (!exact.isEmpty()) {
      into.put(key, shard(exact, stems, postings));
    }
    children.forEach((child, list) -> split(child, list, stems, postings, into));
  }

  private static TermShard shard(List<String> words, Map<String, String> stems, Map<String, int[]> postings) {
    SortedMap<String, String> dictionary = new TreeMap<>();
    SortedMap<String, int[]> lists = new TreeMap<>();
    for (String word : words) {
      String stem = stems.get(word);
      dictionary.put(word, stem);
      lists.put(stem, postings.get(stem));
    }
    return new TermShard(dictionary, lists);
  }

  /** Roughly the JSON size of a shard: the words, their stems and the digits of their postings. */
  private static long estimate(List<String> words, Map<String, String> stems, Map<String, int[]> postings) {
    long size = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String word : words) {
      String stem = stems.get(word);
      size += word.length() + stem.length() + 8;
      if (seen.add(stem)) {
        size += stem.length() + 6 + postings.get(stem).length * 5L;
      }
    }
    return size;
  }
}
