package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.Fixtures;
import org.annals.diag.Diagnostics;
import org.annals.site.BuildOptions;
import org.annals.site.SiteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Reading a paper in Chromium: the contents before the areas, the contents column that follows the
 * scroll, the measure of the text, where URLs wrap, the areas as one set, the cite text without
 * JavaScript, the 404 page below the site root, and the popover's links from the keyboard.
 */
class ReadingPagesIT extends ServedSite {
  private static final String PAPER = "papers/us-japan-relations-biden/";
  private static final List<String> AREAS = List.of("3-1-adjustment-of-political-relations",
      "3-2-adjusting-economic-relations", "3-3-adjustments-to-security-defense-relations",
      "3-4-adjusting-the-relationship-on-environmental-and-climate-issues",
      "3-5-adjusting-relations-on-high-tech-issues", "3-6-adjusting-relations-on-competition-and-dealing-with-china");

  @AfterEach
  void reset() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
  }

  private void viewport(int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  private void open(String url) {
    driver.get(url);
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> driver.executeScript("return document.readyState").equals("complete"));
  }

  private Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  @Test
  void thePaperPagePutsItsContentsBeforeTheAreasInTheDocumentAndInTheTabOrder() {
    for (int width : new int[] {360, 1280}) {
      viewport(width, 800);
      open(server.url() + PAPER);
      assertThat(js("return !!(document.querySelector('nav.contents').compareDocumentPosition("
          + "document.querySelector('.area-grid')) & Node.DOCUMENT_POSITION_FOLLOWING);")).isEqualTo(true);
      assertThat(driver.findElement(By.cssSelector("nav.contents .start-reading")).getAttribute("href"))
          .endsWith(PAPER + "1-introduction/");
      int contents = -1;
      int area = -1;
      for (int i = 0; i < 80 && (contents < 0 || area < 0); i++) {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        String where = (String) js("var a = document.activeElement; return a.closest('nav.contents') ? 'contents'"
            + " : a.closest('.area-grid') ? 'area' : '';");
        if (where.equals("contents") && contents < 0) {
          contents = i;
        } else if (where.equals("area") && area < 0) {
          area = i;
        }
      }
      System.out.printf(java.util.Locale.ROOT, "[measure] paper page at %d px: contents at y=%s of %s px,"
          + " first reached by Tab stop %d, the areas by stop %d%n", width,
          js("return Math.round(document.querySelector('nav.contents').getBoundingClientRect().top + window.scrollY);"),
          js("return document.documentElement.scrollHeight;"), contents + 1, area + 1);
      assertThat(contents).as("first Tab stop in the contents at %d px", width).isBetween(0, 20);
      assertThat(area).as("first Tab stop in the areas at %d px", width).isGreaterThan(contents);
    }
  }

  @Test
  void onAWideScreenTheContentsColumnStaysInViewAndMarksTheSectionBeingRead() {
    viewport(1280, 800);
    open(server.url() + PAPER + AREAS.get(2) + "/");
    WebElement column = driver.findElement(By.cssSelector(".paper-contents"));
    assertThat(column.findElement(By.cssSelector("details")).getAttribute("open")).isNotNull();
    assertThat(column.findElement(By.cssSelector("[aria-current=page]")).getText())
        .isEqualTo("3.3 Adjustments to security-defense relations");
    js("window.scrollTo(0, document.documentElement.scrollHeight * 0.6);");
    assertThat(((Number) js("return window.scrollY;")).doubleValue()).isGreaterThan(1000);
    assertThat(((Number) js("return arguments[0].getBoundingClientRect().top;", column)).doubleValue())
        .isBetween(0.0, 100.0);
    assertThat(column.findElement(By.cssSelector("[aria-current=page]")).isDisplayed()).isTrue();

    open(server.url() + PAPER + "full/");
    System.out.printf(java.util.Locale.ROOT, "[measure] whole paper at 1280 px: %s px tall; text and contents end at x=%s%n",
        js("return document.documentElement.scrollHeight;"),
        js("return Math.round(document.querySelector('.paper-contents').getBoundingClientRect().right);"));
    WebElement contents = driver.findElement(By.cssSelector(".paper-contents"));
    for (String id : List.of("3-3-adjustments-to-security-defense-relations", "4-conclusion",
        "2-1-the-foreign-policy-legacy-of-the-donald-trump-administration")) {
      js("document.getElementById(arguments[0]).scrollIntoView();", id);
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> id.equals(js(
          "var a = document.querySelector('.paper-contents a[aria-current=location]');"
              + " return a && a.getAttribute('href').slice(1);")));
      assertThat(driver.findElements(By.cssSelector(".paper-contents [aria-current]"))).hasSize(1);
      double top = ((Number) js("return arguments[0].getBoundingClientRect().top;", contents)).doubleValue();
      assertThat(top).as("contents column top after scrolling to %s", id).isBetween(0.0, 100.0);
    }
  }

  @Test
  void onAPhoneTheContentsAreAClosedDisclosureAtTheTopAndTheBreadcrumbIsOneLine() {
    viewport(360, 740);
    open(server.url() + PAPER + AREAS.get(2) + "/");
    WebElement details = driver.findElement(By.cssSelector(".paper-contents details"));
    assertThat(details.getAttribute("open")).isNull();
    double contentsTop = details.getRect().getY();
    double headingTop = driver.findElement(By.cssSelector("article.section h1")).getRect().getY();
    assertThat(contentsTop).isLessThan(headingTop);
    System.out.printf(java.util.Locale.ROOT, "[measure] section page at 360 px: breadcrumb %d px tall, title at y=%.0f%n",
        driver.findElement(By.cssSelector(".breadcrumbs")).getRect().getHeight(), headingTop);
    WebElement crumbs = driver.findElement(By.cssSelector(".breadcrumbs"));
    double lineHeight = ((Number) js("return parseFloat(getComputedStyle(arguments[0]).lineHeight)"
        + " || parseFloat(getComputedStyle(arguments[0]).fontSize) * 1.5;", crumbs)).doubleValue();
    assertThat((double) crumbs.getRect().getHeight()).isLessThan(lineHeight * 1.9);
    details.findElement(By.tagName("summary")).click();
    assertThat(details.findElement(By.cssSelector("[aria-current=page]")).isDisplayed()).isTrue();
  }

  /**
   * Characters per line of a page's first body paragraph, from its width and the width of its own
   * text in its font: the font the page chooses here, or the given family in its place.
   */
  private double measure(String path, String family) {
    open(server.url() + path);
    if (family != null) {
      js("document.documentElement.style.setProperty('--serif', arguments[0]);", family);
    }
    return ((Number) js("var p = document.querySelector('.block p');"
        + " var style = getComputedStyle(p);"
        + " var context = document.createElement('canvas').getContext('2d');"
        + " context.font = style.fontStyle + ' ' + style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;"
        + " var text = p.textContent.replace(/\\s+/g, ' ').trim();"
        + " var average = context.measureText(text).width / text.length;"
        + " return p.clientWidth / average;")).doubleValue();
  }

  @Test
  void bodyTextRunsBetween60And75CharactersALineOnAWideScreen() {
    viewport(1280, 800);
    // The stack's own choice here, and the wide and the narrow serif that Linux systems fall back to.
    java.util.Arrays.asList(null, "'DejaVu Serif'", "'Liberation Serif'").forEach(family -> {
      for (String path : List.of(PAPER + AREAS.get(2) + "/", PAPER + "full/", PAPER + "1-introduction/")) {
        double characters = measure(path, family);
        System.out.printf(java.util.Locale.ROOT, "[measure] %s in %s: %.1f characters a line, %s px wide%n", path,
            family == null ? "the page's font" : family, characters,
            js("return document.querySelector('.block p').clientWidth;"));
        assertThat(characters).as(path + " in " + family).isBetween(60.0, 75.0);
      }
    });
  }

  @Test
  void noUrlBreaksInsideItsHostNameOnAPhone() {
    viewport(360, 740);
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (String path : List.of("", PAPER, PAPER + AREAS.get(2) + "/", PAPER + "full/", PAPER + "references/",
        PAPER + "1-introduction/")) {
      open(server.url() + path);
      js("document.querySelectorAll('details').forEach(d => d.open = true);");
      List<String> results = hostsOfUrls();
      checked += results.size();
      results.stream().filter(h -> !h.isEmpty()).forEach(h -> broken.add(path + ": " + h));
    }
    assertThat(checked).as("URLs checked").isGreaterThan(30);
    assertThat(broken).isEmpty();
    // The check itself: a URL allowed to break anywhere, in a narrow box, is reported.
    js("var p = document.createElement('p'); p.style.cssText = 'word-break: break-all; width: 5em';"
        + " p.innerHTML = '<a href=\"https://www.sggp.org.vn/a/b\">https://www.sggp.org.vn/a/b</a>';"
        + " document.querySelector('main').appendChild(p);");
    assertThat(hostsOfUrls()).contains("www.sggp.org.vn");
  }

  /** For every URL shown in the page's main part: its host name if it breaks across lines, else "". */
  @SuppressWarnings("unchecked")
  private List<String> hostsOfUrls() {
    return ((List<Object>) js(
        "var out = [];"
              + " document.querySelectorAll('main a, main .cite-url, main .ref-url').forEach(function (e) {"
              + "  var text = e.textContent;"
              + "  var match = /https?:\\/\\/([^\\/\\s]+)/.exec(text);"
              + "  if (!match || e.offsetParent === null) { return; }"
              + "  var start = match.index + match[0].length - match[1].length, end = match.index + match[0].length;"
              + "  var walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT), node, at = 0;"
              + "  var range = document.createRange(), begun = false;"
              + "  while ((node = walker.nextNode())) {"
              + "    var next = at + node.data.length;"
              + "    if (!begun && start < next) { range.setStart(node, start - at); begun = true; }"
              + "    if (begun && end <= next) { range.setEnd(node, end - at); break; }"
              + "    at = next;"
              + "  }"
              + "  var tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0)"
              + "    .map(r => Math.round(r.top)));"
              + "  out.push(tops.size > 1 ? match[1] : '');"
              + " });"
              + " return out;")).stream().map(String::valueOf).toList();
  }

  @Test
  void everyAreaPageLinksEveryOtherAreaAndItsNeighbours() {
    for (int i = 0; i < AREAS.size(); i++) {
      open(server.url() + PAPER + AREAS.get(i) + "/");
      List<String> links = driver.findElements(By.cssSelector(".areas-strip ol a")).stream()
          .map(a -> a.getAttribute("href")).toList();
      List<String> others = new ArrayList<>();
      for (int j = 0; j < AREAS.size(); j++) {
        if (j != i) {
          others.add(server.url() + PAPER + AREAS.get(j) + "/");
        }
      }
      assertThat(links).as(AREAS.get(i)).containsExactlyElementsOf(others);
      assertThat(driver.findElement(By.cssSelector(".areas-strip [aria-current=page]")).getText())
          .startsWith("3." + (i + 1));
      List<String> neighbours = driver.findElements(By.cssSelector(".areas-pager a")).stream()
          .map(a -> a.getAttribute("href")).toList();
      List<String> expected = new ArrayList<>();
      if (i > 0) {
        expected.add(server.url() + PAPER + AREAS.get(i - 1) + "/");
      }
      if (i < AREAS.size() - 1) {
        expected.add(server.url() + PAPER + AREAS.get(i + 1) + "/");
      }
      assertThat(neighbours).as(AREAS.get(i)).containsExactlyElementsOf(expected);
    }
    open(server.url() + PAPER + "3-areas-of-adjustment/");
    List<WebElement> cards = driver.findElements(By.cssSelector(".area-grid .area-card"));
    assertThat(cards).hasSize(AREAS.size());
    for (WebElement card : cards) {
      assertThat(card.findElement(By.tagName("p")).getText()).as("summary").matches("(?s).{40,}[.?!]”?");
    }
  }

  @Test
  void withABaseUrlTheCiteTextHoldsThePapersAddressWithoutJavaScript() throws Exception {
    Path out = Fixtures.projectDir().resolve("target/fixture-sites/first-paper-base-url");
    Diagnostics diagnostics = new Diagnostics();
    SiteBuilder.build(new BuildOptions(Fixtures.firstPaperContent(), Optional.of(Fixtures.templates()),
        Optional.of(Fixtures.staticFiles()), out, Optional.of("https://archive.example.org/annals-demo/")), diagnostics);
    assertThat(diagnostics.errorCount()).isZero();
    try (StaticServer based = new StaticServer(out, "annals-demo")) {
      driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
      open(based.url() + PAPER + AREAS.get(0) + "/");
      // A section page links the paper's cite box rather than repeating it.
      assertThat(driver.findElement(By.cssSelector(".paper-context .cite-link a")).getAttribute("href"))
          .isEqualTo(based.url() + PAPER + "#cite");
      assertThat(driver.findElements(By.cssSelector(".cite-text"))).isEmpty();
      for (String path : List.of(PAPER, PAPER + "full/", PAPER + "references/")) {
        open(based.url() + path);
        js("document.querySelectorAll('details').forEach(d => d.open = true);");
        for (WebElement cite : driver.findElements(By.cssSelector(".cite-text"))) {
          assertThat(cite.getText()).as(path)
              .endsWith("https://archive.example.org/annals-demo/" + PAPER);
        }
        assertThat(driver.findElements(By.cssSelector(".cite-text"))).as(path).hasSize(2);
      }
    }
  }

  @Test
  void theNotFoundPageBelowTheRootIsStyledAndLinksHome() {
    String deep = server.url() + PAPER + "no-such-section/at/all/";
    open(deep);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    assertThat(js("return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle;"))
        .isEqualTo("solid");
    assertThat(js("return getComputedStyle(document.querySelector('main')).maxWidth;")).isNotEqualTo("none");
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> server.url().equals(
        driver.findElement(By.cssSelector("main a[data-root='']")).getAttribute("href")));
    assertThat(driver.findElement(By.cssSelector(".site-title")).getAttribute("href")).isEqualTo(server.url());
    assertThat(driver.findElement(By.cssSelector("main a[data-root='search/']")).getAttribute("href"))
        .isEqualTo(server.url() + "search/");
    driver.findElement(By.cssSelector("main a[data-root='']")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().equals(server.url()));
    assertThat(driver.getTitle()).doesNotContain("not found");
    // The root finder's probes are logged as failed requests; later tests read a clean log.
    Browser.consoleErrors(driver);
  }

  @Test
  void thePopoversLinksAreReachedByTheDownArrowAndEscapeReturns() {
    viewport(1280, 800);
    open(server.url() + PAPER + AREAS.get(2) + "/");
    WebElement citation = driver.findElement(By.cssSelector("#p-3-3-1 a.citation"));
    js("arguments[0].focus();", citation);
    WebElement popover = driver.findElement(By.id("citation-popover"));
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> popover.isDisplayed());
    new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
    WebElement first = driver.switchTo().activeElement();
    assertThat(js("return document.getElementById('citation-popover').contains(document.activeElement);"))
        .isEqualTo(true);
    assertThat(first.getTagName()).isEqualTo("a");
    List<String> visited = new ArrayList<>();
    visited.add(first.getText());
    for (int i = 0; i < 5; i++) {
      new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
      visited.add(driver.switchTo().activeElement().getText());
    }
    assertThat(visited).contains("Go to the reference list");
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    assertThat(driver.switchTo().activeElement()).isEqualTo(citation);
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !popover.isDisplayed());

    // Tab pressed quickly from a citation: focus goes to the next link of the text, never into the popover.
    js("arguments[0].blur(); arguments[0].focus();", citation);
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> popover.isDisplayed());
    new Actions(driver).sendKeys(Keys.TAB).perform();
    assertThat(js("return document.getElementById('citation-popover').contains(document.activeElement);"))
        .isEqualTo(false);
    assertThat((Long) js("return document.querySelectorAll('#citation-popover a:not([tabindex=\"-1\"])').length;"))
        .isZero();
  }
}
