package org.annals.search;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.annals.search.SearchIndex.KindRange;
import org.annals.search.SearchIndex.Meta;
import org.annals.search.SearchIndex.StoredDocument;
import org.annals.search.SearchIndex.WordShard;

/**
 * Builds the {@link SearchIndex} of a list of documents. Every stem, every prefix of three letters
 * or more that stands for many words, and every pair of adjacent words gets a record of all the
 * documents that hold it, so the browser can count and list every match exactly; each record also
 * names its {@link #TOP} best documents by BM25 (over field-weighted term frequencies), so that
 * ranking needs no more than that. Word dictionaries are split by prefix while larger than
 * {@link #SHARD_BYTES}, pair dictionaries by hash, so a query fetches a bounded amount whatever the
 * archive's size.
 */
public final class SearchIndexBuilder {
  /** The format version written into the meta file. */
  public static final int VERSION = 2;
  /** The size above which a word shard is split, in bytes of JSON (estimated). */
  public static final int SHARD_BYTES = 12_000;
  /** The longest shard key. */
  public static final int MAX_KEY = 6;
  /** The best documents each record names, for ranking. */
  public static final int TOP = 64;
  /** The shortest prefix that matches as a prefix. */
  public static final int MIN_PREFIX = 3;
  /**
   * A prefix whose words have more records than this, or records larger than
   * {@link #PREFIX_BYTES} together, or that spreads over more than {@link #PREFIX_SHARDS} word
   * shards, has its own record: the browser then fetches one record for it.
   */
  public static final int PREFIX_STEMS = 24;
  public static final int PREFIX_BYTES = 48_000;
  public static final int PREFIX_SHARDS = 3;
  /** Entries per pair shard, about. */
  public static final int PAIRS_PER_SHARD = 1_500;
  /** Pack files are cut after this many bytes. */
  public static final int PACK_BYTES = 1 << 20;

  /**
   * How much a match counts by kind of document: a paper most, so that a query naming an author
   * finds their papers before their page; authors and references less than text.
   */
  static final java.util.Map<String, Double> KIND_WEIGHT = java.util.Map.of("paper", 1.5, "author", 0.7,
      "section", 1.0, "paragraph", 1.0, "reference", 0.8);

  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private SearchIndexBuilder() {}

  /** A growing list of document ids and weighted frequencies. */
  private static final class Postings {
    int[] ids = new int[4];
    float[] frequencies = new float[4];
    int size;

