package org.annals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.cli.Main;
import org.annals.content.PaperReader;
import org.annals.diag.Diagnostics;
import org.annals.link.CitationResolver;
import org.annals.link.LinkedPaper;
import org.annals.model.Paper;

/** Paths and helpers shared by the tests: the real project, its first paper, and the command line. */
public final class Fixtures {
  private Fixtures() {}

  /** The project folder (Maven passes it; the working folder otherwise). */
  public static Path projectDir() {
    String dir = System.getProperty("annals.projectDir");
    return Path.of(dir == null || dir.isBlank() ? "." : dir).toAbsolutePath().normalize();
  }

  public static Path content() {
    return projectDir().resolve("content");
  }

  public static Path firstPaperFile() {
    return content().resolve("papers/us-japan-relations-biden/paper.md");
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
