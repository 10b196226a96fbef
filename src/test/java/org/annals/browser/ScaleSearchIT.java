package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.ArchiveGenerator;
import org.annals.diag.Diagnostics;
import org.annals.site.BuildOptions;
import org.annals.site.BuildResult;
import org.annals.site.SiteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Search on a generated archive of 1,000 papers: one query fetches a bounded part of an index that
 * is far larger, and the first paper's index keeps to its budget.
 */
class ScaleSearchIT {
  /** The most index bytes one query may fetch, whatever the archive's size. */
  static final long QUERY_BUDGET = 300 * 1024;

  @TempDir
  static Path temp;

  private static StaticServer server;
  private static ChromeDriver driver;
  private static long indexBytes;

  @BeforeAll
  static void buildAndServe() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 1_000, 42);
    Path out = temp.resolve("site");
    Path project = Path.of(System.getProperty("annals.projectDir", "."));
    BuildResult result = SiteBuilder.build(new BuildOptions(content, Optional.of(project.resolve("templates")),
        Optional.of(project.resolve("static")), out, Optional.empty()), new Diagnostics());
    indexBytes = size(out.resolve("search/index"));
    System.out.printf(Locale.ROOT, "[measure] 1000-paper archive: %s; search index %d files, %d bytes%n",
        result.summary(), count(out.resolve("search/index")), indexBytes);
    server = new StaticServer(out, "archive");
    driver = Browser.get();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aQueryFetchesLittleOfALargeIndex() {
    String page = server.url() + "papers/paper-0500/";
    long largest = 0;
    for (String query : List.of("japan", "alliance", "security defense", "semiconductor", "secur", "kishida")) {
      SearchMeasure.Cost cost = SearchMeasure.median(driver, page, query, 5);
      System.out.printf(Locale.ROOT, "[measure] 1000 papers, query '%s': %s; %d files, %d bytes, median %.0f ms (typed again: %.1f ms)%n",
          query, cost.status(), cost.files(), cost.bytes(), cost.ms(), cost.warmMs());
      assertThat(cost.bytes()).as(query).isLessThan(QUERY_BUDGET).isPositive();
      assertThat(cost.status()).as(query).doesNotStartWith("No results");
      largest = Math.max(largest, cost.bytes());
    }
    assertThat(indexBytes).isGreaterThan(20 * largest);
    assertThat(Browser.consoleErrors(driver)).isEmpty();
  }

  static long size(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static long count(Path dir) throws Exception {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }
}
