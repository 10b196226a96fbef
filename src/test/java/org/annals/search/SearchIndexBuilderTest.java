package org.annals.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.annals.Fixtures;
import org.annals.config.SiteConfig;
import org.annals.link.LinkedArchive;
import org.annals.model.Archive;
import org.junit.jupiter.api.Test;

class SearchIndexBuilderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static SearchDocument doc(String title, String body) {
    return new SearchDocument("paragraph", "x/#" + title, title, "crumbs", body,
        List.of(new SearchDocument.Field(title, SearchDocuments.TITLE), new SearchDocument.Field(body, 1)));
  }

  /** Document ids of a stem's postings, best first. */
  private static List<Integer> ranking(SearchIndex index, String word) {
    SearchIndex.TermShard shard = index.termShards().get(word.substring(0, 1));
    int[] postings = shard.postings().get(shard.words().get(word));
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < postings.length; i += 2) {
      ids.add(postings[i]);
    }
    return ids;
  }

  @Test
  void ranksATitleMatchAboveABodyMatchAndRareWordsAboveCommonOnes() {
    SearchIndex index = SearchIndexBuilder.build(List.of(
        doc("Trade", "Tariffs on steel rose while treaties were signed."),
        doc("Treaties", "Trade grew."),
        doc("Ports", "Ships and trade and more trade.")));
    assertThat(ranking(index, "treaties")).containsExactly(1, 0);
    SearchIndex.TermShard t = index.termShards().get("t");
    assertThat(t.words()).containsEntry("treaties", "treati").containsEntry("tariffs", "tariff");
    assertThat(t.postings().get("treati")[1]).isGreaterThan(t.postings().get("treati")[3]);
  }

  @Test
  void keepsEveryWordsStemInItsShardWithThePostings() {
    SearchIndex index = SearchIndexBuilder.build(List.of(doc("Semiconductors", "A semiconductor plant.")));
    SearchIndex.TermShard s = index.termShards().get("s");
    assertThat(s.words()).containsEntry("semiconductors", "semiconductor").containsEntry("semiconductor", "semiconductor");
    assertThat(s.postings()).containsOnlyKeys("semiconductor");
    assertThat(index.meta().shards()).containsExactly("p", "s");
  }

  @Test
  void splitsLargeShardsByLongerPrefixesSoEveryShardStaysSmall() throws Exception {
    Random random = new Random(7);
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        body.append("co").append(Integer.toString(random.nextInt(40_000), 36)).append(' ');
      }
      docs.add(doc("Title " + i, body.toString()));
    }
    SearchIndex index = SearchIndexBuilder.build(docs);
    assertThat(index.meta().shards()).hasSizeGreaterThan(20).anyMatch(k -> k.length() >= 4).doesNotContain("c");
    for (Map.Entry<String, SearchIndex.TermShard> shard : index.termShards().entrySet()) {
      assertThat(JSON.writeValueAsBytes(shard.getValue()).length).as(shard.getKey()).isLessThan(64 * 1024);
      assertThat(shard.getValue().words().keySet()).allMatch(w -> w.startsWith(shard.getKey()));
    }
    // The shard of a word is the one with the longest key that starts it.
    for (SearchIndex.TermShard shard : index.termShards().values()) {
      for (String word : shard.words().keySet()) {
        String longest = index.meta().shards().stream().filter(word::startsWith)
            .max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        assertThat(index.termShards().get(longest).words()).containsKey(word);
      }
    }
    assertThat(index.docShards()).hasSize(3_000 / SearchIndexBuilder.DOC_SHARD_SIZE + 1);
  }

  @Test
  void keepsOnlyTheBestPostingsOfAVeryCommonWord() {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      docs.add(doc("Doc " + i, "japan " + "filler ".repeat(i % 50)));
    }
    int[] postings = SearchIndexBuilder.build(docs).termShards().get("j").postings().get("japan");
    assertThat(postings).hasSize(2 * SearchIndexBuilder.MAX_POSTINGS);
    assertThat(postings[0] % 50).isZero();
  }

  @Test
  void theFirstPapersIndexKeepsToItsBudget() throws Exception {
    LinkedArchive archive = new LinkedArchive(
        new Archive(new SiteConfig("A", "", "en", java.util.Optional.empty()), List.of(Fixtures.firstPaper())),
        List.of(Fixtures.firstPaperLinked()));
    List<SearchDocument> documents = SearchDocuments.of(archive);
    // 1 paper + 14 sections + 40 paragraphs + 15 references
    assertThat(documents).hasSize(70);
    SearchIndex index = SearchIndexBuilder.build(documents);
    long raw = 0;
    long gzip = 0;
    List<Object> files = new ArrayList<>();
    files.add(index.meta());
    files.addAll(index.termShards().values());
    files.addAll(index.docShards());
    for (Object file : files) {
      byte[] json = JSON.writeValueAsBytes(file);
      raw += json.length;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(json);
      }
      gzip += out.size();
    }
    System.out.printf("[measure] first paper search index: %d files, %d bytes raw, %d bytes gzip%n",
        files.size(), raw, gzip);
    assertThat(raw).isLessThan(160 * 1024);
    assertThat(gzip).isLessThan(48 * 1024);
  }

  @Test
  void givesTheSameIndexForTheSameDocuments() throws Exception {
    List<SearchDocument> docs = List.of(doc("A b", "c d e"), doc("F", "g h i j"));
    assertThat(JSON.writeValueAsString(SearchIndexBuilder.build(docs).termShards()))
        .isEqualTo(JSON.writeValueAsString(SearchIndexBuilder.build(docs).termShards()));
  }
}
