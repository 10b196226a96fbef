package org.annals.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.annals.Fixtures;
import org.annals.model.Folding;
import org.junit.jupiter.api.Test;

/** The Java side of the shared search vectors; {@code SearchTextVectorsIT} runs the same file through search.js. */
class SearchTextVectorsTest {
  @Test
  void foldsAsTheVectorsSay() {
    for (String[] v : SearchTextVectors.pairs("fold")) {
      assertThat(Folding.fold(v[0])).as(v[0]).isEqualTo(v[1]);
    }
  }

  @Test
  void keepsTheWordsTheVectorsSay() {
    for (SearchTextVectors.Words v : SearchTextVectors.words()) {
      assertThat(SearchText.words(v.text())).as(v.text()).containsExactlyElementsOf(v.expected());
    }
  }

  @Test
  void leavesOutTheStopWordsTheVectorsList() {
    assertThat(SearchText.STOP_WORDS).containsExactlyInAnyOrderElementsOf(SearchTextVectors.stopWords());
  }

  @Test
  void stemsEveryWordAsTheVectorsSayAndTheFirstPapersIndexHoldsIt() {
    Map<String, String> dictionary = new TreeMap<>();
    SearchIndexBuilder.build(SearchDocuments.of(Fixtures.linkedArchive(Fixtures.firstPaperContent())))
        .wordShards().values().forEach(shard -> shard.words().forEach((word, at) ->
            dictionary.put(word, (String) shard.stems().get(at)[0])));
    SearchText text = new SearchText();
    for (String[] v : SearchTextVectors.pairs("stems")) {
      assertThat(text.stem(v[0])).as(v[0]).isEqualTo(v[1]);
      assertThat(dictionary).as("the first paper's index").containsEntry(v[0], v[1]);
    }
  }

  @Test
  void namesShardFilesAsTheVectorsSay() {
    for (String[] v : SearchTextVectors.pairs("shardFiles")) {
      assertThat(SearchIndex.shardFile(v[0])).as(v[0]).isEqualTo(v[1]);
    }
  }

  @Test
  void hashesPairsAsTheVectorsSay() {
    for (String[] v : SearchTextVectors.pairs("pairHashes")) {
      assertThat(Integer.toUnsignedString(PostingsCodec.hash(v[0]))).as(v[0]).isEqualTo(v[1]);
    }
  }
}
