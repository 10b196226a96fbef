package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.Fixtures;
import org.annals.content.ArchiveReader;
import org.annals.diag.Diagnostics;
import org.annals.link.CitationResolver;
import org.annals.link.LinkedPaper;
import org.annals.link.ResolvedCitation;
import org.annals.render.ArchivePages;
import org.annals.search.SearchDocuments;
import org.annals.search.SearchIndex;
import org.annals.search.SearchIndexBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A paper read for its place, kept by the build cache and taken back, is the same paper: the same
 * model, its citations pointing at the same sections, paragraphs and references, the same warnings
 * and the same search documents.
 */
class ReadingTest {
  static Stream<Path> papers() throws Exception {
    List<Path> folders = new ArrayList<>();
    for (String archive : List.of("browse", "hostile", "joss", "pandoc-syntax")) {
      try (Stream<Path> listed = Files.list(Fixtures.projectDir().resolve("src/test/resources/archives")
          .resolve(archive).resolve("content/papers"))) {
        listed.sorted().forEach(folders::add);
      }
    }
    return folders.stream();
  }

  @org.junit.jupiter.api.io.TempDir
  Path temporary;

  /** The paper in {@code folder}, read whole and its citations resolved, its warnings in {@code warnings}. */
  private static LinkedPaper read(Path folder, Diagnostics warnings) throws java.io.IOException {
    return ArchiveReader.parse(folder, Files.readString(ArchiveReader.paperFile(folder)), false, warnings)
        .map(p -> new CitationResolver(warnings).resolve(p)).orElseThrow();
  }

  /** Words numbered as {@code written} numbered them, by their lexicon kept and loaded as the next build does. */
  private SearchIndexBuilder.Words reloaded(SearchIndexBuilder.Words written) throws java.io.IOException {
    Path lexicon = Files.createTempFile(temporary, "words", "");
    written.save(lexicon, "key");
    SearchIndexBuilder.Words words = new SearchIndexBuilder.Words();
    assertThat(words.load(lexicon, "key")).isTrue();
    return words;
  }

  /**
   * The reading of the paper in {@code folder}, its search documents prepared with {@code written}
   * and added to {@code documents}.
   */
  private static byte[] reading(Path folder, SearchIndexBuilder.Words written,
      List<org.annals.search.SearchDocument> documents) throws java.io.IOException {
    Diagnostics warnings = new Diagnostics();
    LinkedPaper whole = read(folder, warnings);
    List<org.annals.search.SearchDocument> paper = SearchDocuments.of(whole);
    documents.addAll(paper);
    SearchIndexBuilder.Portable portable = new SearchIndexBuilder.Portable();
    paper.forEach(d -> SearchIndexBuilder.prepare(d, written, portable));
    return Reading.encode("key", "d", "s", whole.placeOnly(2, new LinkedPaper.Shared()), warnings, "p", portable);
  }

  /** The bytes in a file, as the build cache keeps them. */
  private Path file(byte[] bytes) throws java.io.IOException {
    return Files.write(Files.createTempFile(temporary, "reading", ""), bytes);
  }

