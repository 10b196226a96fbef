package org.annals.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
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
    return doc("paragraph", 0, title, body);
  }

  private static SearchDocument doc(String kind, int year, String title, String body) {
    return new SearchDocument(kind, "x/#" + title, title, "crumbs", "", year, body,
        List.of(new SearchDocument.Field(title, SearchDocuments.TITLE), new SearchDocument.Field(body, 1)));
  }

  /** The bytes of the record an entry {@code [.., pack, offset, length]} names, from its last three numbers. */
  private static byte[] record(SearchIndex index, Object[] entry, int from) {
    int pack = ((Number) entry[from]).intValue();
    int offset = ((Number) entry[from + 1]).intValue();
    int length = ((Number) entry[from + 2]).intValue();
    return Arrays.copyOfRange(index.packs().get(pack), offset, offset + length);
  }

  /** The record of a word's stem. */
  private static byte[] wordRecord(SearchIndex index, String word) {
    String key = index.meta().shards().stream().filter(word::startsWith)
        .max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
    SearchIndex.WordShard shard = index.wordShards().get(key);
    return record(index, shard.stems().get(shard.words().get(word)), 2);
  }

  /** Document ids of a word's best documents, best first. */
  private static List<Integer> ranking(SearchIndex index, String word) {
    int[][] top = PostingsCodec.top(wordRecord(index, word));
    List<Integer> ids = new ArrayList<>();
    for (int id : top[0]) {
      ids.add(id);
    }
    ids.sort((a, b) -> {
      int sa = top[1][ids.indexOf(a)];
      int sb = top[1][ids.indexOf(b)];
      return sa != sb ? Integer.compare(sb, sa) : Integer.compare(a, b);
    });
    return ids;
  }

  @Test
  void ranksATitleMatchAboveABodyMatchAndKeepsEveryWordsStem() {
    SearchIndex index = SearchIndexBuilder.build(List.of(
        doc("Trade", "Tariffs on steel rose while treaties were signed."),
        doc("Treaties", "Trade grew."),
        doc("Ports", "Ships and trade and more trade.")));
    assertThat(ranking(index, "treaties")).containsExactly(1, 0);
    SearchIndex.WordShard t = index.wordShards().get("t");
    assertThat(t.stems().get(t.words().get("treaties"))[0]).isEqualTo("treati");
    assertThat(t.stems().get(t.words().get("tariffs"))[0]).isEqualTo("tariff");
    assertThat(PostingsCodec.ids(wordRecord(index, "trade"))).containsExactly(0, 1, 2);
  }

  @Test
  void wordsOfOneStemShareOneEntry() {
    SearchIndex index = SearchIndexBuilder.build(List.of(doc("Semiconductors", "A semiconductor plant.")));
    SearchIndex.WordShard s = index.wordShards().get("s");
    assertThat(s.words()).containsEntry("semiconductors", 0).containsEntry("semiconductor", 0);
    assertThat(s.stems()).hasSize(1);
    assertThat(index.meta().shards()).containsExactly("p", "s");
  }

  @Test
  void aVeryCommonWordKeepsEveryDocumentAsABitmapAndItsBestOnesForRanking() {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      docs.add(doc("Doc " + i, (i % 3 == 0 ? "japan " : "") + "filler ".repeat(i % 50)));
    }
    SearchIndex index = SearchIndexBuilder.build(docs);
    byte[] record = wordRecord(index, "japan");
    int[] ids = PostingsCodec.ids(record);
    assertThat(ids).hasSize(70_000 / 3 + 1);
    for (int k = 0; k < ids.length; k++) {
      assertThat(ids[k]).isEqualTo(3 * k);
    }
    // Two chunks: the first (65,536 ids, every third) as a bitmap, the rest as a list.
    assertThat(record.length).isLessThan(8_192 + 4_000);
    int[][] top = PostingsCodec.top(record);
    assertThat(top[0]).hasSize(SearchIndexBuilder.TOP);
    // The best are the shortest documents with the word: those without filler come first.
    assertThat(Arrays.stream(top[0]).allMatch(id -> id % 3 == 0)).isTrue();
    int best = Arrays.stream(top[1]).max().orElseThrow();
    assertThat(top[0][0]).isZero();
    assertThat(top[1][0]).isEqualTo(best);
    for (int k = 0; k < top[0].length; k++) {
      if (top[0][k] % 50 != 0) {
        assertThat(top[1][k]).as("id " + top[0][k]).isLessThanOrEqualTo(best);
      }
    }
  }

  @Test
  void numbersDocumentsByKindThenNewestYearFirst() {
    SearchIndex index = SearchIndexBuilder.build(List.of(
        doc("reference", 2001, "R", "old"), doc("paragraph", 2020, "P1", "new"), doc("paper", 2019, "A", "x"),
        doc("paragraph", 0, "P0", "undated"), doc("paragraph", 2021, "P2", "newer"), doc("paper", 2021, "B", "y")));
    assertThat(SearchIndex.documents(index.docPacks(), index.docIndex()))
        .extracting(json -> json.split("\"")[5]).containsExactly("B", "A", "P2", "P1", "P0", "R");
    List<SearchIndex.KindRange> kinds = index.meta().kinds();
    assertThat(kinds).extracting(SearchIndex.KindRange::kind).containsExactly("paper", "paragraph", "reference");
    assertThat(kinds.get(1).from()).isEqualTo(2);
    assertThat(kinds.get(1).to()).isEqualTo(5);
    assertThat(kinds.get(1).years()).extracting(y -> Arrays.toString(y))
        .containsExactly("[2021, 2, 3]", "[2020, 3, 4]", "[0, 4, 5]");
  }

  @Test
  void theDocumentsOfAPrefixAreEveryIdOnceAscendingWhetherSortedOrMarked() {
    Random random = new Random(7);
    long[] marks = new long[40];
    for (int round = 0; round < 2_000; round++) {
      List<int[]> lists = new ArrayList<>();
      int count = random.nextInt(6);
      int most = 1 + random.nextInt(random.nextBoolean() ? 30 : 200);
      for (int l = 0; l < count; l++) {
        lists.add(random.ints(random.nextInt(most), 0, 64 * marks.length).sorted().distinct().toArray());
      }
      int[] expected = lists.stream().flatMapToInt(Arrays::stream).sorted().distinct().toArray();
      assertThat(SearchIndexBuilder.distinct(lists, marks)).containsExactly(expected);
      assertThat(marks).containsOnly(0L);
    }
  }

  @Test
  void wordsRecentlyNumberedForOneIndexAreNumberedAfreshForTheNext() {
    SearchIndexBuilder.prepare(doc("alpha beta", "alpha beta"), new SearchIndexBuilder.Words());
    SearchIndexBuilder.Words words = new SearchIndexBuilder.Words();
    List<SearchIndexBuilder.Prepared> documents = List.of(
        SearchIndexBuilder.prepare(doc("gamma delta", "beta gamma"), words),
        SearchIndexBuilder.prepare(doc("beta", "beta beta"), words));
    SearchIndex index = SearchIndexBuilder.build(documents, words);
    assertThat(ranking(index, "beta")).containsExactlyInAnyOrder(0, 1);
    assertThat(ranking(index, "gamma")).containsExactly(0);
    assertThat(ranking(index, "delta")).containsExactly(0);
  }

  @Test
  void aPrefixOfManyWordsHasTheRecordOfAllTheirDocuments() {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      docs.add(doc("Doc " + i, "sec" + Integer.toString(i, 36) + "x plain"));
    }
    SearchIndex index = SearchIndexBuilder.build(docs);
    long[] entry = index.prefixShards().get("se").get("sec");
    assertThat(entry[0]).isEqualTo(200);
    byte[] record = Arrays.copyOfRange(index.packs().get((int) entry[1]), (int) entry[2], (int) (entry[2] + entry[3]));
    assertThat(PostingsCodec.ids(record)).hasSize(200);
    assertThat(index.prefixShards().get("pl")).isNull();
  }

  @Test
  void eachPairOfAdjacentWordsNamesTheDocumentsWithThePhrase() {
    SearchIndex index = SearchIndexBuilder.build(List.of(
        doc("A", "The prime minister of Japan met the minister."),
        doc("B", "A minister who was prime."),
        doc("C", "Prime minister Kishida.")));
    assertThat(pair(index, "prime minister")).containsExactly(0, 2);
    assertThat(pair(index, "minister japan")).containsExactly(0);
    assertThat(pair(index, "minister prime")).isNull();
  }

  /** The documents of a pair, read from the pair shards as the browser reads them, or null. */
  private static int[] pair(SearchIndex index, String words) {
    long hash = Integer.toUnsignedLong(PostingsCodec.hash(words));
    int bits = index.meta().pairBits();
    byte[] shard = index.pairShards().get(bits == 0 ? 0 : (int) (hash >>> (32 - bits)));
    int[] at = {0};
    while (at[0] < shard.length) {
      long found = ((shard[at[0]] & 0xffL) << 24) | ((shard[at[0] + 1] & 0xff) << 16) | ((shard[at[0] + 2] & 0xff) << 8)
          | (shard[at[0] + 3] & 0xff);
      at[0] += 4;
      PostingsCodec.readVarint(shard, at);
      Object[] entry = {PostingsCodec.readVarint(shard, at), PostingsCodec.readVarint(shard, at),
          PostingsCodec.readVarint(shard, at)};
      if (found == hash) {
        return PostingsCodec.ids(record(index, entry, 0));
      }
    }
    return null;
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
    for (Map.Entry<String, SearchIndex.WordShard> shard : index.wordShards().entrySet()) {
      assertThat(JSON.writeValueAsBytes(shard.getValue()).length).as(shard.getKey()).isLessThan(24 * 1024);
      assertThat(shard.getValue().words().keySet()).allMatch(w -> w.startsWith(shard.getKey()));
    }
    for (SearchIndex.WordShard shard : index.wordShards().values()) {
      for (String word : shard.words().keySet()) {
        String longest = index.meta().shards().stream().filter(word::startsWith)
            .max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        assertThat(index.wordShards().get(longest).words()).containsKey(word);
      }
    }
    assertThat(SearchIndex.documents(index.docPacks(), index.docIndex())).hasSize(3_000);
  }

  @Test
  void theFirstPapersIndexKeepsToItsBudget() throws Exception {
    LinkedArchive archive = new LinkedArchive(
        new Archive(new SiteConfig("A", "", "en", java.util.Optional.empty()), List.of(Fixtures.firstPaper())),
        List.of(Fixtures.firstPaperLinked()));
    List<SearchDocument> documents = SearchDocuments.of(archive);
    // 1 paper + 1 author + 14 sections + 40 paragraphs + 15 references
    assertThat(documents).hasSize(71);
    SearchIndex index = SearchIndexBuilder.build(documents);
    long raw = 0;
    long gzip = 0;
    List<byte[]> files = new ArrayList<>();
    files.add(JSON.writeValueAsBytes(index.meta()));
    for (SearchIndex.WordShard shard : index.wordShards().values()) {
      files.add(JSON.writeValueAsBytes(shard));
    }
    for (Object shard : index.prefixShards().values()) {
      files.add(JSON.writeValueAsBytes(shard));
    }
    files.addAll(index.docPacks());
    files.add(index.docIndex());
    files.addAll(index.pairShards());
    files.addAll(index.packs());
    for (byte[] file : files) {
      raw += file.length;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(file);
      }
      gzip += out.size();
    }
    System.out.printf("[measure] first paper search index: %d files, %d bytes raw, %d bytes gzip%n",
        files.size(), raw, gzip);
    assertThat(raw).isLessThan(256 * 1024);
    assertThat(gzip).isLessThan(96 * 1024);
  }

  @Test
  void givesTheSameIndexForTheSameDocuments() throws Exception {
    List<SearchDocument> docs = List.of(doc("A b", "c d e"), doc("F", "g h i j"));
    SearchIndex one = SearchIndexBuilder.build(docs);
    SearchIndex two = SearchIndexBuilder.build(docs);
    assertThat(JSON.writeValueAsString(one.wordShards())).isEqualTo(JSON.writeValueAsString(two.wordShards()));
    assertThat(one.packs()).hasSameSizeAs(two.packs());
    for (int i = 0; i < one.packs().size(); i++) {
      assertThat(one.packs().get(i)).isEqualTo(two.packs().get(i));
    }
  }

  @Test
  void theIndexIsTheSameBytesBuiltOnOneThreadAsOnEveryCore(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
      throws Exception {
    java.nio.file.Path content = temp.resolve("content");
    org.annals.ArchiveGenerator.generate(content, 160, 5);
    List<SearchDocument> documents = SearchDocuments.of(Fixtures.linkedArchive(content));
    // More documents than one window of chunks, so that windows and chunks are merged in turn.
    assertThat(documents.size()).isGreaterThan(2 * 64 * 64);
    ObjectMapper json = new ObjectMapper();
    String everyCore = json.writeValueAsString(SearchIndexBuilder.build(documents));
    java.util.concurrent.ForkJoinPool one = new java.util.concurrent.ForkJoinPool(1);
    try {
      String oneThread = json.writeValueAsString(one.submit(() -> SearchIndexBuilder.build(documents)).get());
      assertThat(oneThread).isEqualTo(everyCore);
    } finally {
      one.shutdown();
    }
    java.util.concurrent.ForkJoinPool four = new java.util.concurrent.ForkJoinPool(4);
    try {
      assertThat(json.writeValueAsString(four.submit(() -> SearchIndexBuilder.build(documents)).get()))
          .isEqualTo(everyCore);
    } finally {
      four.shutdown();
    }
  }
  /**
   * Documents that wait in the spill, each paper's together, are taken back grouped by kind: the
   * index is the same bytes as one made in memory, and each byte of the spill is read about once
   * (read a window at a time, each kind's few hundred bytes of a paper cost a window).
   */
  @Test
  void documentsWaitingInTheSpillGiveTheSameIndexReadingEachByteAboutOnce(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path temp) throws Exception {
    java.nio.file.Path content = temp.resolve("content");
    org.annals.ArchiveGenerator.generate(content, 120, 5);
    List<SearchDocument> documents = SearchDocuments.of(Fixtures.linkedArchive(content));
    ObjectMapper json = new ObjectMapper();
    String held = json.writeValueAsString(SearchIndexBuilder.build(documents));
    try (SearchIndexBuilder.Words words = new SearchIndexBuilder.Words(temp)) {
      List<SearchIndexBuilder.Prepared> prepared = documents.stream()
          .map(d -> SearchIndexBuilder.prepare(d, words)).toList();
      long spilled = words.spill.written();
      assertThat(words.spill.bytesRead()).isZero();
      SearchIndex index = SearchIndexBuilder.build(prepared, words);
      long read = words.spill.bytesRead();
      String written = json.writeValueAsString(index);
      long readWhenWritten = words.spill.bytesRead() - read;
      assertThat(written).isEqualTo(held);
      // The documents' terms, records and pairs, and the index's own blocks and packs, which the
      // build writes to the spill too.
      assertThat(read).as("read while building, of %d bytes spilled before and %d after", spilled,
          words.spill.written() - spilled).isLessThan(words.spill.written() + words.spill.written() / 4);
      assertThat(readWhenWritten).as("read when written").isLessThan(words.spill.written());
    }
  }

  /**
   * The best documents of a posting list are those a sort by score (highest first), then id, puts
   * first, whatever the list's length and however many scores tie at the edge of the kept ones.
   */
  @Test
  void bestDocumentsAreTheHighestScoresThenTheLowestIds() {
    Random random = new Random(12);
    for (int trial = 0; trial < 300; trial++) {
      int documents = 1 + random.nextInt(trial < 100 ? 80 : 5_000);
      double[] lengths = new double[documents];
      double[] kinds = new double[documents];
      for (int d = 0; d < documents; d++) {
        lengths[d] = 1 + random.nextInt(trial % 3 == 0 ? 2 : 400);
        kinds[d] = trial % 2 == 0 ? 1.0 : new double[] {0.7, 0.8, 1.0, 1.5}[random.nextInt(4)];
      }
      int[] postings = random.ints(0, documents).limit(1 + random.nextInt(documents)).distinct().sorted().toArray();
      float[] frequencies = new float[postings.length];
      for (int i = 0; i < postings.length; i++) {
        frequencies[i] = (1 + random.nextInt(trial % 4 == 0 ? 1 : 12)) / 2f;
      }
      double average = Arrays.stream(lengths).average().orElse(1);
      int[][] top = SearchIndexBuilder.top(postings, frequencies, documents, lengths, average, kinds);

      // Every document's score, from the same formula, then the sort.
      double idf = Math.log(1 + (documents - postings.length + 0.5) / (postings.length + 0.5));
      List<int[]> all = new ArrayList<>();
      for (int i = 0; i < postings.length; i++) {
        double norm = 1.2 * (1 - 0.75 + 0.75 * lengths[postings[i]] / average);
        int score = (int) Math.max(1, Math.min(255,
            Math.round(10 * kinds[postings[i]] * idf * frequencies[i] * 2.2 / (frequencies[i] + norm))));
        all.add(new int[] {postings[i], score});
      }
      all.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
      List<int[]> expected = new ArrayList<>(all.subList(0, Math.min(SearchIndexBuilder.TOP, all.size())));
      expected.sort((a, b) -> Integer.compare(a[0], b[0]));
      assertThat(top[0]).as("ids, trial %d", trial).containsExactly(expected.stream().mapToInt(e -> e[0]).toArray());
      assertThat(top[1]).as("scores, trial %d", trial).containsExactly(expected.stream().mapToInt(e -> e[1]).toArray());
    }
  }
  /**
   * The pairs of a range come out as a sort of the whole numbers puts them, hash then document,
   * when they are gathered in the order of their documents, as the index gathers them.
   */
  @Test
  void pairsAreOrderedByHashThenDocument() {
    Random random = new Random(7);
    for (int trial = 0; trial < 40; trial++) {
      int documents = 1 + random.nextInt(trial < 20 ? 50 : 20_000);
      int distinctHashes = 1 + random.nextInt(trial % 2 == 0 ? 30 : 100_000);
      int[] hashes = new int[distinctHashes];
      int top = random.nextInt(16) << 28;
      for (int h = 0; h < distinctHashes; h++) {
        hashes[h] = top | random.nextInt(1 << 28);
      }
      List<Long> gathered = new ArrayList<>();
      for (int id = 0; id < documents; id++) {
        int pairs = random.nextInt(12);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int k = 0; k < pairs; k++) {
          int hash = hashes[random.nextInt(distinctHashes)];
          if (seen.add(hash)) {
            gathered.add(((hash & 0xffffffffL) << 32) | id);
          }
        }
      }
      long[] pairs = gathered.stream().mapToLong(Long::longValue).toArray();
      long[] expected = pairs.clone();
      Arrays.sort(expected);
      assertThat(SearchIndexBuilder.PairRanges.byHash(pairs)).as("trial %d", trial).containsExactly(expected);
    }
  }
}
