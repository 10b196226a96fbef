package org.annals.search;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import java.util.SortedMap;

/**
 * The search index as data, split into files so that a query fetches only what it needs: a small
 * {@link Meta}, term shards named by word prefix, and document shards of a fixed size.
 *
 * @param meta what the browser reads first
 * @param termShards shard key → shard; a word lives in the shard of the longest key that starts it
 * @param docShards the stored documents, {@link Meta#docShardSize} to a shard, in id order
 */
public record SearchIndex(Meta meta, SortedMap<String, TermShard> termShards, List<List<StoredDocument>> docShards) {

  /**
   * The index's entry file.
   *
   * @param version the format version
   * @param documents how many documents there are
   * @param docShardSize documents per document shard: document {@code i} is in shard {@code i / size}
   * @param shards the term shard keys, sorted
   * @param stopWords the words the index leaves out
   */
  public record Meta(int version, int documents, int docShardSize, List<String> shards, List<String> stopWords) {}

  /**
   * The words starting with one key, their stems, and the postings of those stems.
   *
   * @param words folded word → stem
   * @param postings stem → flat pairs of document id and score (BM25 × 100), best first
   */
  public record TermShard(SortedMap<String, String> words, SortedMap<String, int[]> postings) {}

  /**
   * A document as results show it; written as a JSON array to keep shards small.
   *
   * @param kind see {@link SearchDocument#kind()}
   * @param url see {@link SearchDocument#url()}
   * @param title see {@link SearchDocument#title()}
   * @param crumbs see {@link SearchDocument#crumbs()}
   * @param text see {@link SearchDocument#text()}
   */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  public record StoredDocument(String kind, String url, String title, String crumbs, String text) {}

  /** The file name of a term shard: the key's letters and digits, other characters as {@code _hex}. */
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
