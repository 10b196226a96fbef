package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.annals.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code annals build} on each fixture under {@code errors/} and compares its report. */
class ErrorFixturesTest {
  private static final Path PROJECT = Fixtures.projectDir();
  private static final Path ERRORS = Path.of("src/test/resources/errors");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir
  Path temp;

  @TestFactory
  Stream<DynamicTest> everyMistakeIsReportedWithItsPositionAndHint() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(PROJECT.resolve(ERRORS))) {
      cases = list.filter(Files::isDirectory).map(p -> ERRORS.resolve(p.getFileName().toString())).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(5);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
  }

  private void check(Path fixture) throws IOException {
    Path out = temp.resolve(fixture.getFileName().toString());
    // Paths are given relative to the project so that messages read as a user would see them.
    Fixtures.Run run = Fixtures.annals("build", "--content", fixture.resolve("content").toString(),
        "--out", out.toString());
    Path expected = PROJECT.resolve(fixture).resolve("expected.txt");
    if (UPDATE) {
      Files.writeString(expected, run.err());
    }
    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(Files.readString(expected));
    assertThat(out).doesNotExist();
    assertThat(out.resolveSibling("." + out.getFileName() + ".staging")).doesNotExist();
  }
}
