package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.annals.ArchiveGenerator;
import org.annals.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteGeneratorTest {
  @TempDir
  Path temp;

  @Test
  void rebuildsOnlyThePaperThatChangedAndWritesOnlyChangedFiles() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 20, 3);
    SiteGenerator generator = new SiteGenerator(new BuildOptions(content, Optional.empty(), Optional.empty(),
        temp.resolve("preview"), Optional.empty()));
    LiveOutput output = new LiveOutput(temp.resolve("preview"));
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).hasSize(20);
    assertThat(output.finish()).hasSizeGreaterThan(300);

    Path paper = content.resolve("papers/paper-0007/paper.md");
    String text = Files.readString(paper);
    int at = text.indexOf("## 2. ");
    Files.writeString(paper, text.substring(0, at) + "An added paragraph about zanzibar.\n\n" + text.substring(at));
    BuildResult rebuilt = generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).containsExactly(content.resolve("papers/paper-0007"));
    // The paper's own pages, and search files (document numbers after the new paragraph move up, and
    // records move in the packs);
    // no other paper's page.
    assertThat(output.finish()).contains("papers/paper-0007/full/index.html", "search/index/meta.json")
        .allMatch(p -> p.startsWith("papers/paper-0007/") || p.startsWith("search/"));
    assertCountsTheFolder(rebuilt, temp.resolve("preview"));

    BuildResult unchanged = generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).isEmpty();
    assertThat(output.finish()).isEmpty();
    assertCountsTheFolder(unchanged, temp.resolve("preview"));
    assertThat(unchanged.bytes()).isEqualTo(rebuilt.bytes());

    generator.invalidate();
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).hasSize(20);
    assertThat(output.finish()).isEmpty();
  }

  /** A build's counts of pages, other files and bytes are those of the folder it leaves. */
  private static void assertCountsTheFolder(BuildResult result, Path folder) throws Exception {
    java.util.List<Path> files;
    try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    long pages = files.stream().filter(f -> f.getFileName().toString().endsWith(".html")).count();
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    assertThat(result.pages()).isEqualTo(pages);
    assertThat(result.files()).isEqualTo(files.size() - pages);
    assertThat(result.bytes()).isEqualTo(bytes);
  }

  @Test
  void rebuildsAPaperWhoseBibliographyOrFigureChanged() throws Exception {
    Path content = temp.resolve("content");
    org.annals.Fixtures.copyTree(org.annals.Fixtures.projectDir()
        .resolve("src/test/resources/archives/pandoc-syntax/content"), content);
    Path out = temp.resolve("preview");
    SiteGenerator generator = new SiteGenerator(new BuildOptions(content, Optional.empty(), Optional.empty(), out,
        Optional.empty()));
    LiveOutput output = new LiveOutput(out);
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    output.finish();
    Path folder = content.resolve("papers/notes-and-tables");
    Path bib = folder.resolve("paper.bib");
    Files.writeString(bib, Files.readString(bib).replace("New data systems", "Newer data systems"));
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).containsExactly(folder);
    assertThat(output.finish()).contains("papers/notes-and-tables/references/index.html");
    assertThat(Files.readString(out.resolve("papers/notes-and-tables/references/index.html")))
        .contains("Newer data systems");

    Files.write(folder.resolve("figure.png"), new byte[] {1, 2, 3});
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).containsExactly(folder);
    output.finish();
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).isEmpty();
  }

  @Test
  void removesThePagesOfARemovedPaper() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 3, 4);
    SiteGenerator generator = new SiteGenerator(new BuildOptions(content, Optional.empty(), Optional.empty(),
        temp.resolve("preview"), Optional.empty()));
    LiveOutput output = new LiveOutput(temp.resolve("preview"));
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    output.finish();
    OutputWriter.deleteTree(content.resolve("papers/paper-0001"));
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(output.finish()).contains("papers/paper-0001/index.html");
    assertThat(temp.resolve("preview/papers/paper-0001")).doesNotExist();
    assertThat(temp.resolve("preview/papers/paper-0002/index.html")).exists();
  }

  /** Builds like the preview: the changed folders told, the search index made after the pages. */
  private static java.util.List<String> previewBuild(SiteGenerator generator, LiveOutput output, Path folder)
      throws Exception {
    generator.build(output, new Diagnostics(), BuildProgress.NONE, folder == null ? null : java.util.Set.of(folder),
        true);
    java.util.List<String> changed = new java.util.ArrayList<>(output.finish());
    var archive = generator.takeDeferredIndex();
    if (archive.isPresent()) {
      java.util.Map<String, byte[]> files = SiteGenerator.indexFiles(archive.get());
      changed.addAll(output.replace(generator.lastIndexFiles(), files));
      generator.indexWritten(files.keySet());
    }
    return changed;
  }

  @Test
  void aPreviewRebuildWritesWhatACleanBuildWrites() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 24, 9);
    Path out = temp.resolve("preview");
    SiteGenerator generator = new SiteGenerator(new BuildOptions(content, Optional.empty(), Optional.empty(), out,
        Optional.empty()));
    LiveOutput output = new LiveOutput(out);
    previewBuild(generator, output, null);
    Path folder = content.resolve("papers/paper-0007").toAbsolutePath().normalize();
    Path paper = folder.resolve("paper.md");
    String text = Files.readString(paper);
    int cited = text.indexOf(")", text.indexOf("## 2. "));
    int sentence = text.lastIndexOf(". ", cited);
    java.util.List<String> edits = java.util.List.of(
        // A sentence without a citation: the archive's own pages stay as they were.
        text.replaceFirst("(## 2\\. [^\\n]*\\n\\n)", "$1A sentence about zanzibar, which cites nothing. "),
        // A citing sentence, which the pages of shared works show.
        text.substring(0, sentence + 2) + "Zanzibar " + text.substring(sentence + 2),
        // The title, which every list shows.
        text.replaceFirst("title: \"", "title: \"Zanzibar: "),
        text);
    int round = 0;
    for (String edit : edits) {
      Files.writeString(paper, edit);
      java.util.List<String> changed = previewBuild(generator, output, folder);
      if (round < 2) {
        assertThat(generator.lastRendered()).as("round %d", round).containsExactly(content.resolve("papers/paper-0007"));
      }
      assertThat(generator.keptArchive()).as("round %d", round).isEqualTo(round == 0);
      if (round == 0) {
        assertThat(changed).allMatch(p -> p.startsWith("papers/paper-0007/") || p.startsWith("search/"));
      }
      Path clean = temp.resolve("clean-" + round++);
      SiteBuilder.build(new BuildOptions(content, Optional.empty(), Optional.empty(), clean, Optional.empty()),
          new Diagnostics());
      org.annals.Fixtures.assertSameFiles(clean, out);
    }
  }

  @Test
  void readingPapersTwiceWritesTheSameSiteAsHoldingThemWhole() throws Exception {
    Path generated = temp.resolve("generated");
    ArchiveGenerator.generate(generated, 40, 11);
    Path project = org.annals.Fixtures.projectDir();
    long spills = spills();
    int round = 0;
    for (Path content : java.util.List.of(generated, org.annals.Fixtures.firstPaperContent(),
        project.resolve("src/test/resources/archives/browse/content"),
        project.resolve("src/test/resources/archives/pandoc-syntax/content"),
        project.resolve("src/test/resources/archives/joss/content"))) {
      Path whole = temp.resolve("whole-" + round);
      Path twice = temp.resolve("twice-" + round++);
      buildOnce(content, whole, false);
      buildOnce(content, twice, true);
      org.annals.Fixtures.assertSameFiles(whole, twice);
    }
    assertThat(spills()).as("temporary files of the search index left behind").isEqualTo(spills);
  }

  private static long spills() throws java.io.IOException {
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(f -> f.getFileName().toString().startsWith("annals-index-")).count();
    }
  }

  @Test
  void aPaperThatChangesBetweenItsTwoReadingsFailsTheBuild() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 8, 5);
    Path out = temp.resolve("site");
    BuildOptions options = new BuildOptions(content, Optional.empty(), Optional.empty(), out, Optional.empty());
    Diagnostics diagnostics = new Diagnostics();
    java.util.concurrent.atomic.AtomicBoolean edited = new java.util.concurrent.atomic.AtomicBoolean();
    // Once the first paper's pages are written, every paper's text changes under the build.
    BuildProgress editor = (done, total) -> {
      if (edited.compareAndSet(false, true)) {
        try (var papers = Files.list(content.resolve("papers"))) {
          for (Path paper : papers.toList()) {
            Files.writeString(paper.resolve("paper.md"), "\nA sentence added while the site was built.\n",
                java.nio.file.StandardOpenOption.APPEND);
          }
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    };
    try (OutputWriter writer = new OutputWriter(out)) {
      assertThatThrownBy(() -> new SiteGenerator(options, false, true).build(writer, diagnostics, editor))
          .isInstanceOf(org.annals.diag.BuildFailedException.class);
    }
    assertThat(diagnostics.list().toString()).contains("paper.md", "the paper changed while the site was being built",
        "build again once it is saved");
    assertThat(out).doesNotExist();
  }

  @Test
  void aBuildReadingTwiceWithoutATemporaryFolderSaysWhichFolderAndWhatToDo() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 3, 5);
    Path out = temp.resolve("site");
    String tmp = System.getProperty("java.io.tmpdir");
    System.setProperty("java.io.tmpdir", temp.resolve("missing").toString());
    Diagnostics diagnostics = new Diagnostics();
    try (OutputWriter writer = new OutputWriter(out)) {
      assertThatThrownBy(() -> new SiteGenerator(new BuildOptions(content, Optional.empty(), Optional.empty(), out,
          Optional.empty()), false, true).build(writer, diagnostics, BuildProgress.NONE))
          .isInstanceOf(org.annals.diag.BuildFailedException.class);
    } finally {
      System.setProperty("java.io.tmpdir", tmp);
    }
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.position().file()).isEqualTo(temp.resolve("missing"));
      assertThat(d.message()).isEqualTo("cannot make the search index's temporary file here: the folder does not exist");
      assertThat(d.hint()).contains("-Djava.io.tmpdir=");
    });
  }

  @Test
  void papersAreReadTwiceWhenHoldingThemWholeWouldPass512MegabytesOrHalfTheHeap() {
    long mb = 1L << 20;
    // 10,000 generated papers: 264 MB of Markdown, read twice whatever the heap.
    assertThat(SiteGenerator.readsTwice(264 * mb, 24_000 * mb)).isTrue();
    // 1,000 papers: 26 MB, held whole in a default heap, read twice in one of 400 MB.
    assertThat(SiteGenerator.readsTwice(26 * mb, 6_000 * mb)).isFalse();
    assertThat(SiteGenerator.readsTwice(26 * mb, 400 * mb)).isTrue();
    // The bound itself: nine bytes a byte of Markdown against 512 MB.
    assertThat(SiteGenerator.readsTwice(512 * mb / 9, 6_000 * mb)).isFalse();
    assertThat(SiteGenerator.readsTwice(512 * mb / 9 + 1, 6_000 * mb)).isTrue();
  }

  private static void buildOnce(Path content, Path out, boolean readTwice) throws Exception {
    Path project = org.annals.Fixtures.projectDir();
    BuildOptions options = new BuildOptions(content, Optional.of(project.resolve("templates")),
        Optional.of(project.resolve("static")), out, Optional.empty());
    Diagnostics diagnostics = new Diagnostics();
    try (OutputWriter writer = new OutputWriter(out)) {
      new SiteGenerator(options, false, readTwice).build(writer, diagnostics, BuildProgress.NONE);
      writer.commit();
    }
    assertThat(diagnostics.hasErrors()).isFalse();
  }
}
