package org.annals.search;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.SortedMap;

/**
 * The search index as files, so that a query fetches only what it needs and always gets exact
 * answers. Documents are numbered by kind (papers, authors, sections, paragraphs, references),
 * newest year first within a kind, so that narrowing by kind or year is a range of numbers. Every
 * word's documents are stored in full, in {@link PostingsCodec}'s form, in pack files read by
 * byte range; dictionaries say where.
 *
 * @param meta what the browser reads first
 * @param wordShards shard key → the words starting with it; a word lives in the shard of the
 *     longest key that starts it
 * @param prefixShards first two letters → the prefixes with so many words that their documents
 *     are stored together: prefix → {@code [documents, pack, offset, length]}
 * @param pairShards the pairs of adjacent words (for phrases), by the top bits of their hash
 * @param packs the records of words, prefixes and pairs, concatenated
 * @param docShards the stored documents, {@link Meta#docShardSize} to a shard, in id order
 */
public record SearchIndex(Meta meta, SortedMap<String, WordShard> wordShards,
    SortedMap<String, SortedMap<String, long[]>> prefixShards, List<byte[]> pairShards, List<byte[]> packs,
    List<List<StoredDocument>> docShards) {

  /**
   * The index's entry file.
   *
   * @param version the format version
   * @param documents how many documents there are
   * @param docShardSize documents per document shard: document {@code i} is in shard {@code i / size}
   * @param kinds each kind's range of ids and, within it, each year's
   * @param shards the word shard keys, sorted
   * @param prefixShards the keys of the prefix shards, sorted
   * @param pairBits how many top bits of a pair's hash name its shard
   * @param stopWords the words the index leaves out
   */
  public record Meta(int version, int documents, int docShardSize, List<KindRange> kinds, List<String> shards,
      List<String> prefixShards, int pairBits, List<String> stopWords) {}

  /**
   * The ids of one kind of document, {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param kind the kind
   * @param from the first id
   * @param to one past the last id
   * @param years {@code [year, from, to]} for each year, newest first; year 0 holds the undated
   */
  public record KindRange(String kind, int from, int to, List<int[]> years) {}

  /**
   * The words starting with one key and where their stems' records are.
   *
   * @param words folded word → index of its stem in {@code stems}
   * @param stems {@code [stem, documents, pack, offset, length]}
   */
  public record WordShard(SortedMap<String, Integer> words, List<Object[]> stems) {}

  /**
   * A document as results show it; written as a JSON array to keep shards small.
   *
   * @param kind see {@link SearchDocument#kind()}
   * @param url see {@link SearchDocument#url()}
   * @param title see {@link SearchDocument#title()}
   * @param crumbs see {@link SearchDocument#crumbs()}
   * @param byline see {@link SearchDocument#byline()}
   * @param text see {@link SearchDocument#text()}
   */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  public record StoredDocument(String kind, String url, String title, String crumbs, String byline, String text) {}

  /** The file name of a word shard: the key's letters and digits, other characters as {@code _hex}. */
  public static String shardFile(String key) {
    StringBuilder name = new StringBuilder();
    key.codePoints().forEach(c -> {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        name.appendCodePoint(c);
      } else {
        name.append(String.format(java.util.Locale.ROOT, "_%05x", c));
      }
    });
    return name.length() == 0 ? "_" : name.toString();
  }
}