  @ParameterizedTest
  @MethodSource("papers")
  void aPaperTakenFromTheCacheIsThePaperAsRead(Path folder) throws Exception {
    Diagnostics warnings = new Diagnostics();
    String text = Files.readString(ArchiveReader.paperFile(folder));
    LinkedPaper whole = ArchiveReader.parse(folder, text, false, warnings)
        .map(p -> new CitationResolver(warnings).resolve(p)).orElseThrow();
    LinkedPaper place = whole.placeOnly(ArchivePages.PLACES_PER_PAPER, new LinkedPaper.Shared());
    List<org.annals.search.SearchDocument> documents = SearchDocuments.of(whole);

    SearchIndexBuilder.Words written = new SearchIndexBuilder.Words();
    SearchIndexBuilder.Portable portable = new SearchIndexBuilder.Portable();
    documents.forEach(d -> SearchIndexBuilder.prepare(d, written, portable));
    byte[] bytes = Reading.encode("key", "digest", "stamp", place, warnings, "place", portable);
    assertThat(bytes).isNotNull();

    // Not taken with words that do not hold the lexicon it was written with.
    assertThat(Reading.decode(file(bytes), "key", "digest", "stamp", new SearchIndexBuilder.Words(),
        new LinkedPaper.Shared())).isNull();
    // Taken back with the lexicon, as the next build would, beside a document prepared afresh.
    SearchIndexBuilder.Words other = reloaded(written);
    SearchIndexBuilder.prepare(documents.get(documents.size() - 1), other);
    Path kept = file(bytes);
    Reading.Taken taken = Reading.decode(kept, "key", "digest", "stamp", other, new LinkedPaper.Shared());
    assertThat(taken.placeKey()).isEqualTo("place");
    assertThat(taken.linked().paper()).isEqualTo(place.paper());
    assertThat(taken.linked().citations()).isEqualTo(place.citations());
    assertThat(taken.linked().byReference()).isEqualTo(place.byReference());
    assertThat(taken.warnings().list()).isEqualTo(warnings.list());
    // Each citation is one of its paragraph's, naming one of the paper's references, and stands in the
    // paper's own section and paragraph wherever the citation as read did.
    for (int i = 0; i < place.citations().size(); i++) {
      ResolvedCitation before = place.citations().get(i);
      ResolvedCitation after = taken.linked().citations().get(i);
      assertThat(taken.linked().paper().references()).anySatisfy(r -> assertThat(r).isSameAs(after.reference()));
      assertThat(inTree(taken.linked(), after)).isEqualTo(inTree(place, before));
    }
    // The same index, byte for byte, from the documents prepared afresh and from those taken back.
    SearchIndex fresh = SearchIndexBuilder.build(documents);
    SearchIndex back = SearchIndexBuilder.build(taken.documents(), other);
    assertThat(SearchIndexFiles.files(back)).usingRecursiveComparison().isEqualTo(SearchIndexFiles.files(fresh));

    // Bytes for another key, text or folder are not taken.
    assertThat(Reading.decode(kept, "other", "digest", "stamp", other, new LinkedPaper.Shared())).isNull();
    assertThat(Reading.decode(kept, "key", "changed", "stamp", other, new LinkedPaper.Shared())).isNull();
    assertThat(Reading.decode(kept, "key", "digest", "touched", other, new LinkedPaper.Shared())).isNull();
  }

  /** Whether a citation is its paragraph's own, and its section and paragraph the paper's own objects. */
  private static List<Boolean> inTree(LinkedPaper linked, ResolvedCitation c) {
    return List.of(c.paragraph().citations().stream().anyMatch(x -> x == c.citation()),
        linked.paper().allSections().anyMatch(s -> s == c.section()),
        linked.paper().allSections().anyMatch(s -> s.paragraphs().stream().anyMatch(g -> g == c.paragraph())));
  }

