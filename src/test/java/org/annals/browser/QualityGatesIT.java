package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import java.util.Optional;
import org.annals.site.SiteBuilder;
import org.annals.site.BuildOptions;
import org.annals.diag.Diagnostics;
import org.annals.Fixtures;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader quality gates on every page kind of the built site, in headless Chromium under a
 * project path: accessibility (axe-core, WCAG 2.1 A and AA, light and dark), layout at 360 and
 * 1280 px and at 200% zoom, reading without JavaScript, the console, the keyboard, print, and the
 * weight of a section page.
 */
class QualityGatesIT extends ServedSite {
  private static final String PAPER = "papers/us-japan-relations-biden/";
  /** Marks a path of the browse fixture, an archive of five papers that share authors, topics and works. */
  private static final String BROWSE_MARK = "browse:";
  private static final String BROWSE = BROWSE_MARK;
  /** Every page kind: name → path under the site. */
  static final Map<String, String> PAGES = new LinkedHashMap<>();

  static {
    PAGES.put("home", "");
    PAGES.put("paper", PAPER);
    PAGES.put("section", PAPER + "3-3-adjustments-to-security-defense-relations/");
    PAGES.put("parent-section", PAPER + "3-areas-of-adjustment/");
    PAGES.put("whole-paper", PAPER + "full/");
    PAGES.put("references", PAPER + "references/");
    PAGES.put("search", "search/?q=alliance");
    PAGES.put("not-found", "404.html");
    PAGES.put("all-papers", BROWSE + "papers/page/2/");
    PAGES.put("author", BROWSE + "authors/nguyen-mai-anh/");
    PAGES.put("authors-index", BROWSE + "authors/");
    PAGES.put("topic", BROWSE + "topics/japan/");
    PAGES.put("years-index", BROWSE + "years/");
    PAGES.put("work", BROWSE + "works/alliances-in-asia-2019/page/2/");
    PAGES.put("works-index", BROWSE + "works/");
    PAGES.put("browse-home", BROWSE);
    PAGES.put("browse-paper", BROWSE + "papers/alliance-2021/");
    PAGES.put("browse-references", BROWSE + "papers/alliance-2022/references/");
  }

  private static StaticServer browseServer;

  @BeforeAll
  static void serveBrowseFixture() throws Exception {
    Path out = Fixtures.projectDir().resolve("target/fixture-sites/browse");
    SiteBuilder.build(new BuildOptions(Fixtures.projectDir().resolve("src/test/resources/archives/browse/content"),
        Optional.of(Fixtures.templates()), Optional.of(Fixtures.staticFiles()), out, Optional.empty()),
        new Diagnostics());
    browseServer = new StaticServer(out, "archive");
  }

  @AfterAll
  static void stopBrowseFixture() {
    browseServer.close();
  }

  /** The URL of a page kind's path: on the browse fixture's server or the first paper's. */
  private static String url(String path) {
    return path.startsWith(BROWSE_MARK) ? browseServer.url() + path.substring(BROWSE_MARK.length())
        : server.url() + path;
  }

  private static String axe;

