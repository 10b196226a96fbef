package org.annals.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/** The packaged site served under the project path {@code /annals-demo/}, and the shared browser. */
abstract class ServedSite {
  /** The site that {@code mvn package} built. */
  static final Path SITE = Path.of(System.getProperty("annals.site", "target/site"));

  static StaticServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void serve() throws Exception {
    server = new StaticServer(SITE, "annals-demo");
    driver = Browser.get();
  }

  @AfterAll
  static void stopServing() {
    server.close();
  }
}
