package org.annals.site;

import java.util.List;
import java.util.Map;
import org.annals.link.SitePaths;
import org.annals.search.SearchIndex;

/** Writes a {@link SearchIndex} as compact JSON files under {@code search/index/}. */
final class SearchIndexFiles {
  private SearchIndexFiles() {}

  static void write(SearchIndex index, SiteOutput writer) {
    String dir = SitePaths.searchIndex();
    writer.write(dir + "meta.json", json(index.meta()));
    for (Map.Entry<String, SearchIndex.TermShard> shard : index.termShards().entrySet()) {
      writer.write(dir + "terms/" + SearchIndex.shardFile(shard.getKey()) + ".json", json(shard.getValue()));
    }
    List<List<SearchIndex.StoredDocument>> docs = index.docShards();
    for (int i = 0; i < docs.size(); i++) {
      writer.write(dir + "docs/" + i + ".json", json(docs.get(i)));
    }
  }

  private static byte[] json(Object value) {
    return org.annals.render.Json.bytes(value);
  }
}
