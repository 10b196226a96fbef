package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.annals.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code annals build} on each fixture under {@code errors/} and compares its report: the
 * exit code (1), the exact message, nothing written into the content folder, and the previous
 * site in the output folder left byte for byte as it was.
 *
 * <p>A fixture holds {@code content/} and {@code expected.txt}, and may hold {@code args.txt}
 * (the command's arguments, one per line, with {@code {content}}, {@code {out}} and
 * {@code {fixture}} replaced) and {@code prepare.txt}, for what Git cannot store: the content is
 * then copied to {@code target/error-fixtures/<name>/content} and each line applied there:
 * {@code symlink <link> <target>}, {@code copy <from> <to>}, {@code unreadable <path>}.
 */
class ErrorFixturesTest {
  private static final Path PROJECT = Fixtures.projectDir();
  private static final Path ERRORS = Path.of("src/test/resources/errors");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** A good site, built once, that each failed build must leave as it was. */
  private static Path previousSite;

  @TempDir
  static Path shared;

  @TempDir
  Path temp;

  @BeforeAll
  static void buildAGoodSite() {
    previousSite = shared.resolve("previous");
    Fixtures.Run run = Fixtures.annals("build", "--content",
        PROJECT.resolve("src/test/resources/golden/small/content").toString(), "--out", previousSite.toString());
    assertThat(run.code()).as(run.err()).isZero();
  }

  @TestFactory
  Stream<DynamicTest> everyMistakeIsReportedWithItsPositionAndHint() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(PROJECT.resolve(ERRORS))) {
      cases = list.filter(Files::isDirectory).map(p -> ERRORS.resolve(p.getFileName().toString())).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private void check(Path fixture) throws IOException {
    String name = fixture.getFileName().toString();
    Path content = prepared(fixture);
    Path out = temp.resolve(name);
    Fixtures.copyTree(previousSite, out);
    SortedMap<String, byte[]> before = Fixtures.tree(out);
    SortedMap<String, byte[]> contentBefore = Fixtures.tree(PROJECT.resolve(content));
    // Paths are given relative to the project so that messages read as a user would see them.
    List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", out.toString()));
    Path argsFile = PROJECT.resolve(fixture).resolve("args.txt");
    if (Files.exists(argsFile)) {
      args = Files.readAllLines(argsFile, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
          .map(l -> l.replace("{content}", content.toString()).replace("{out}", out.toString())
              .replace("{fixture}", fixture.toString()))
          .toList();
    }
    Fixtures.Run run = Fixtures.annals(args.toArray(String[]::new));
    Path expected = PROJECT.resolve(fixture).resolve("expected.txt");
    String err = run.err().replace(out.toString(), "<out>");
    if (UPDATE) {
      Files.writeString(expected, err);
    }
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(err).isEqualTo(Files.readString(expected));
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
    SortedMap<String, byte[]> after = Fixtures.tree(out);
    assertThat(after.keySet()).as("the previous site's files").containsExactlyElementsOf(before.keySet());
    assertThat(before.keySet()).allMatch(f -> java.util.Arrays.equals(before.get(f), after.get(f)), "bytes unchanged");
    SortedMap<String, byte[]> contentAfter = Fixtures.tree(PROJECT.resolve(content));
    assertThat(contentAfter.keySet()).as("nothing written into content/").containsExactlyElementsOf(
        contentBefore.keySet());
    try (Stream<Path> siblings = Files.list(out.getParent())) {
      assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(f -> f.endsWith(".staging"));
    }
  }

  /** The fixture's content, or a prepared copy of it under target/ when it has a prepare.txt. */
  private static Path prepared(Path fixture) throws IOException {
    Path steps = PROJECT.resolve(fixture).resolve("prepare.txt");
    if (!Files.exists(steps)) {
      return fixture.resolve("content");
    }
    Path copy = Path.of("target/error-fixtures").resolve(fixture.getFileName().toString()).resolve("content");
    Path absolute = PROJECT.resolve(copy);
    if (Files.exists(absolute)) {
      try (Stream<Path> walk = Files.walk(absolute)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          p.toFile().setReadable(true);
          Files.delete(p);
        }
      }
    }
    Fixtures.copyTree(PROJECT.resolve(fixture).resolve("content"), absolute);
    for (String line : Files.readAllLines(steps, StandardCharsets.UTF_8)) {
      String[] words = line.strip().split("\\s+");
      switch (words[0]) {
        case "symlink" -> Files.createSymbolicLink(absolute.resolve(words[1]), Path.of(words[2]));
        case "copy" -> Fixtures.copyTree(absolute.resolve(words[1]), absolute.resolve(words[2]));
        case "unreadable" -> assertThat(absolute.resolve(words[1]).toFile().setReadable(false, false)).isTrue();
        case "" -> { }
        default -> throw new IllegalArgumentException("unknown step in " + steps + ": " + line);
      }
    }
    return copy;
  }
}
