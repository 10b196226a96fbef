package org.annals.site;

import java.util.Map;
import org.annals.link.SitePaths;
import org.annals.search.SearchIndex;

/**
 * Writes a {@link SearchIndex} under {@code search/index/}: JSON for the meta file and the word and
 * prefix dictionaries; binary for the pair dictionaries, the packs, and the stored documents with
 * their index.
 */
final class SearchIndexFiles {
  private SearchIndexFiles() {}

  static void write(SearchIndex index, SiteOutput writer) {
    String dir = SitePaths.searchIndex();
    writer.write(dir + "meta.json", json(index.meta()));
    for (Map.Entry<String, SearchIndex.WordShard> shard : index.wordShards().entrySet()) {
      writer.write(dir + "terms/" + SearchIndex.shardFile(shard.getKey()) + ".json", json(shard.getValue()));
    }
    index.prefixShards().forEach((key, prefixes) ->
        writer.write(dir + "prefixes/" + SearchIndex.shardFile(key) + ".json", json(prefixes)));
    for (int i = 0; i < index.pairShards().size(); i++) {
      writer.write(dir + "pairs/" + i + ".bin", index.pairShards().get(i));
    }
    for (int i = 0; i < index.packs().size(); i++) {
      writer.write(dir + "packs/" + i + ".bin", index.packs().get(i));
    }
    for (int i = 0; i < index.docPacks().size(); i++) {
      writer.write(dir + "docs/" + i + ".bin", index.docPacks().get(i));
    }
    writer.write(dir + "docs.idx", index.docIndex());
  }

  private static byte[] json(Object value) {
    return org.annals.render.Json.bytes(value);
  }
}