  @BeforeAll
  static void loadAxe() throws Exception {
    try (InputStream in = QualityGatesIT.class.getResourceAsStream("/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterEach
  void reset() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
  }

  private JavascriptExecutor js() {
    return driver;
  }

  private void open(String path) {
    driver.get(url(path));
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> js().executeScript("return document.readyState").equals("complete"));
  }

  private void scheme(String value) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("media", "", "features", List.of(Map.of("name", "prefers-color-scheme", "value", value))));
  }

  private void viewport(int width, int height, double scale) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", width < 600));
  }

  /** axe-core's WCAG 2.1 A and AA violations on the open page, as {@code rule: selector} lines. */
  @SuppressWarnings("unchecked")
  private List<String> axeViolations() {
    js().executeScript(axe);
    Object result = js().executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
            + " resultTypes: ['violations']}).then(r => done(r.violations.map(v => v.id + ': '"
            + " + v.nodes.map(n => n.target.join(' ')).join(', '))), e => done(['axe failed: ' + e]));");
    return (List<String>) result;
  }

  @Test
  void everyPageKindPassesAxeInLightAndDarkSchemes() throws Exception {
    List<String> failures = new ArrayList<>();
    for (String scheme : List.of("light", "dark")) {
      scheme(scheme);
      for (Map.Entry<String, String> page : PAGES.entrySet()) {
        open(page.getValue());
        if (page.getKey().equals("search")) {
          new WebDriverWait(driver, Duration.ofSeconds(10))
              .until(d -> !d.findElements(By.cssSelector("#search-page-results li")).isEmpty());
        }
        axeViolations().forEach(v -> failures.add(scheme + " " + page.getKey() + ": " + v));
        if (scheme.equals("dark")) {
          Browser.screenshot(driver, page.getKey() + "-dark-1280");
          viewport(360, 740, 2);
          Browser.screenshot(driver, page.getKey() + "-dark-360");
          driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void axeFindsTheViolationsOfADeliberatelyInaccessiblePage() throws Exception {
    Path page = Path.of(System.getProperty("annals.projectDir", ".")).resolve("src/test/resources/quality/inaccessible.html");
    driver.get(page.toUri().toString());
    List<String> violations = axeViolations();
    assertThat(violations).extracting(v -> v.substring(0, v.indexOf(':')))
        .contains("color-contrast", "image-alt", "label", "link-name", "html-has-lang", "document-title");
  }

  @Test
  void noPageScrollsSidewaysAt360Or1280PxOrAt200PercentZoom() throws Exception {
    List<String> failures = new ArrayList<>();
    for (int[] size : new int[][] {{360, 740, 2}, {1280, 900, 1}, {640, 450, 2}}) {
      viewport(size[0], size[1], size[2]);
      for (Map.Entry<String, String> page : PAGES.entrySet()) {
        open(page.getValue());
        if (page.getKey().equals("search")) {
          new WebDriverWait(driver, Duration.ofSeconds(10))
              .until(d -> !d.findElements(By.cssSelector("#search-page-results li")).isEmpty());
        }
        Object overflow = js().executeScript(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        if (((Number) overflow).intValue() > 0) {
          failures.add(page.getKey() + " at " + size[0] + " px scrolls sideways by " + overflow + " px");
        }
        if (size[0] != 640) {
          Browser.screenshot(driver, page.getKey() + "-" + size[0]);
        }
      }
    }
    assertThat(failures).isEmpty();
    // Text sizes are in rem, so browser zoom and font settings scale them; body text is at least 16 px.
    viewport(360, 740, 2);
    open(PAGES.get("section"));
    Object size = js().executeScript("return parseFloat(getComputedStyle(document.querySelector('.block p')).fontSize);");
    assertThat(((Number) size).doubleValue()).isGreaterThanOrEqualTo(16);
  }

  @Test
  void everyReadingPageShowsItsFullTextAndWorkingLinksWithoutJavaScript() {
    Map<String, String> withScript = new LinkedHashMap<>();
    for (String kind : List.of("home", "paper", "section", "whole-paper", "references", "all-papers", "author",
        "authors-index", "topic", "years-index", "work", "works-index", "browse-paper")) {
      open(PAGES.get(kind));
      // What scripts add to reading pages: the page's own address and copy buttons in the cite box.
      js().executeScript("document.querySelectorAll('[data-cite-url]').forEach(e => e.textContent = '');"
          + " document.querySelectorAll('button[data-copy]').forEach(b => b.hidden = true);");
      withScript.put(kind, trimLines(driver.findElement(By.tagName("main")).getText()));
    }
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    for (Map.Entry<String, String> page : withScript.entrySet()) {
      open(PAGES.get(page.getKey()));
      String text = driver.findElement(By.tagName("main")).getText();
      // Without scripts the cite text shows the paper's path in the site; with them, its full address.
      for (WebElement url : driver.findElements(By.cssSelector("main .cite-url[data-cite-url]"))) {
        text = text.replace(url.getText(), "");
      }
      assertThat(trimLines(text)).as(page.getKey()).isEqualTo(page.getValue()).isNotBlank();
    }
    open(PAGES.get("paper"));
    driver.findElement(By.linkText("3.3 Adjustments to security-defense relations")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith(PAGES.get("section")));
    driver.findElement(By.cssSelector(".pager .next a")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("3-4-adjusting"));
  }

  private static String trimLines(String text) {
    return text.replaceAll("(?m)[ \\t]+$", "");
  }

  @Test
  void noPageLogsAnErrorOrAFailedRequestOrLoadsAnythingFromAnotherHost() {
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> page : PAGES.entrySet()) {
      Browser.consoleErrors(driver);
      open(page.getValue());
      js().executeScript("var box = document.getElementById('site-search-input')"
          + " || document.getElementById('search-page-input'); if (box) { box.focus(); }");
      Browser.consoleErrors(driver).stream()
          .filter(e -> !(page.getKey().equals("not-found") && e.contains("404")))
          .forEach(e -> failures.add(page.getKey() + ": " + e));
      @SuppressWarnings("unchecked")
      List<String> resources = (List<String>) js().executeScript(
          "return performance.getEntriesByType('resource').map(e => e.name);");
      String origin = url(page.getValue().startsWith(BROWSE_MARK) ? BROWSE_MARK : "");
      resources.stream().filter(r -> !r.startsWith(origin)).forEach(r -> failures.add(page.getKey() + " loads " + r));
    }
    assertThat(failures).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyPageKindCarriesTheStrictPolicyAndWorksUnderItWithoutAViolation() {
    Object registration = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "window.__violations = []; document.addEventListener('securitypolicyviolation', e =>"
            + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));"));
    try {
      List<String> failures = new ArrayList<>();
      for (Map.Entry<String, String> page : PAGES.entrySet()) {
        open(page.getValue());
        Object policy = js().executeScript("var m = document.querySelector('meta[http-equiv=Content-Security-Policy]');"
            + " return m && m.content;");
        if (policy == null || !String.valueOf(policy).startsWith(org.annals.render.ContentSecurityPolicy.POLICY)
            || String.valueOf(policy).contains("unsafe-")) {
          failures.add(page.getKey() + ": policy " + policy);
        }
        // What the scripts do: previews, the contents, the cite box, search as you type.
        js().executeScript("var c = document.querySelector('a.citation'); if (c) { c.focus(); }"
            + " document.querySelectorAll('details').forEach(d => d.open = true);");
        List<WebElement> box = driver.findElements(By.id("site-search-input"));
        if (!box.isEmpty() && box.get(0).isDisplayed()) {
          box.get(0).sendKeys("alliance");
          new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(
              By.cssSelector(".site-search li.search-result")).isEmpty());
        }
        if (page.getKey().equals("search")) {
          new WebDriverWait(driver, Duration.ofSeconds(10))
              .until(d -> !d.findElements(By.cssSelector("#search-page-results li")).isEmpty());
        }
        ((List<Object>) js().executeScript("return window.__violations;"))
            .forEach(v -> failures.add(page.getKey() + ": " + v));
      }
      assertThat(failures).isEmpty();
      // The check itself: an inline script added to a page is refused and reported.
      js().executeScript("var s = document.createElement('script'); s.textContent = 'window.ran = 1';"
          + " document.body.appendChild(s);");
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .until(d -> !((List<Object>) js().executeScript("return window.__violations;")).isEmpty());
      assertThat(js().executeScript("return window.ran;")).isNull();
    } finally {
      driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
          Map.of("identifier", ((Map<String, Object>) registration).get("identifier")));
    }
  }

  @Test
  void theKeyboardReachesTheSkipLinkContentsAndPagerWithAVisibleFocus() {
    open(PAGES.get("section"));
    new Actions(driver).sendKeys(Keys.TAB).perform();
    WebElement skip = driver.switchTo().activeElement();
    assertThat(skip.getText()).isEqualTo("Skip to the content");
    assertThat(skip.getAttribute("href")).endsWith("#main");
    assertThat(skip.getRect().getY()).isGreaterThanOrEqualTo(0);
    assertThat(skip.isDisplayed()).isTrue();
    List<String> reached = new ArrayList<>();
    List<String> unfocusable = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      WebElement active = driver.switchTo().activeElement();
      if (active.getTagName().equals("body")) {
        continue; // past the last link, focus leaves the page for the browser's own controls
      }
      String href = active.getAttribute("href");
      reached.add(href == null ? active.getTagName() : href);
      String outline = active.getCssValue("outline-style");
      String shadow = active.getCssValue("box-shadow");
      if ("none".equals(outline) && "none".equals(shadow)) {
        unfocusable.add(href == null ? active.getTagName() : href);
      }
    }
    assertThat(reached).anyMatch(h -> h.endsWith("3-2-adjusting-economic-relations/"))
        .anyMatch(h -> h.endsWith("3-4-adjusting-the-relationship-on-environmental-and-climate-issues/"))
        .anyMatch(h -> h.endsWith("#p-3-3-1"));
    assertThat(unfocusable).as("focused without a visible focus style").isEmpty();
    open(PAGES.get("paper"));
    List<String> paper = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      paper.add(String.valueOf(driver.switchTo().activeElement().getAttribute("href")));
    }
    assertThat(paper).anyMatch(h -> h.endsWith("1-introduction/")).anyMatch(h -> h.endsWith("4-conclusion/"));
  }

  @Test
  void printHidesNavigationSearchAndPopoversAndKeepsReferenceUrls() {
    open(PAGES.get("section"));
    js().executeScript("document.querySelector('#p-3-3-1 a.citation').focus()");
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features", List.of()));
    for (String selector : List.of(".site-header", ".site-search", ".breadcrumbs", ".pager", "#citation-popover",
        ".skip-link", ".site-footer")) {
      assertThat(js().executeScript("var e = document.querySelector(arguments[0]);"
          + " return e ? getComputedStyle(e).display : 'none';", selector)).as(selector).isEqualTo("none");
    }
    WebElement url = driver.findElement(By.cssSelector(".works-cited .ref-url"));
    assertThat(url.isDisplayed()).isTrue();
    assertThat(url.getText()).startsWith("https://");
    open(PAGES.get("references"));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features", List.of()));
    assertThat(driver.findElements(By.cssSelector(".ref-url"))).hasSize(15).allMatch(WebElement::isDisplayed);
  }

  @Test
  void aSectionPageStaysLightAndDoesNotShift() throws Exception {
    open(PAGES.get("section"));
    @SuppressWarnings("unchecked")
    List<String> resources = (List<String>) js().executeScript(
        "return performance.getEntriesByType('resource').map(e => e.name);");
    List<Path> files = new ArrayList<>();
    files.add(SITE.resolve(PAGES.get("section")).resolve("index.html"));
    for (String resource : resources) {
      String path = resource.substring(server.url().length());
      if (path.endsWith(".css") || path.endsWith(".js")) {
        files.add(SITE.resolve(path));
      }
    }
    assertThat(files).extracting(p -> p.getFileName().toString())
        .contains("index.html", "annals.css", "search.js", "citations.js");
    long gzip = 0;
    long raw = 0;
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      raw += bytes.length;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(bytes);
      }
      gzip += out.size();
    }
    System.out.printf(Locale.ROOT, "[measure] section page HTML+CSS+JS: %d files, %d bytes raw, %d bytes gzip%n",
        files.size(), raw, gzip);
    assertThat(gzip).isLessThan(60 * 1024);
    Object shift = js().executeAsyncScript("var done = arguments[arguments.length - 1]; var total = 0;"
        + "new PerformanceObserver(l => l.getEntries().forEach(e => { if (!e.hadRecentInput) total += e.value; }))"
        + ".observe({type: 'layout-shift', buffered: true}); setTimeout(() => done(total), 500);");
    assertThat(((Number) shift).doubleValue()).isZero();
    assertThat((Long) js().executeScript("return document.querySelectorAll('img:not([width]):not([height])').length"))
        .isZero();
  }
}
