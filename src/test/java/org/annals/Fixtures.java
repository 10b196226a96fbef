package org.annals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.annals.cli.Main;
import org.annals.config.SiteConfig;
import org.annals.config.SiteConfigLoader;
import org.annals.content.ArchiveReader;
import org.annals.content.PaperReader;
import org.annals.diag.Diagnostics;
import org.annals.link.CitationResolver;
import org.annals.link.LinkedArchive;
import org.annals.link.LinkedPaper;
import org.annals.model.Archive;
import org.annals.model.Paper;

/**
 * Paths and helpers shared by the tests: the project, the first paper frozen as a fixture, and the
 * command line. Tests of behaviour read the frozen fixture; only the tests of properties that hold
 * for any archive read the live {@code content/} ({@link #liveContent()}).
 */
public final class Fixtures {
  private Fixtures() {}

  /** The project folder (Maven passes it; the working folder otherwise). */
  /**
   * A random text of fewer than {@code bound} characters, each drawn from {@code alphabet}: for
   * tests that hold a scanner to the expression or library call it stands for.
   */
  public static String randomText(java.util.Random random, String alphabet, int bound) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(bound); i > 0; i--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  public static Path projectDir() {
    String dir = System.getProperty("annals.projectDir");
    return Path.of(dir == null || dir.isBlank() ? "." : dir).toAbsolutePath().normalize();
  }

  /** The archive's first paper, frozen as it entered the archive, in an archive of its own. */
  public static Path firstPaperContent() {
    return projectDir().resolve("src/test/resources/golden/first-paper/content");
  }

  public static Path firstPaperFile() {
    return firstPaperContent().resolve("papers/us-japan-relations-biden/paper.md");
  }

  /** The live archive, which maintainers edit: held only to properties true of any archive. */
  public static Path liveContent() {
    return projectDir().resolve("content");
  }

  /** The project's templates folder. */
  public static Path templates() {
    return projectDir().resolve("templates");
  }

  /** The project's static folder. */
  public static Path staticFiles() {
    return projectDir().resolve("static");
  }

  /** An archive read and resolved, checked to have no errors. */
  public static LinkedArchive linkedArchive(Path content) {
    Diagnostics diagnostics = new Diagnostics();
    SiteConfig site = SiteConfigLoader.load(content, Optional.empty(), diagnostics);
    Archive archive = ArchiveReader.read(content, site, diagnostics);
    LinkedArchive linked = new CitationResolver(diagnostics).resolve(archive);
    assertThat(diagnostics.hasErrors()).as("errors: %s", diagnostics.list()).isFalse();
    return linked;
  }

  /**
   * The HTML pages a build of {@code content} writes, counted from its model: the archive's pages
   * (home, search, the lists of papers, years, authors, topics and works, as many pages of each as
   * the settings give), 404, then for each paper its page, one page per section, the whole paper
   * and the references.
   */
  public static int pageCount(Path content) {
    LinkedArchive archive = linkedArchive(content);
    int pages = org.annals.render.ArchivePages.paths(archive, archive.archive().site().listings()).size() + 1;
    for (LinkedPaper linked : archive.papers()) {
      pages += 3 + (int) linked.paper().allSections().count();
    }
    return pages;
  }

  /** The first paper, read and checked to have no errors. */
  public static Paper firstPaper() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Paper paper = new PaperReader(diagnostics)
        .read("us-japan-relations-biden", Path.of("paper.md"), Files.readString(firstPaperFile()))
        .orElseThrow(() -> new AssertionError(diagnostics.list()));
    assertThat(diagnostics.list()).isEmpty();
    return paper;
  }

  /** The first paper with its citations resolved, checked to have no problems. */
  public static LinkedPaper firstPaperLinked() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    LinkedPaper linked = new CitationResolver(diagnostics).resolve(firstPaper());
    assertThat(diagnostics.list()).isEmpty();
    return linked;
  }

  /** What one run of the command line printed, and its exit code. */
  public record Run(int code, String out, String err) {}

  public static Run annals(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** Writes a text file, creating its folders. */
  public static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Every regular file below {@code root}: site-relative path → bytes. */
  public static java.util.SortedMap<String, byte[]> tree(Path root) throws IOException {
    java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>();
    try (var walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** Asserts that two folders hold the same files with the same bytes. */
  public static void assertSameFiles(Path expected, Path actual) throws IOException {
    java.util.SortedMap<String, byte[]> want = tree(expected);
    java.util.SortedMap<String, byte[]> got = tree(actual);
    assertThat(got.keySet()).as("files of %s", actual).containsExactlyElementsOf(want.keySet());
    java.util.List<String> differing = want.keySet().stream()
        .filter(f -> !java.util.Arrays.equals(want.get(f), got.get(f))).toList();
    assertThat(differing).as("files whose bytes differ between %s and %s", expected, actual).isEmpty();
  }

  /** Copies a folder tree. */
  public static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path source : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target);
        }
      }
    }
  }
}
