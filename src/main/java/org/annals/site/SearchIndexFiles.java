package org.annals.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.annals.render.SitePaths;
import org.annals.search.SearchIndex;

/** Writes a {@link SearchIndex} as compact JSON files under {@code search/index/}. */
final class SearchIndexFiles {
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private SearchIndexFiles() {}

  static void write(SearchIndex index, OutputWriter writer) {
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

  static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
