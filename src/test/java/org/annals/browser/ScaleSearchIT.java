package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annals.ArchiveGenerator;
import org.annals.Fixtures;
import org.annals.diag.Diagnostics;
import org.annals.search.BruteForceSearch;
import org.annals.search.SearchDocuments;
import org.annals.site.BuildOptions;
import org.annals.site.BuildResult;
import org.annals.site.SiteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A generated archive of 1,000 papers: every query's count is the true count (held to a brute-force
 * count over the same documents), however common its words; one query fetches a bounded part of an
 * index that is far larger; and every browsing page keeps to its size.
 */
class ScaleSearchIT {
  /** The most index bytes one query may fetch, whatever the archive's size. */
  static final long QUERY_BUDGET = 150 * 1024;
  /** Keystroke to results on a warm page. */
  static final double WARM_MS = 100;

  @TempDir
  static Path temp;

  private static StaticServer server;
  private static ChromeDriver driver;
  private static long indexBytes;
  private static Path site;
  private static BruteForceSearch brute;

  /**
   * Builds the generated archive; or, with {@code -Dannals.scale.content=…} and {@code
   * -Dannals.scale.site=…}, measures an archive built beforehand (such as one of 10,000 papers).
   */
  @BeforeAll
  static void buildAndServe() throws Exception {
    Path content = temp.resolve("content");
    site = temp.resolve("site");
    String summary;
    if (System.getProperty("annals.scale.content") != null) {
      content = Path.of(System.getProperty("annals.scale.content"));
      site = Path.of(System.getProperty("annals.scale.site"));
      summary = "built beforehand";
    } else {
      ArchiveGenerator.generate(content, 1_000, 42);
      Path project = Path.of(System.getProperty("annals.projectDir", "."));
      BuildResult result = SiteBuilder.build(new BuildOptions(content, Optional.of(project.resolve("templates")),
          Optional.of(project.resolve("static")), site, Optional.empty()), new Diagnostics());
      summary = result.summary();
    }
    indexBytes = size(site.resolve("search/index"));
    System.out.printf(Locale.ROOT, "[measure] archive: %s; search index %d files, %d bytes%n",
        summary, count(site.resolve("search/index")), indexBytes);
    brute = new BruteForceSearch(SearchDocuments.of(Fixtures.linkedArchive(content)));
    server = new StaticServer(site, "archive");
    driver = Browser.get();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static final Pattern COUNT = Pattern.compile("^(\\d+) results? for|^No results");

  @Test
  void everyQueryCountsEveryMatchAndFetchesLittleOfALargeIndex() {
    String page = server.url();
    System.out.printf(Locale.ROOT, "[measure] brute-force counts: %s%n", brute.documentCount());
    long largest = 0;
    List<String> failures = new ArrayList<>();
    // Typed queries end open, so their last word is a prefix; a trailing space closes it.
    for (String query : List.of("japan ", "security japan ", "biden kishida ", "nuclear 2021 ", "alliance",
        "secur", "\"prime minister\" ", "security defense alliance ", "semiconductor ")) {
      SearchMeasure.Cost cost = SearchMeasure.median(driver, page, query, 3);
      System.out.printf(Locale.ROOT, "[measure] query '%s': %s; %d files, %d bytes, median %.0f ms "
          + "(typed again: %.1f ms)%n", query, cost.status(), cost.files(), cost.bytes(), cost.ms(), cost.warmMs());
      Matcher m = COUNT.matcher(cost.status());
      assertThat(m.find()).as(cost.status()).isTrue();
      int shown = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
      int expected = brute.count(query, !query.endsWith(" "));
      if (shown != expected) {
        failures.add(query + ": shows " + shown + ", brute force counts " + expected);
      }
      assertThat(cost.bytes()).as(query).isLessThan(QUERY_BUDGET).isPositive();
      assertThat(cost.warmMs()).as(query).isLessThan(WARM_MS);
      largest = Math.max(largest, cost.bytes());
    }
    assertThat(failures).isEmpty();
    assertThat(indexBytes).isGreaterThan(20 * largest);
    assertThat(Browser.consoleErrors(driver)).isEmpty();
  }

  @Test
  void everyBrowsingPageKeepsToItsSize() throws Exception {
    assertThat(Files.size(site.resolve("index.html"))).isLessThan(60 * 1024);
    assertThat(Files.size(site.resolve("feed.xml"))).isLessThan(200 * 1024);
    long largest = 0;
    int pages = 0;
    for (String folder : List.of("papers/page", "years", "authors", "topics", "works")) {
      try (Stream<Path> walk = Files.walk(site.resolve(folder))) {
        for (Path file : walk.filter(f -> f.getFileName().toString().equals("index.html")).toList()) {
          long size = Files.size(file);
          assertThat(size).as(site.relativize(file).toString()).isLessThan(100 * 1024);
          largest = Math.max(largest, size);
          pages++;
        }
      }
    }
    assertThat(Files.size(site.resolve("papers/index.html"))).isLessThan(100 * 1024);
    System.out.printf(Locale.ROOT, "[measure] %d listing pages, largest %d bytes; home %d bytes; "
        + "feed %d bytes%n", pages, largest, Files.size(site.resolve("index.html")), Files.size(site.resolve("feed.xml")));
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
