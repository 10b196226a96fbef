package org.annals.browser;

import java.nio.file.Path;
import java.util.Optional;
import org.annals.Fixtures;
import org.annals.diag.Diagnostics;
import org.annals.site.BuildOptions;
import org.annals.site.SiteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The first paper's frozen archive, built once per test JVM with the project's templates and
 * static files and served under the project path {@code /annals-demo/}, and the shared browser.
 */
abstract class ServedSite {
  /** Where the fixture site is built. */
  static final Path SITE = Fixtures.projectDir().resolve("target/fixture-sites/first-paper");

  private static boolean built;

  static StaticServer server;
  static ChromeDriver driver;

  /** Builds the fixture site, once per JVM. */
  static synchronized Path site() {
    if (!built) {
      Diagnostics diagnostics = new Diagnostics();
      SiteBuilder.build(new BuildOptions(Fixtures.firstPaperContent(), Optional.of(Fixtures.templates()),
          Optional.of(Fixtures.staticFiles()), SITE, Optional.empty()), diagnostics);
      built = true;
    }
    return SITE;
  }

  @BeforeAll
  static void serve() throws Exception {
    server = new StaticServer(site(), "annals-demo");
    driver = Browser.get();
  }

  @AfterAll
  static void stopServing() {
    server.close();
  }
}