  @Test
  void aReadingCutShortIsNotTaken() throws Exception {
    Path folder = papers().findFirst().orElseThrow();
    Diagnostics warnings = new Diagnostics();
    LinkedPaper whole = read(folder, warnings);
    LinkedPaper place = whole.placeOnly(2, new LinkedPaper.Shared());
    byte[] bare = Reading.encode("key", "d", "s", place, warnings, "p", new SearchIndexBuilder.Portable());
    SearchIndexBuilder.Words written = new SearchIndexBuilder.Words();
    SearchIndexBuilder.Portable portable = new SearchIndexBuilder.Portable();
    SearchDocuments.of(whole).forEach(d -> SearchIndexBuilder.prepare(d, written, portable));
    byte[] bytes = Reading.encode("key", "d", "s", place, warnings, "p", portable);
    SearchIndexBuilder.Words other = reloaded(written);
    assertThat(Reading.decode(file(bytes), "key", "d", "s", other, new LinkedPaper.Shared())).isNotNull();
    // Cut in what is read at once, and in the documents' records, left to be read later.
    for (byte[] cut : List.of(java.util.Arrays.copyOf(bare, bare.length - 3),
        java.util.Arrays.copyOf(bytes, bytes.length - 3))) {
      Path kept = file(cut);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Reading.decode(kept, "key", "d", "s", other,
          new LinkedPaper.Shared())).isInstanceOf(java.io.IOException.class);
    }
  }

  @Test
  void theRecordsOfDocumentsTakenAreReadFromTheirFileOnlyWhenTheIndexIsMade() throws Exception {
    Path folder = papers().findFirst().orElseThrow();
    Diagnostics warnings = new Diagnostics();
    LinkedPaper whole = read(folder, warnings);
    List<org.annals.search.SearchDocument> documents = SearchDocuments.of(whole);
    SearchIndexBuilder.Words written = new SearchIndexBuilder.Words();
    SearchIndexBuilder.Portable portable = new SearchIndexBuilder.Portable();
    documents.forEach(d -> SearchIndexBuilder.prepare(d, written, portable));
    byte[] bytes = Reading.encode("key", "d", "s", whole.placeOnly(2, new LinkedPaper.Shared()), warnings, "p",
        portable);
    Path kept = file(bytes);
    Path gone = file(bytes);
    SearchIndexBuilder.Words other = reloaded(written);
    Reading.Taken taken = Reading.decode(kept, "key", "d", "s", other, new LinkedPaper.Shared());
    Reading.Taken deleted = Reading.decode(gone, "key", "d", "s", other, new LinkedPaper.Shared());
    // The file's last bytes are a record's or a pair's: changed after the paper was taken, the index
    // made from it differs, so the index read them from the file.
    bytes[bytes.length - 1] ^= 0x55;
    Files.write(kept, bytes);
    SearchIndex fresh = SearchIndexBuilder.build(documents);
    SearchIndex back = SearchIndexBuilder.build(taken.documents(), other);
    assertThat(SearchIndexFiles.files(back)).usingRecursiveComparison().isNotEqualTo(SearchIndexFiles.files(fresh));
    // Gone before the index is made: an error that names the file.
    Files.delete(gone);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SearchIndexBuilder.build(deleted.documents(), other))
        .hasStackTraceContaining(gone.toString());
  }

  /**
   * The index takes papers' documents kind by kind: each paper's stored records of one kind lie
   * together in its reading, and so do their pairs, so each is read in one run (of a window at
   * most), not a read for each section between paragraphs.
   */
  @Test
  void theIndexReadsEachKindOfAPapersRecordsAndPairsInOneRun() throws Exception {
    SearchIndexBuilder.Words written = new SearchIndexBuilder.Words();
    List<org.annals.search.SearchDocument> all = new ArrayList<>();
    List<byte[]> readings = new ArrayList<>();
    int runs = 0;
    for (Path folder : papers().toList()) {
      List<org.annals.search.SearchDocument> documents = new ArrayList<>();
      readings.add(reading(folder, written, documents));
      all.addAll(documents);
      runs += (int) documents.stream().map(org.annals.search.SearchDocument::kind).distinct().count();
    }
    SearchIndexBuilder.Words words = reloaded(written);
    List<SearchIndexBuilder.Prepared> taken = new ArrayList<>();
    long bytes = 0;
    for (byte[] reading : readings) {
      taken.addAll(Reading.decode(file(reading), "key", "d", "s", words, new LinkedPaper.Shared()).documents());
      bytes += reading.length;
    }
    long sections = all.stream().filter(d -> d.kind().equals("section")).count();
    SearchIndex back = SearchIndexBuilder.build(taken, words);
    assertThat(SearchIndexFiles.files(back)).usingRecursiveComparison()
        .isEqualTo(SearchIndexFiles.files(SearchIndexBuilder.build(all)));
    // Records and pairs: a run each per paper and kind, and one more for each 32 KB they hold.
    assertThat(words.fileReads()).as("%d papers' %d kinds, %d sections", readings.size(), runs, sections)
        .isPositive().isLessThanOrEqualTo(2L * runs + bytes / (32 * 1024));
  }

  /**
   * A count of documents larger than the bytes after it could hold, six numbers a document, is
   * refused as such before anything is made for that many; a count they could hold is read on and
   * refused for what follows.
   */
  @Test
  void aCountOfDocumentsTheBytesCouldNotHoldIsRefusedAsSuch() throws Exception {
    Diagnostics warnings = new Diagnostics();
    LinkedPaper whole = read(papers().findFirst().orElseThrow(), warnings);
    SearchIndexBuilder.Words written = new SearchIndexBuilder.Words();
    SearchIndexBuilder.Portable portable = new SearchIndexBuilder.Portable();
    SearchDocuments.of(whole).forEach(d -> SearchIndexBuilder.prepare(d, written, portable));
    java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
    portable.writeTo(new java.io.DataOutputStream(head));
    java.io.ByteArrayOutputStream blob = new java.io.ByteArrayOutputStream();
    portable.writeBlobTo(blob);
    java.nio.ByteBuffer wrote = java.nio.ByteBuffer.wrap(head.toByteArray());
    long generation = wrote.getLong();
    byte[] payload = new byte[wrote.getInt()];
    wrote.get(payload);
    // The words' numbers: their count, then each as a difference from the one before.
    int[] at = {0};
    long distinct = varint(payload, at);
    for (long i = 0; i < distinct; i++) {
      varint(payload, at);
    }
    int countAt = at[0];
    long count = varint(payload, at);
    int after = payload.length - at[0];
    assertThat(count).isPositive().isLessThan(after / 6);
    SearchIndexBuilder.Words words = reloaded(written);
    Path file = file(blob.toByteArray());
    for (long given : List.of(after / 6L + 1, (long) payload.length, after / 6L)) {
      PlaceCodec.Writer changed = new PlaceCodec.Writer();
      changed.varint(given);
      byte[] number = changed.toByteArray();
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
      out.writeLong(generation);
      out.writeInt(payload.length - (at[0] - countAt) + number.length);
      out.write(payload, 0, countAt);
      out.write(number);
      out.write(payload, at[0], after);
      java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()));
      org.assertj.core.api.AbstractThrowableAssert<?, ?> refused = org.assertj.core.api.Assertions
          .assertThatThrownBy(() -> SearchIndexBuilder.prepared(in, words, file, 0, blob.size()))
          .as("a count of %d documents in %d bytes", given, after).isInstanceOf(java.io.IOException.class);
      if (given > after / 6) {
        refused.hasMessage("a count past the end");
      } else {
        refused.message().isNotEqualTo("a count past the end");
      }
    }
  }

  /** The number at {@code at[0]}, seven bits a byte, lowest first; {@code at[0]} moved past it. */
  private static long varint(byte[] bytes, int[] at) {
    long value = 0;
    int shift = 0;
    byte b;
    do {
      b = bytes[at[0]++];
      value |= (long) (b & 0x7f) << shift;
      shift += 7;
    } while (b < 0);
    return value;
  }

  @Test
  void wordsTheLexiconKeepsButNoDocumentHoldsAreNotIndexed() throws Exception {
    List<Path> folders = papers().limit(2).toList();
    SearchIndexBuilder.Words written = new SearchIndexBuilder.Words();
    List<byte[]> readings = new ArrayList<>();
    List<List<org.annals.search.SearchDocument>> documents = new ArrayList<>();
    for (Path folder : folders) {
      List<org.annals.search.SearchDocument> paper = new ArrayList<>();
      readings.add(reading(folder, written, paper));
      documents.add(paper);
    }
    // The next build has only the second paper: the first one's words stay in the lexicon.
    SearchIndexBuilder.Words next = reloaded(written);
    Reading.Taken second = Reading.decode(file(readings.get(1)), "key", "d", "s", next, new LinkedPaper.Shared());
    SearchIndex fresh = SearchIndexBuilder.build(documents.get(1));
    SearchIndex back = SearchIndexBuilder.build(second.documents(), next);
    assertThat(SearchIndexFiles.files(back)).usingRecursiveComparison().isEqualTo(SearchIndexFiles.files(fresh));
    // Its lexicon, kept again, still takes the first paper's reading back.
    Reading.Taken first = Reading.decode(file(readings.get(0)), "key", "d", "s", reloaded(next),
        new LinkedPaper.Shared());
    assertThat(first).isNotNull();
  }

  @Test
  void papersTakenBackShareTheStringsOfTheWorksTheyCite() throws Exception {
    // Two readings taken back with one Shared, as a build takes every paper's, and with another.
    List<LinkedPaper> taken = new ArrayList<>();
    LinkedPaper.Shared shared = new LinkedPaper.Shared();
    Path folder = papers().findFirst().orElseThrow();
    Diagnostics warnings = new Diagnostics();
    LinkedPaper place = read(folder, warnings).placeOnly(ArchivePages.PLACES_PER_PAPER, new LinkedPaper.Shared());
    assertThat(place.paper().references()).isNotEmpty();
    assertThat(place.citations()).anySatisfy(c -> assertThat(c.citation().sentence().cited()).isNotEmpty());
    SearchIndexBuilder.Words written = new SearchIndexBuilder.Words();
    SearchIndexBuilder.Portable portable = new SearchIndexBuilder.Portable();
    SearchDocuments.of(read(folder, new Diagnostics())).forEach(d -> SearchIndexBuilder.prepare(d, written, portable));
    Path kept = file(Reading.encode("key", "d", "s", place, warnings, "p", portable));
    for (LinkedPaper.Shared each : List.of(shared, shared, new LinkedPaper.Shared())) {
      taken.add(Reading.decode(kept, "key", "d", "s", reloaded(written), each).linked());
    }
    for (int r = 0; r < place.paper().references().size(); r++) {
      org.annals.model.Reference first = taken.get(0).paper().references().get(r);
      org.annals.model.Reference second = taken.get(1).paper().references().get(r);
      org.annals.model.Reference apart = taken.get(2).paper().references().get(r);
      assertThat(second.title()).isSameAs(first.title()).isNotSameAs(apart.title());
      assertThat(second.authors()).zipSatisfy(first.authors(), (a, b) -> assertThat(a).isSameAs(b));
      assertThat(second.container()).isSameAs(first.container());
    }
    for (int c = 0; c < place.citations().size(); c++) {
      org.annals.model.CitingSentence first = taken.get(0).citations().get(c).citation().sentence();
      org.annals.model.CitingSentence second = taken.get(1).citations().get(c).citation().sentence();
      if (!first.cited().isEmpty()) {
        assertThat(second.cited()).isSameAs(first.cited());
      }
    }
    assertThat(taken.get(0).paper()).isEqualTo(place.paper());
    assertThat(taken.get(2).paper()).isEqualTo(place.paper());
  }

  @Test
  void aReadingWithAnyByteOfItsModelChangedIsTakenOrRefusedWithAnIoError() throws Exception {
    // The fixture paper with a citation in a footnote, whose paragraph the paper's tree does not hold.
    Path folder = papers().filter(f -> f.endsWith("notes-and-tables")).findFirst().orElseThrow();
    Diagnostics warnings = new Diagnostics();
    LinkedPaper whole = read(folder, warnings);
    LinkedPaper place = whole.placeOnly(ArchivePages.PLACES_PER_PAPER, new LinkedPaper.Shared());
    assertThat(place.citations()).anySatisfy(c -> assertThat(inTree(place, c).get(2)).isFalse());
    SearchIndexBuilder.Words written = new SearchIndexBuilder.Words();
    SearchIndexBuilder.Portable portable = new SearchIndexBuilder.Portable();
    SearchDocuments.of(whole).forEach(d -> SearchIndexBuilder.prepare(d, written, portable));
    byte[] bytes = Reading.encode("key", "d", "s", place, warnings, "p", portable);
    SearchIndexBuilder.Words words = reloaded(written);
    // The model follows the head (12 bytes), the key, digests and place key (each a length of 2
    // bytes, then its letters) and the model's own length (4 bytes).
    int modelAt = 12 + (2 + "key".length()) + (2 + 1) + (2 + 1) + (2 + 1) + 4;
    int modelLength = java.nio.ByteBuffer.wrap(bytes).getInt(modelAt - 4);
    assertThat(modelLength).isGreaterThan(100);
    int refused = 0;
    for (int at = modelAt; at < modelAt + modelLength; at++) {
      byte[] changed = bytes.clone();
      changed[at] = (byte) ~changed[at];
      Path kept = file(changed);
      try {
        Reading.Taken taken = Reading.decode(kept, "key", "d", "s", words, new LinkedPaper.Shared());
        assertThat(taken).isNotNull();
      } catch (java.io.IOException e) {
        refused++;
      }
      Files.delete(kept);
    }
    // A changed count, length, flag, kind or place is refused; a changed letter of a string is not noticed here.
    assertThat(refused).isGreaterThan(modelLength / 10);
  }

  @Test
  void aCountLongerThanTheModelIsRefusedBeforeAnythingIsMadeForIt() {
    PlaceCodec.Writer writer = new PlaceCodec.Writer();
    writer.varint(1L << 30);
    writer.string("one");
    byte[] bytes = writer.toByteArray();
    PlaceCodec.Reader reader = new PlaceCodec.Reader(bytes, 0, bytes.length, new LinkedPaper.Shared());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.list(reader::string))
        .isInstanceOf(java.io.IOException.class).hasMessage("a list longer than the paper's model");
  }
}
