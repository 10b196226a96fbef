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
 * @param docPacks the stored documents, each a JSON array in UTF-8 compressed by raw DEFLATE,
 *     concatenated in id order
 * @param docIndex where each document is: three big-endian 32-bit numbers per id, its doc pack,
 *     offset and length, so the browser reads one document with two small range requests
 */
public record SearchIndex(Meta meta, SortedMap<String, WordShard> wordShards,
    SortedMap<String, SortedMap<String, long[]>> prefixShards, List<byte[]> pairShards, List<byte[]> packs,
    List<byte[]> docPacks, byte[] docIndex) {

  /**
   * The index's entry file.
   *
   * @param version the format version
   * @param documents how many documents there are
   * @param kinds each kind's range of ids and, within it, each year's
   * @param shards the word shard keys, sorted
   * @param prefixShards the keys of the prefix shards, sorted
   * @param pairBits how many top bits of a pair's hash name its shard
   * @param stopWords the words the index leaves out
   */
  public record Meta(int version, int documents, List<KindRange> kinds, List<String> shards,
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

  /** The documents of an index as written: the JSON of each, by id. */
  public static List<String> documents(List<byte[]> docPacks, byte[] docIndex) {
    java.nio.ByteBuffer index = java.nio.ByteBuffer.wrap(docIndex);
    List<String> documents = new java.util.ArrayList<>();
    while (index.remaining() >= 12) {
      int pack = index.getInt();
      int offset = index.getInt();
      int length = index.getInt();
      documents.add(inflate(docPacks.get(pack), offset, length));
    }
    return documents;
  }

  /** The text of a document stored by raw DEFLATE. */
  public static String inflate(byte[] bytes, int offset, int length) {
    java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
    inflater.setInput(bytes, offset, length);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(length * 3);
    byte[] buffer = new byte[4096];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buffer, 0, n);
      }
    } catch (java.util.zip.DataFormatException e) {
      throw new IllegalArgumentException("not a stored document", e);
    } finally {
      inflater.end();
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

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
