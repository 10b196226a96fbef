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
    String dir = SitePaths.searchIndex();
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    files.put(dir + "meta.json", json(index.meta()));
    for (Map.Entry<String, SearchIndex.WordShard> shard : index.wordShards().entrySet()) {
      files.put(dir + "terms/" + SearchIndex.shardFile(shard.getKey()) + ".json", json(shard.getValue()));
    }
    index.prefixShards().forEach((key, prefixes) ->
        files.put(dir + "prefixes/" + SearchIndex.shardFile(key) + ".json", json(prefixes)));
    for (int i = 0; i < index.pairShards().size(); i++) {
      files.put(dir + "pairs/" + i + ".bin", index.pairShards().get(i));
    }
    for (int i = 0; i < index.packs().size(); i++) {
      files.put(dir + "packs/" + i + ".bin", index.packs().get(i));
    }
    for (int i = 0; i < index.docPacks().size(); i++) {
      files.put(dir + "docs/" + i + ".bin", index.docPacks().get(i));
    }
    files.put(dir + "docs.idx", index.docIndex());
    return files;
  }

  private static byte[] json(Object value) {
    return org.annals.render.Json.bytes(value);
  }
}
