package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.annals.ArchiveGenerator;
import org.annals.Fixtures;
import org.annals.diag.BuildFailedException;
import org.annals.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second {@code annals build} into the same output keeps the files of the papers that did not
 * change, and writes the same bytes as a build from nothing.
 */
class BuildCacheTest {
  @TempDir
  Path temp;

  @Test
  void aSecondBuildKeepsTheUnchangedPapersAndWritesWhatACleanBuildWrites() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 24, 9);
    Path out = temp.resolve("site");
    BuildResult first = build(content, out, true);
    assertThat(first.keptPapers()).isZero();
    assertThat(first.unreadPapers()).isZero();
    assertThat(Files.isRegularFile(BuildCache.fileFor(out))).isTrue();

    Path paper = content.resolve("papers/paper-0007/paper.md");
    String text = Files.readString(paper);
    int cited = text.indexOf(")", text.indexOf("## 2. "));
    int sentence = text.lastIndexOf(". ", cited);
    List<String> edits = List.of(
        // A sentence without a citation: the archive's own pages stay as they were.
        text.replaceFirst("(## 2\\. [^\\n]*\\n\\n)", "$1A sentence about zanzibar, which cites nothing. "),
        // A citing sentence, which the pages of works cited across papers show.
        text.substring(0, sentence + 2) + "Zanzibar " + text.substring(sentence + 2),
        // The title, which every list shows, and the pages of the papers that cite the paper.
        text.replaceFirst("title: \"", "title: \"Zanzibar: "),
        text);
    for (int round = 0; round < edits.size(); round++) {
      Map<String, Object> before = inodes(out);
      Map<String, String> bytesBefore = digests(out);
      Files.writeString(paper, edits.get(round));
      BuildResult again = build(content, out, true);
      Map<String, Object> after = inodes(out);
      // A file the build makes again with the same bytes is not written again: the search index's
      // files that the edit leaves as they were, and the archive's pages that show nothing it changed.
      Map<String, String> bytesAfter = digests(out);
      List<String> sameBytes = bytesAfter.keySet().stream()
          .filter(f -> bytesAfter.get(f).equals(bytesBefore.get(f))).toList();
      assertThat(sameBytes).as("round %d", round).isNotEmpty().anyMatch(f -> f.startsWith("search/index/"));
      for (String f : sameBytes) {
        assertThat(after.get(f)).as("round %d: %s", round, f).isEqualTo(before.get(f));
      }
      // The edited paper is written again; every other paper is kept, but for the papers whose pages
      // show the changed (or restored) title. A kept file is the very file the last build left.
      assertThat(again.keptPapers()).as("round %d", round).isBetween(round >= 2 ? 1 : 23, 23);
      // Every paper but the edited one is taken as the last build read it, without reading it.
      assertThat(again.unreadPapers()).as("round %d", round).isEqualTo(23);
      List<String> keptPages = before.keySet().stream()
          .filter(f -> f.matches("papers/paper-\\d+/index\\.html") && before.get(f).equals(after.get(f))).toList();
      assertThat(keptPages).as("round %d", round).hasSizeGreaterThanOrEqualTo(again.keptPapers());
      // What the edit changed is written again.
      List<String> changed = bytesAfter.keySet().stream()
          .filter(f -> !bytesAfter.get(f).equals(bytesBefore.get(f))).toList();
      assertThat(changed).as("round %d", round).anyMatch(f -> f.startsWith("papers/paper-0007/"));
      for (String f : changed) {
        assertThat(after.get(f)).as("round %d: %s", round, f).isNotEqualTo(before.get(f));
      }
      assertThat(again.keptArchive()).as("round %d: the archive's own pages kept", round).isEqualTo(round == 0);
      Path clean = temp.resolve("clean-" + round);
      BuildResult fresh = build(content, clean, false);
      Fixtures.assertSameFiles(clean, out);
      assertThat(List.of(again.pages(), again.files(), again.bytes()))
          .isEqualTo(List.of(fresh.pages(), fresh.files(), fresh.bytes()));
    }
  }

  /**
   * Each {@code annals build} is a JVM of its own, and what a build compares with the last (every
   * paper's place) must not depend on anything that differs from one JVM to the next, such as the
   * order of a {@code Map.of}: after edits to a paragraph, each built in a new JVM, the archive's
   * own pages are kept.
   */
  @Test
  void buildsInNewJvmsKeepTheArchivesOwnPages() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 4, 11);
    Path out = temp.resolve("site");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), org.annals.cli.Main.class.getName(), "build", "--content",
        content.toString(), "--out", out.toString());
    run(command);
    Map<String, Object> first = inodes(out);
    Path paper = content.resolve("papers/paper-0001/paper.md");
    String text = Files.readString(paper);
    for (int round = 0; round < 4; round++) {
      Files.writeString(paper, text.replaceFirst("(## 2\\. [^\\n]*\\n\\n)", "$1Zanzibar, round " + round + ". "));
      assertThat(run(command)).as("round %d", round)
          .contains("; 3 unchanged papers and the archive's own pages kept");
      Map<String, Object> again = inodes(out);
      assertThat(again.get("index.html")).as("round %d: the home page kept", round).isEqualTo(first.get("index.html"));
      assertThat(again.get("feed.xml")).as("round %d: the feed kept", round).isEqualTo(first.get("feed.xml"));
    }
  }

  /** Runs a command to its end; what it printed. */
  /**
   * With every paper unchanged, the search index is the last build's: its files are kept as they
   * are, unless one is no longer as the last build left it; one edited paper makes it again.
   */
  @Test
  void aBuildWithEveryPaperUnchangedKeepsTheSearchIndexAsTheLastBuildLeftIt() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 12, 4);
    Path out = temp.resolve("site");
    assertThat(build(content, out, true).keptIndex()).isFalse();
    Path clean = temp.resolve("clean");
    build(content, clean, false);

    Map<String, Object> before = inodes(out);
    BuildResult again = build(content, out, true);
    assertThat(again.keptIndex()).isTrue();
    assertThat(again.summary()).endsWith("; 12 unchanged papers, the archive's own pages and its search index kept");
    Map<String, Object> after = inodes(out);
    List<String> index = after.keySet().stream().filter(f -> f.startsWith("search/index/")).toList();
    assertThat(index).hasSizeGreaterThan(10);
    for (String f : index) {
      assertThat(after.get(f)).as(f).isEqualTo(before.get(f));
    }
    Fixtures.assertSameFiles(clean, out);

    // A file of the index removed, or changed, since: the index is made again.
    Path meta = out.resolve("search/index/meta.json");
    Files.delete(meta);
    assertThat(build(content, out, true).keptIndex()).isFalse();
    Fixtures.assertSameFiles(clean, out);
    Files.writeString(meta, "{}");
    assertThat(build(content, out, true).keptIndex()).isFalse();
    Fixtures.assertSameFiles(clean, out);
    assertThat(build(content, out, true).keptIndex()).isTrue();

    // One paper edited: its words are in the index, which is made again.
    Path paper = content.resolve("papers/paper-0003/paper.md");
    Files.writeString(paper, Files.readString(paper)
        .replaceFirst("(## 2\\. [^\\n]*\\n\\n)", "$1A sentence about zanzibar, which cites nothing. "));
    BuildResult edited = build(content, out, true);
    assertThat(edited.keptIndex()).isFalse();
    assertThat(edited.keptArchive()).isTrue();
    Path cleanAfter = temp.resolve("clean-after");
    build(content, cleanAfter, false);
    Fixtures.assertSameFiles(cleanAfter, out);
    assertThat(Files.readString(out.resolve("search/index/meta.json")))
        .isEqualTo(Files.readString(cleanAfter.resolve("search/index/meta.json")));
  }

  private static String run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(printed).isZero();
    return printed;
  }

  /**
   * A paper whose files have the names, sizes and times of change the last build found, all well
   * before it began, is known by that build's digest of its text without reading it; a text changed
   * during that build, or rewritten since with the same size and its time of change put back, is
   * read again.
   */
  @Test
  void aTextAsTheLastBuildFoundItLongBeforeItBeganIsKnownUnreadAndAChangedOneIsRead() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 3, 14);
    Path out = temp.resolve("site");
    build(content, out, true);
    // Written just before that build began: any of them may have changed while it read them.
    for (String paper : List.of("paper-0000", "paper-0001", "paper-0002")) {
      assertThat(settled(content, out, paper)).as(paper).isNull();
    }
    Thread.sleep(BuildCache.SETTLED_MILLIS + 250);
    assertThat(build(content, out, true).unreadTexts()).isZero();
    for (String paper : List.of("paper-0000", "paper-0001", "paper-0002")) {
      String text = Files.readString(content.resolve("papers/" + paper + "/paper.md"));
      assertThat(settled(content, out, paper)).as(paper).isEqualTo(BuildCache.digest(text));
    }
    BuildResult unread = build(content, out, true);
    assertThat(unread.unreadTexts()).isEqualTo(3);
    assertThat(unread.unreadPapers()).isEqualTo(3);
    Fixtures.assertSameFiles(buildClean(options(content, out), "clean-unread"), out);

    Path paper = content.resolve("papers/paper-0002/paper.md");
    java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(paper);
    String text = Files.readString(paper);
    int at = text.indexOf("## 2. ") + 6;
    String swapped = text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
    assertThat(swapped).isNotEqualTo(text).hasSameSizeAs(text);
    Files.writeString(paper, swapped);
    Files.setLastModifiedTime(paper, modified);
    assertThat(BuildCache.listed(paper.getParent(), dir -> true).text())
        .as("same names, sizes and times of change").isEqualTo(BuildCache.listing(paper.getParent(), dir -> true));
    assertThat(settled(content, out, "paper-0002")).as("its status changed since").isNull();
    assertThat(settled(content, out, "paper-0000")).isNotNull();
    BuildResult again = build(content, out, true);
    assertThat(again.unreadPapers()).isEqualTo(2);
    assertThat(again.unreadTexts()).isEqualTo(2);
    Fixtures.assertSameFiles(buildClean(options(content, out), "clean"), out);
    assertThat(Files.readString(out.resolve("papers/paper-0002/full/index.html")))
        .contains(swapped.substring(at, swapped.indexOf('\n', at)));
  }

  /** The digest the cache of the last build into {@code out} knows a paper's text by, unread; or null. */
  private static String settled(Path content, Path out, String paper) {
    BuildCache.Listing listed = BuildCache.listed(content.resolve("papers").resolve(paper), dir -> true);
    return BuildCache.open(options(content, out)).settledDigest(paper, BuildCache.digest(listed.text()), listed);
  }

  @Test
  void aChangeToSettingsTemplatesStaticFilesOrOptionsMakesEveryPageAgain() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 6, 4);
    Path templates = temp.resolve("templates");
    Path statics = temp.resolve("static");
    Files.createDirectories(templates);
    Files.createDirectories(statics);
    Path out = temp.resolve("site");
    BuildOptions options = options(content, templates, statics, out, Optional.empty());
    build(options, true);
    assertThat(build(options, true).keptPapers()).isEqualTo(6);

    Path template = Fixtures.projectDir().resolve("templates");
    try (var files = Files.list(template)) {
      Path one = files.filter(f -> f.toString().endsWith(".ftlh")).sorted().findFirst().orElseThrow();
      Files.writeString(templates.resolve(one.getFileName()), Files.readString(one) + "\n<#-- changed -->\n");
    }
    assertThat(build(options, true).keptPapers()).as("after a template changed").isZero();
    assertThat(build(options, true).keptPapers()).isEqualTo(6);

    Files.writeString(statics.resolve("robots-extra.txt"), "User-agent: *\n");
    assertThat(build(options, true).keptPapers()).as("after a static file was added").isZero();

    Path settings = content.resolve("site.yaml");
    Files.writeString(settings, Files.readString(settings).replaceFirst("title: ", "title: Zanzibar "));
    assertThat(build(options, true).keptPapers()).as("after the settings changed").isZero();
    Fixtures.assertSameFiles(buildClean(options, "clean-settings"), out);

    BuildOptions published = options(content, templates, statics, out, Optional.of("https://archive.example.org/"));
    assertThat(build(published, true).keptPapers()).as("with another base URL").isZero();
    assertThat(build(published, true).keptPapers()).isEqualTo(6);
    Fixtures.assertSameFiles(buildClean(published, "clean-published"), out);
    BuildResult fresh = build(published, false);
    assertThat(fresh.keptPapers()).as("asked for a fresh build").isZero();
    assertThat(fresh.unreadPapers()).as("asked for a fresh build: every paper read").isZero();
  }

  @Test
  void aFileChangedOrRemovedInTheOutputIsWrittenAgain() throws Exception {
    Path content = temp.resolve("content");
    Path out = generatedAndBuilt(content, 6, 5);
    Path page = out.resolve("papers/paper-0002/index.html");
    String original = Files.readString(page);
    // The same size, written after the build.
    Files.writeString(page, original.replace("<html", "<HTML"));
    Files.delete(out.resolve("papers/paper-0004/index.html"));
    Files.writeString(out.resolve("index.html"), "tampered");

    // The archive's own pages, and the two papers, are written again.
    assertThat(build(content, out, true).keptPapers()).isEqualTo(4);
    Fixtures.assertSameFiles(buildClean(options(content, out), "clean"), out);
  }

  @Test
  void aFailedBuildLeavesTheSiteAndItsCacheForTheNext() throws Exception {
    Path content = temp.resolve("content");
    Path out = generatedAndBuilt(content, 5, 6);
    Path paper = content.resolve("papers/paper-0001/paper.md");
    String text = Files.readString(paper);
    Files.writeString(paper, text.replaceFirst("title: \"", "title: [\""));
    assertThatThrownBy(() -> build(content, out, true)).isInstanceOf(BuildFailedException.class);
    assertThat(Files.isRegularFile(BuildCache.fileFor(out))).isTrue();

    Files.writeString(paper, text.replaceFirst("## 2\\. ", "## 2. Zanzibar "));
    assertThat(build(content, out, true).keptPapers()).isEqualTo(4);
    Fixtures.assertSameFiles(buildClean(options(content, out), "clean"), out);
  }

  @Test
  void anUnreadableCacheIsIgnored() throws Exception {
    Path content = temp.resolve("content");
    Path out = generatedAndBuilt(content, 4, 7);
    Path cache = BuildCache.fileFor(out);
    byte[] bytes = Files.readAllBytes(cache);
    Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(build(content, out, true).keptPapers()).isZero();
    assertThat(build(content, out, true).keptPapers()).isEqualTo(4);
    Files.writeString(cache, "not a cache");
    assertThat(build(content, out, true).keptPapers()).isZero();
    Fixtures.assertSameFiles(buildClean(options(content, out), "clean"), out);
  }

  @Test
  void aReadingThatCannotBeReadLeavesItsPaperToBeReadAgain() throws Exception {
    Path content = temp.resolve("content");
    Path out = generatedAndBuilt(content, 4, 13);
    Path readings = BuildCache.readingsFor(BuildCache.fileFor(out));
    byte[] reading = Files.readAllBytes(readings.resolve("paper-0001"));
    Files.write(readings.resolve("paper-0001"), java.util.Arrays.copyOf(reading, reading.length - 40));
    Files.writeString(readings.resolve("paper-0002"), "not a reading");

    BuildResult again = build(content, out, true);
    assertThat(again.unreadPapers()).isEqualTo(2);
    assertThat(again.keptPapers()).isEqualTo(4);
    Fixtures.assertSameFiles(buildClean(options(content, out), "clean"), out);
    // Read again, the two papers' readings are whole again.
    assertThat(build(content, out, true).unreadPapers()).isEqualTo(4);
  }

  /**
   * Readings are numbered with the lexicon of words kept beside the cache: with it lost, or put
   * back as an earlier build left it, no reading is taken, and the site is the same.
   */
  @Test
  void readingsAreTakenOnlyWithTheLexiconTheyWereNumberedWith() throws Exception {
    Path content = temp.resolve("content");
    Path out = generatedAndBuilt(content, 4, 13);
    Path lexicon = BuildCache.lexiconFor(BuildCache.fileFor(out));
    assertThat(build(content, out, true).unreadPapers()).isEqualTo(4);
    byte[] earlier = Files.readAllBytes(lexicon);

    Files.delete(lexicon);
    BuildResult lost = build(content, out, true);
    assertThat(lost.unreadPapers()).isZero();
    assertThat(lost.keptPapers()).isEqualTo(4);
    Fixtures.assertSameFiles(buildClean(options(content, out), "clean-lost"), out);
    assertThat(build(content, out, true).unreadPapers()).isEqualTo(4);

    Files.write(lexicon, earlier);
    assertThat(build(content, out, true).unreadPapers()).isZero();
    Fixtures.assertSameFiles(buildClean(options(content, out), "clean-earlier"), out);
    assertThat(build(content, out, true).unreadPapers()).isEqualTo(4);
  }

  @Test
  void aPaperRemovedTakesItsPagesAndAPaperAddedBringsThem() throws Exception {
    Path content = temp.resolve("content");
    Path out = generatedAndBuilt(content, 8, 8);
    Path paper = content.resolve("papers/paper-0005");
    Path aside = temp.resolve("paper-0005");
    Fixtures.copyTree(paper, aside);
    OutputWriter.deleteTree(paper);
    build(content, out, true);
    assertThat(out.resolve("papers/paper-0005")).doesNotExist();
    Path readings = BuildCache.readingsFor(BuildCache.fileFor(out));
    assertThat(readings.resolve("paper-0005")).as("the removed paper's reading").doesNotExist();
    assertThat(readings.resolve("paper-0004")).exists();
    Fixtures.assertSameFiles(buildClean(options(content, out), "clean-removed"), out);

    Fixtures.copyTree(aside, paper);
    assertThat(build(content, out, true).unreadPapers()).isEqualTo(7);
    assertThat(out.resolve("papers/paper-0005/index.html")).exists();
    assertThat(readings.resolve("paper-0005")).exists();
    Fixtures.assertSameFiles(buildClean(options(content, out), "clean-added"), out);
  }

  @Test
  void withoutATemporaryFolderABuildThatKeepsPapersReadsThemWhole() throws Exception {
    Path content = temp.resolve("content");
    Path out = generatedAndBuilt(content, 5, 12);
    Path paper = content.resolve("papers/paper-0002/paper.md");
    Files.writeString(paper, Files.readString(paper).replaceFirst("## 2\\. ", "## 2. Zanzibar "));
    String tmp = System.getProperty("java.io.tmpdir");
    System.setProperty("java.io.tmpdir", temp.resolve("missing").toString());
    BuildResult again;
    try {
      again = build(content, out, true);
    } finally {
      System.setProperty("java.io.tmpdir", tmp);
    }
    assertThat(again.keptPapers()).isEqualTo(4);
    Fixtures.assertSameFiles(buildClean(options(content, out), "clean"), out);
  }

  @Test
  void theCodeIsKnownByItsJarsCentralDirectory() throws Exception {
    Path one = zip("one.jar", "a", "", "b");
    Path same = zip("same.jar", "a", "", "b");
    Path changed = zip("changed.jar", "a", "", "c");
    Path commented = zip("commented.jar", "a", "a comment after the directory", "b");
    byte[] directory = BuildCache.centralDirectory(one).orElseThrow();
    assertThat(new String(directory, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("org/annals/A.class");
    assertThat(BuildCache.centralDirectory(same).orElseThrow()).isEqualTo(directory);
    assertThat(BuildCache.centralDirectory(changed).orElseThrow()).isNotEqualTo(directory);
    assertThat(BuildCache.centralDirectory(commented).orElseThrow()).isEqualTo(directory);
    Path notZip = Files.writeString(temp.resolve("not.jar"), "not a zip file");
    assertThat(BuildCache.centralDirectory(notZip)).isEmpty();
  }

  /** A jar of two entries, written at a fixed time, with a comment. */
  private Path zip(String name, String first, String comment, String second) throws Exception {
    Path file = temp.resolve(name);
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
      for (String entry : List.of(first, second)) {
        java.util.zip.ZipEntry e = new java.util.zip.ZipEntry("org/annals/" + entry.toUpperCase() + ".class");
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(("class " + entry).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.setComment(comment);
    }
    return file;
  }

  private static BuildOptions options(Path content, Path out) {
    return new BuildOptions(content, Optional.empty(), Optional.empty(), out, Optional.empty());
  }

  private static BuildOptions options(Path content, Path templates, Path statics, Path out, Optional<String> base) {
    return new BuildOptions(content, Optional.of(templates), Optional.of(statics), out, base);
  }

  private static BuildResult build(Path content, Path out, boolean cached) {
    return build(options(content, out), cached);
  }

  private static BuildResult build(BuildOptions options, boolean cached) {
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = SiteBuilder.build(options, diagnostics, BuildProgress.NONE, cached);
    assertThat(diagnostics.hasErrors()).isFalse();
    return result;
  }

  /** The same build into a folder of its own, with nothing to keep. */
  private Path buildClean(BuildOptions options, String name) {
    Path clean = temp.resolve(name);
    build(new BuildOptions(options.content(), options.templates(), options.staticDir(), clean, options.baseUrl(),
        options.sourceDate()), false);
    return clean;
  }

  /**
   * Generates an archive of {@code papers} papers into {@code content} and builds it into {@code
   * site}, beside its build cache; the output folder.
   */
  private Path generatedAndBuilt(Path content, int papers, int seed) throws Exception {
    ArchiveGenerator.generate(content, papers, seed);
    Path out = temp.resolve("site");
    build(content, out, true);
    return out;
  }

  /** Each file's SHA-256, by its path in the folder. */
  private static Map<String, String> digests(Path folder) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (var walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        digests.put(folder.relativize(file).toString().replace('\\', '/'),
            java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(file))));
      }
    }
    return digests;
  }

  /** Each file of a folder by its inode. */
  private static Map<String, Object> inodes(Path folder) throws Exception {
    Map<String, Object> inodes = new TreeMap<>();
    try (var walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        inodes.put(folder.relativize(file).toString().replace('\\', '/'), Files.getAttribute(file, "unix:ino"));
      }
    }
    return inodes;
  }
}
