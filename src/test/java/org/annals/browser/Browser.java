package org.annals.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Debian Chromium per test JVM, driven by Debian's chromedriver; both are named
 * explicitly so that nothing is ever downloaded.
 */
public final class Browser {
  private static ChromeDriver driver;

  private Browser() {}

  /** The shared browser, started on first use and quit when the JVM ends. */
  public static synchronized ChromeDriver get() throws Exception {
    if (driver == null) {
      System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
      ChromeOptions options = new ChromeOptions();
      Path binary = Files.isRegularFile(Path.of("/usr/lib/chromium/chromium"))
          ? Path.of("/usr/lib/chromium/chromium") : Path.of("/usr/bin/chromium");
      options.setBinary(binary.toString());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
          "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
          "--disable-quic", "--window-size=1280,900",
          "--user-data-dir=" + Files.createTempDirectory("annals-chromium"));
      LoggingPreferences logs = new LoggingPreferences();
      logs.enable(LogType.BROWSER, Level.ALL);
      options.setCapability("goog:loggingPrefs", logs);
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
      driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> driver.quit()));
    }
    return driver;
  }

  /** Saves a screenshot of the window to {@code target/screenshots/<name>.png} for review. */
  public static Path screenshot(WebDriver driver, String name) throws java.io.IOException {
    Path dir = Path.of(System.getProperty("annals.projectDir", ".")).resolve("target/screenshots");
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    return file;
  }

  /** The console messages of level SEVERE since the last call (errors and failed requests). */
  public static List<String> consoleErrors(WebDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }
}
