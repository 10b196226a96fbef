package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.annals.Fixtures;
import org.annals.check.ExternalLinkChecker;
import org.annals.check.LinkProblem;
import org.annals.diag.Diagnostics;
import org.annals.site.BuildOptions;
import org.annals.site.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final String VALIDATOR = System.getProperty("annals.validatorClasspath", "");

  @TempDir
  Path temp;

  @Test
  void listsEveryBrokenLinkMissingAnchorAndInvalidPage() {
    Path site = Fixtures.projectDir().resolve("src/test/resources/check/broken");
    Fixtures.Run run = Fixtures.annals("check", site.toString(), "--validator-classpath", VALIDATOR);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(
        "index.html: missing page or file: b/",
        "index.html: missing anchor: a/#nowhere",
        "index.html: link leaves the site's base path /site/: https://example.org/other/",
        "sitemap.xml: missing page or file: https://example.org/site/gone/",
        "search/index/docs.idx (document 0): missing anchor: a/#lost",
        "a/index.html:5:56: invalid HTML: No “p” element in scope but a “p” end tag seen.",
        "check failed: 6 problems in " + site);
  }

  @Test
  void passesTheRealSite() {
    Path out = temp.resolve("site");
    SiteBuilder.build(new BuildOptions(Fixtures.firstPaperContent(), Optional.of(Fixtures.templates()),
        Optional.of(Fixtures.staticFiles()), out, Optional.of("https://example.org/archive/")),
        new Diagnostics());
    Fixtures.Run run = Fixtures.annals("check", out.toString(), "--validator-classpath", VALIDATOR);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).matches("Checked " + Fixtures.pageCount(Fixtures.firstPaperContent())
        + " pages, \\d+ links and HTML validity: no problems\\R");
  }

  @Test
  void refusesAFolderWithoutASite() {
    Fixtures.Run run = Fixtures.annals("check", temp.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith(temp + ": error: no built site here (no index.html)");
  }

  @Test
  void checksOutsideLinksWithATimeout() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ok", e -> { e.sendResponseHeaders(200, -1); e.close(); });
    server.createContext("/gone", e -> { e.sendResponseHeaders(404, -1); e.close(); });
    server.createContext("/slow", e -> {
      try {
        Thread.sleep(3_000);
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
      e.sendResponseHeaders(200, -1);
      e.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      List<LinkProblem> problems = new ExternalLinkChecker(Duration.ofSeconds(1), 3)
          .check(List.of(base + "/ok", base + "/gone", base + "/slow"));
      assertThat(problems).extracting(LinkProblem::toString).containsExactly(
          "(outside link): HTTP 404: " + base + "/gone",
          "(outside link): no answer within 1 s: " + base + "/slow");
    } finally {
      server.stop(0);
    }
  }
}
