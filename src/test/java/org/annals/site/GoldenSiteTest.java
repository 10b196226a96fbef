package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.Fixtures;
import org.annals.diag.Diagnostics;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Builds each fixture under {@code golden/} and compares its pages with the expected ones. */
class GoldenSiteTest {
  private static final Path GOLDEN = Fixtures.projectDir().resolve("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir
  Path temp;

  @TestFactory
  Stream<DynamicTest> everyFixtureBuildsToItsExpectedPages() throws IOException {
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
    List<String> actualPages = pages(out);
    if (UPDATE) {
      OutputWriter.deleteTree(expected);
      for (String page : actualPages) {
        Fixtures.write(expected.resolve(page), Files.readString(out.resolve(page)));
      }
    }
    assertThat(actualPages).as("pages written").containsExactlyElementsOf(pages(expected));
    List<String> differing = new ArrayList<>();
    for (String page : actualPages) {
      String want = Files.readString(expected.resolve(page), StandardCharsets.UTF_8);
      String got = Files.readString(out.resolve(page), StandardCharsets.UTF_8);
      if (!want.equals(got)) {
        differing.add(page);
      }
    }
    if (!differing.isEmpty()) {
      String page = differing.get(0);
      assertThat(Files.readString(out.resolve(page)))
          .as("%s differs from golden (and %d more); rerun with -Dgolden.update=true and review the diff",
              page, differing.size() - 1)
          .isEqualTo(Files.readString(expected.resolve(page)));
    }
  }

  private static List<String> pages(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".html"))
          .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
