package org.annals.site;

import java.util.Map;
import org.annals.link.SitePaths;
import org.annals.search.SearchIndex;

/**
 * The files of a {@link SearchIndex} under {@code search/index/}: JSON for the meta file and the word and
 * prefix dictionaries; binary for the pair dictionaries, the packs, and the stored documents with
 * their index.
 */
final class SearchIndexFiles {
  private SearchIndexFiles() {}

  /** The index's files by site-relative path, in a fixed order. */
  static Map<String, byte[]> files(SearchIndex index) {
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    write(index, files::put);
    return files;
  }

  /**
   * Gives each of the index's files to {@code files}, by site-relative path, in a fixed order, one
   * at a time: an index of a large archive keeps its packs in a temporary file until then.
   */
  static void write(SearchIndex index, java.util.function.BiConsumer<String, byte[]> files) {
    String dir = SitePaths.searchIndex();
    files.accept(dir + "meta.json", json(index.meta()));
    for (Map.Entry<String, SearchIndex.WordShard> shard : index.wordShards().entrySet()) {
      files.accept(dir + "terms/" + SearchIndex.shardFile(shard.getKey()) + ".json", json(shard.getValue()));
    }
    index.prefixShards().forEach((key, prefixes) ->
        files.accept(dir + "prefixes/" + SearchIndex.shardFile(key) + ".json", json(prefixes)));
    for (int i = 0; i < index.pairShards().size(); i++) {
      files.accept(dir + "pairs/" + i + ".bin", index.pairShards().get(i));
    }
    for (int i = 0; i < index.packs().size(); i++) {
      files.accept(dir + "packs/" + i + ".bin", index.packs().get(i));
    }
    for (int i = 0; i < index.docPacks().size(); i++) {
      files.accept(dir + "docs/" + i + ".bin", index.docPacks().get(i));
    }
    files.accept(dir + "docs.idx", index.docIndex());
  }

  private static byte[] json(Object value) {
    return org.annals.render.Json.bytes(value);
  }
}