    void add(int id, float frequency) {
      if (size > 0 && ids[size - 1] == id) {
        frequencies[size - 1] += frequency;
        return;
      }
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
        frequencies = Arrays.copyOf(frequencies, size * 2);
      }
      ids[size] = id;
      frequencies[size] = frequency;
      size++;
    }
  }

  /** Where a record was written: pack, offset, length. */
  private record Place(int pack, int offset, int length) {}

  /** Writes records into pack files. */
  private static final class Packs {
    final List<byte[]> done = new ArrayList<>();
    ByteArrayOutputStream current = new ByteArrayOutputStream();

    Place add(byte[] record) {
      if (current.size() > 0 && current.size() + record.length > PACK_BYTES) {
        done.add(current.toByteArray());
        current = new ByteArrayOutputStream();
      }
      Place place = new Place(done.size(), current.size(), record.length);
      current.writeBytes(record);
      return place;
    }

    List<byte[]> finish() {
      if (current.size() > 0) {
        done.add(current.toByteArray());
        current = new ByteArrayOutputStream();
      }
      return done;
    }
  }

  /** Documents tokenised together by one thread. */
  private static final int CHUNK = 64;
  /** Chunks tokenised at once before their tokens are merged, which bounds the tokens held. */
  private static final int WINDOW = 64;

  /** The tokens of a run of documents, in order: each word's stem, its document and its field's weight. */
  private static final class Tokens {
    String[] stems = new String[256];
    int[] ids = new int[256];
    float[] weights = new float[256];
    int count;
    long[] pairs = new long[256];
    int pairCount;

    void add(String stem, int id, float weight) {
      if (count == stems.length) {
        stems = Arrays.copyOf(stems, count * 2);
        ids = Arrays.copyOf(ids, count * 2);
        weights = Arrays.copyOf(weights, count * 2);
      }
      stems[count] = stem;
      ids[count] = id;
      weights[count] = weight;
      count++;
    }

    void pair(long pair) {
      if (pairCount == pairs.length) {
        pairs = Arrays.copyOf(pairs, pairCount * 2);
      }
      pairs[pairCount++] = pair;
    }
  }

  private static final ThreadLocal<SearchText> STEMMERS = ThreadLocal.withInitial(SearchText::new);

  /** Splits, folds and stems the documents {@code from} to {@code to}, and adds up their lengths. */
  private static Tokens tokenize(List<SearchDocument> documents, int from, int to, Map<String, String> stemOfWord,
      double[] lengths) {
    SearchText text = STEMMERS.get();
    Tokens tokens = new Tokens();
    for (int id = from; id < to; id++) {
      for (SearchDocument.Field field : documents.get(id).fields()) {
        String previous = null;
        for (String word : SearchText.words(field.text())) {
          String stem = stemOfWord.get(word);
          if (stem == null) {
            stem = text.stem(word);
            stemOfWord.putIfAbsent(word, stem);
          }
          tokens.add(stem, id, (float) field.weight());
          lengths[id] += field.weight();
          if (previous != null) {
            tokens.pair(((long) PostingsCodec.hash(previous, word) << 32) | id);
          }
          previous = word;
        }
      }
    }
    return tokens;
  }

  /**
   * The index of the documents. Words are split, folded and stemmed, and stored documents
   * compressed, on every core; postings are merged in document order, so the index is the same
   * bytes whatever the threads' timing.
   */
  public static SearchIndex build(List<SearchDocument> unordered) {
    List<SearchDocument> documents = ordered(unordered);
    int n = documents.size();
    Map<String, String> concurrentStems = new java.util.concurrent.ConcurrentHashMap<>();
    Map<String, Postings> byStem = new HashMap<>();
    double[] lengths = new double[n];
    double[] kindWeights = new double[n];
    for (int id = 0; id < n; id++) {
      kindWeights[id] = KIND_WEIGHT.get(documents.get(id).kind());
    }
    long[] pairs = new long[1024];
    int pairCount = 0;
    int chunks = (n + CHUNK - 1) / CHUNK;
    for (int window = 0; window < chunks; window += WINDOW) {
      List<Tokens> part = java.util.stream.IntStream.range(window, Math.min(chunks, window + WINDOW)).parallel()
          .mapToObj(c -> tokenize(documents, c * CHUNK, Math.min(n, (c + 1) * CHUNK), concurrentStems, lengths))
          .toList();
      for (Tokens tokens : part) {
        Postings last = null;
        String lastStem = null;
        for (int i = 0; i < tokens.count; i++) {
          if (tokens.stems[i] != lastStem) {
            lastStem = tokens.stems[i];
            last = byStem.computeIfAbsent(lastStem, k -> new Postings());
          }
          last.add(tokens.ids[i], tokens.weights[i]);
        }
        if (pairCount + tokens.pairCount > pairs.length) {
          pairs = Arrays.copyOf(pairs, Math.max(pairs.length * 2, pairCount + tokens.pairCount));
        }
        System.arraycopy(tokens.pairs, 0, pairs, pairCount, tokens.pairCount);
        pairCount += tokens.pairCount;
      }
    }
    Map<String, String> stemOfWord = new TreeMap<>(concurrentStems);
    double total = 0;
    for (double length : lengths) {
      total += length;
    }
    double averageLength = n == 0 ? 1 : Math.max(1e-9, total / n);

    Packs packs = new Packs();
    Map<String, Object[]> stemEntries = new HashMap<>();
    Map<String, int[][]> tops = new HashMap<>();
    for (String stem : new TreeMap<>(byStem).keySet()) {
      Postings p = byStem.get(stem);
      int[][] top = top(p, n, lengths, averageLength, kindWeights);
      tops.put(stem, top);
      Place place = packs.add(PostingsCodec.record(p.ids, p.size, top[0], top[1]));
      stemEntries.put(stem, new Object[] {stem, p.size, place.pack(), place.offset(), place.length()});
    }

    SortedMap<String, WordShard> shards = new TreeMap<>();
    Map<String, List<String>> byFirst = new TreeMap<>();
    for (String word : stemOfWord.keySet()) {
      byFirst.computeIfAbsent(word.substring(0, word.offsetByCodePoints(0, 1)), k -> new ArrayList<>()).add(word);
    }
    byFirst.forEach((key, words) -> split(key, words, stemOfWord, stemEntries, shards));

    SortedMap<String, SortedMap<String, long[]>> prefixShards = prefixes(stemOfWord, byStem, tops, stemEntries,
        new java.util.TreeSet<>(shards.keySet()), packs);

    List<byte[]> pairShards = new ArrayList<>();
    int pairBits = pairs(pairs, pairCount, packs, pairShards);

    Packs docPacks = new Packs();
    java.nio.ByteBuffer docIndex = java.nio.ByteBuffer.allocate(12 * n);
    com.fasterxml.jackson.databind.ObjectWriter json = new com.fasterxml.jackson.databind.ObjectMapper().writer();
    for (int from = 0; from < n; from += CHUNK * WINDOW) {
      List<byte[]> records = documents.subList(from, Math.min(n, from + CHUNK * WINDOW)).parallelStream()
          .map(d -> {
            try {
              return deflate(json.writeValueAsBytes(new StoredDocument(d.kind(), d.url(), d.title(), d.crumbs(),
                  d.byline(), d.text())));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
              throw new IllegalStateException(e);
            }
          })
          .toList();
      for (byte[] record : records) {
        Place place = docPacks.add(record);
        docIndex.putInt(place.pack()).putInt(place.offset()).putInt(place.length());
      }
    }
    Meta meta = new Meta(VERSION, n, kinds(documents), List.copyOf(shards.keySet()),
        List.copyOf(prefixShards.keySet()), pairBits, SearchText.STOP_WORDS.stream().sorted().toList());
    return new SearchIndex(meta, shards, prefixShards, pairShards, packs.finish(), docPacks.finish(),
        docIndex.array());
  }

  /** Raw DEFLATE (no header), which the browser's {@code DecompressionStream("deflate-raw")} reads. */
  static byte[] deflate(byte[] bytes) {
    java.util.zip.Deflater deflater = DEFLATERS.get();
    deflater.reset();
    deflater.setInput(bytes);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 16);
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    return out.toByteArray();
  }

  /** One compressor a thread, reset for each record: making one costs more than a small record's compression. */
  private static final ThreadLocal<java.util.zip.Deflater> DEFLATERS =
      ThreadLocal.withInitial(() -> new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION, true));

  /** The documents by kind, then newest year first (undated last), then as given. */
  static List<SearchDocument> ordered(List<SearchDocument> documents) {
    Integer[] order = new Integer[documents.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> SearchDocument.KINDS.indexOf(documents.get(i).kind()))
        .thenComparingInt(i -> documents.get(i).year() == 0 ? Integer.MAX_VALUE : -documents.get(i).year())
        .thenComparingInt(i -> i));
    List<SearchDocument> sorted = new ArrayList<>(order.length);
    for (Integer i : order) {
      sorted.add(documents.get(i));
    }
    return sorted;
  }

  private static List<KindRange> kinds(List<SearchDocument> documents) {
    List<KindRange> ranges = new ArrayList<>();
    int i = 0;
    while (i < documents.size()) {
      String kind = documents.get(i).kind();
      int from = i;
      List<int[]> years = new ArrayList<>();
      while (i < documents.size() && documents.get(i).kind().equals(kind)) {
        int year = documents.get(i).year();
        int yearFrom = i;
        while (i < documents.size() && documents.get(i).kind().equals(kind) && documents.get(i).year() == year) {
          i++;
        }
        years.add(new int[] {year, yearFrom, i});
      }
      ranges.add(new KindRange(kind, from, i, years));
    }
    return ranges;
  }

  /** The {@link #TOP} best documents of a stem by BM25: their ids ascending and their scores (1 to 255). */
  private static int[][] top(Postings p, int documents, double[] lengths, double averageLength,
      double[] kindWeights) {
    double idf = Math.log(1 + (documents - p.size + 0.5) / (p.size + 0.5));
    long[] ranked = new long[p.size];
    for (int i = 0; i < p.size; i++) {
      double tf = p.frequencies[i];
      double norm = K1 * (1 - B + B * lengths[p.ids[i]] / averageLength);
      int score = (int) Math.max(1, Math.min(255,
          Math.round(10 * kindWeights[p.ids[i]] * idf * tf * (K1 + 1) / (tf + norm))));
      ranked[i] = ((long) (255 - score) << 32) | p.ids[i];
    }
    Arrays.sort(ranked);
    int kept = Math.min(TOP, p.size);
    long[] best = Arrays.copyOf(ranked, kept);
    Arrays.sort(best, 0, kept);
    int[] ids = new int[kept];
    int[] scores = new int[kept];
    long[] byId = new long[kept];
    for (int i = 0; i < kept; i++) {
      byId[i] = ((best[i] & 0xffffffffL) << 8) | (255 - (best[i] >>> 32));
    }
    Arrays.sort(byId);
    for (int i = 0; i < kept; i++) {
      ids[i] = (int) (byId[i] >>> 8);
      scores[i] = (int) (byId[i] & 0xff);
    }
    return new int[][] {ids, scores};
  }

  private static void split(String key, List<String> words, Map<String, String> stems, Map<String, Object[]> entries,
      SortedMap<String, WordShard> into) {
    int keyLength = key.codePointCount(0, key.length());
    if (estimate(words, stems) <= SHARD_BYTES || keyLength >= MAX_KEY) {
      into.put(key, shard(words, stems, entries));
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
      into.put(key, shard(exact, stems, entries));
    }
    children.forEach((child, list) -> split(child, list, stems, entries, into));
  }

  private static WordShard shard(List<String> words, Map<String, String> stems, Map<String, Object[]> entries) {
    SortedMap<String, Integer> dictionary = new TreeMap<>();
    List<Object[]> list = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (String word : words) {
      String stem = stems.get(word);
      Integer at = index.get(stem);
      if (at == null) {
        at = list.size();
        index.put(stem, at);
        list.add(entries.get(stem));
      }
      dictionary.put(word, at);
    }
    return new WordShard(dictionary, list);
  }

  /** Roughly the JSON size of a shard: its words and its stems' entries. */
  private static long estimate(List<String> words, Map<String, String> stems) {
    long size = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String word : words) {
      size += word.length() + 6;
      String stem = stems.get(word);
      if (seen.add(stem)) {
        size += stem.length() + 24;
      }
    }
    return size;
  }

  /**
   * The prefixes that stand for too many words, or too large records, or too many word shards,
   * for the browser to gather: each gets a record of the union of its words' documents, filed
   * under its first two letters.
   */
  private static SortedMap<String, SortedMap<String, long[]>> prefixes(Map<String, String> stemOfWord,
      Map<String, Postings> byStem, Map<String, int[][]> tops, Map<String, Object[]> entries,
      java.util.NavigableSet<String> shardKeys, Packs packs) {
    SortedMap<String, SortedMap<String, long[]>> shards = new TreeMap<>();
    List<String> words = new ArrayList<>(stemOfWord.keySet());
    for (int length = MIN_PREFIX; ; length++) {
      boolean any = false;
      int i = 0;
      while (i < words.size()) {
        String word = words.get(i);
        if (word.codePointCount(0, word.length()) < length) {
          i++;
          continue;
        }
        any = true;
        String prefix = word.substring(0, word.offsetByCodePoints(0, length));
        int end = i;
        java.util.LinkedHashSet<String> stems = new java.util.LinkedHashSet<>();
        long bytes = 0;
        while (end < words.size() && words.get(end).startsWith(prefix)) {
          if (stems.add(stemOfWord.get(words.get(end)))) {
            bytes += ((Number) entries.get(stemOfWord.get(words.get(end)))[4]).longValue();
          }
          end++;
        }
        if (stems.size() > PREFIX_STEMS || bytes > PREFIX_BYTES || shardsUnder(prefix, shardKeys) > PREFIX_SHARDS) {
          Place place = packs.add(union(stems, byStem, tops));
          int docs = documentsOf(stems, byStem).length;
          shards.computeIfAbsent(prefix.substring(0, prefix.offsetByCodePoints(0, 2)), k -> new TreeMap<>())
              .put(prefix, new long[] {docs, place.pack(), place.offset(), place.length()});
        }
        i = end;
      }
      if (!any) {
        break;
      }
    }
    return shards;
  }

  /** How many word shards the words starting with a prefix may be in. */
  private static int shardsUnder(String prefix, java.util.NavigableSet<String> keys) {
    int count = keys.subSet(prefix, true, prefix + Character.MAX_VALUE, false).size();
    for (int end = prefix.length() - 1; end > 0; end--) {
      if (keys.contains(prefix.substring(0, end))) {
        count++;
        break;
      }
    }
    return count;
  }

  private static int[] documentsOf(java.util.Collection<String> stems, Map<String, Postings> byStem) {
    int size = 0;
    for (String stem : stems) {
      size += byStem.get(stem).size;
    }
    int[] all = new int[size];
    int at = 0;
    for (String stem : stems) {
      Postings p = byStem.get(stem);
      System.arraycopy(p.ids, 0, all, at, p.size);
      at += p.size;
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int k = 0; k < all.length; k++) {
      if (k == 0 || all[k] != all[k - 1]) {
        all[distinct++] = all[k];
      }
    }
    return Arrays.copyOf(all, distinct);
  }

  /** The record of a prefix: its words' documents, and the best of their best documents. */
  private static byte[] union(java.util.Collection<String> stems, Map<String, Postings> byStem,
      Map<String, int[][]> tops) {
    int[] ids = documentsOf(stems, byStem);
    Map<Integer, Integer> best = new HashMap<>();
    for (String stem : stems) {
      int[][] top = tops.get(stem);
      for (int k = 0; k < top[0].length; k++) {
        best.merge(top[0][k], top[1][k], Math::max);
      }
    }
    List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(best.entrySet());
    ranked.sort(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Map.Entry<Integer, Integer>> kept = new ArrayList<>(ranked.subList(0, Math.min(TOP, ranked.size())));
    kept.sort(Map.Entry.comparingByKey());
    int[] topIds = kept.stream().mapToInt(Map.Entry::getKey).toArray();
    int[] topScores = kept.stream().mapToInt(Map.Entry::getValue).toArray();
    return PostingsCodec.record(ids, ids.length, topIds, topScores);
  }

  /**
   * Writes each pair of adjacent words' documents to the packs and the pair dictionaries to
   * {@code shards}; returns how many top bits of a hash name its shard.
   *
   * <p>A pair shard is a list of entries in hash order: {@code int hash} (big-endian), then
   * varints documents, pack, offset, length.
   */
  private static int pairs(long[] pairs, int count, Packs packs, List<byte[]> shards) {
    // Flipping the sign bit makes the signed sort order the hashes as unsigned numbers, in place.
    for (int i = 0; i < count; i++) {
      pairs[i] ^= Long.MIN_VALUE;
    }
    Arrays.sort(pairs, 0, count);
    long[] sorted = pairs;
    int distinct = 0;
    for (int i = 0; i < count; ) {
      long hash = sorted[i] >>> 32;
      while (i < count && sorted[i] >>> 32 == hash) {
        i++;
      }
      distinct++;
    }
    int bits = 0;
    while ((distinct >> bits) > PAIRS_PER_SHARD && bits < 16) {
      bits++;
    }
    ByteArrayOutputStream[] out = new ByteArrayOutputStream[1 << bits];
    for (int s = 0; s < out.length; s++) {
      out[s] = new ByteArrayOutputStream();
    }
    int[] ids = new int[16];
    for (int i = 0; i < count; ) {
      long hash = (sorted[i] ^ Long.MIN_VALUE) >>> 32;
      int size = 0;
      while (i < count && ((sorted[i] ^ Long.MIN_VALUE) >>> 32) == hash) {
        int id = (int) (sorted[i] ^ Long.MIN_VALUE);
        if (size == 0 || ids[size - 1] != id) {
          if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
          }
          ids[size++] = id;
        }
        i++;
      }
      Place place = packs.add(PostingsCodec.record(ids, size, new int[0], new int[0]));
      ByteArrayOutputStream shard = out[bits == 0 ? 0 : (int) (hash >>> (32 - bits))];
      shard.write((int) (hash >>> 24) & 0xff);
      shard.write((int) (hash >>> 16) & 0xff);
      shard.write((int) (hash >>> 8) & 0xff);
      shard.write((int) hash & 0xff);
      PostingsCodec.varint(shard, size);
      PostingsCodec.varint(shard, place.pack());
      PostingsCodec.varint(shard, place.offset());
      PostingsCodec.varint(shard, place.length());
    }
    for (ByteArrayOutputStream shard : out) {
      shards.add(shard.toByteArray());
    }
    return bits;
  }
}
