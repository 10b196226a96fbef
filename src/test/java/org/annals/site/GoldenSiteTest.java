package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.Fixtures;
import org.annals.diag.Diagnostics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds each fixture under {@code golden/} and compares every file it generates (pages, search
 * index, citation exports, sitemap, feed, robots.txt) with the expected ones. Static files copied
 * from {@code static/} are left out: they are not generated.
 */
class GoldenSiteTest {
  private static final Path GOLDEN = Fixtures.projectDir().resolve("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  /** The folder of static files in the output, copied as they are. */
  private static final String STATIC = "assets/";

  @TempDir
  Path temp;

  @TestFactory
  Stream<DynamicTest> everyFixtureBuildsToItsExpectedFiles() throws IOException {
    List<Path> fixtures;
    try (Stream<Path> list = Files.list(GOLDEN)) {
      fixtures = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(fixtures).isNotEmpty();
    return fixtures.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private void check(Path fixture) throws IOException {
    Path out = temp.resolve(fixture.getFileName().toString());
    Diagnostics diagnostics = new Diagnostics();
    SiteBuilder.build(new BuildOptions(fixture.resolve("content"), Optional.empty(), Optional.empty(), out,
        Optional.empty()), diagnostics);
    assertThat(diagnostics.list()).isEmpty();
    Path expected = fixture.resolve("expected");
    List<String> actualFiles = generated(out);
    if (UPDATE) {
      OutputWriter.deleteTree(expected);
      for (String file : actualFiles) {
        Files.createDirectories(expected.resolve(file).getParent());
        Files.copy(out.resolve(file), expected.resolve(file));
      }
    }
    assertThat(actualFiles).as("files written").containsExactlyElementsOf(generated(expected));
    List<String> differing = new ArrayList<>();
    for (String file : actualFiles) {
      if (!Arrays.equals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(out.resolve(file)))) {
        differing.add(file);
      }
    }
    if (!differing.isEmpty()) {
      String file = differing.get(0);
      assertThat(Files.readString(out.resolve(file), StandardCharsets.UTF_8))
          .as("%s differs from golden (and %d more: %s); rerun with -Dgolden.update=true and review the diff",
              file, differing.size() - 1, differing)
          .isEqualTo(Files.readString(expected.resolve(file), StandardCharsets.UTF_8));
    }
  }

  /** The generated files under {@code root}, as sorted site-relative paths. */
  private static List<String> generated(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith(STATIC))
          .sorted().toList();
    }
  }
}
