package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Search on the built first paper, in headless Chromium, served under a project path. */
class SearchIT extends ServedSite {

  @BeforeEach
  void clearConsole() {
    driver.get(server.url());
    Browser.consoleErrors(driver);
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  private List<WebElement> typeInHeader(String query) {
    WebElement box = driver.findElement(By.id("site-search-input"));
    box.clear();
    box.sendKeys(query);
    waiting().until(d -> d.findElement(By.cssSelector(".site-search .search-status")).getText()
        .contains("“" + query.trim() + "”"));
    return driver.findElements(By.cssSelector("#site-search-results li a"));
  }

  @Test
  void doesNotLoadTheIndexUntilTheBoxIsUsed() {
    driver.get(server.url() + "papers/us-japan-relations-biden/4-conclusion/");
    assertThat(resources("search/index/")).isEmpty();
    driver.findElement(By.id("site-search-input")).click();
    waiting().until(d -> !resources("search/index/meta.json").isEmpty());
  }

  @Test
  void tomahawkPutsTheSecurityDefenceParagraphFirst() throws Exception {
    driver.get(server.url() + "papers/us-japan-relations-biden/");
    List<WebElement> results = typeInHeader("Tomahawk");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).getAttribute("href"))
        .startsWith(server.url() + "papers/us-japan-relations-biden/3-3-adjustments-to-security-defense-relations/")
        .endsWith("#p-3-3-3");
    assertThat(results.get(0).findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("Tomahawk");
    assertThat(results.get(0).findElement(By.className("result-title")).getText())
        .isEqualTo("3.3 Adjustments to security-defense relations");
    assertThat(results.get(0).findElement(By.className("result-crumbs")).getText())
        .isEqualTo("Adjusting the US relationship with Japan under President Joe Biden (2021-2025)"
            + " › 3.3 Adjustments to security-defense relations › ¶3");
    assertThat(results.get(0).findElement(By.className("result-byline")).getText()).isEqualTo("Tran Anh Cong");
    assertThat(driver.findElement(By.cssSelector(".site-search .search-status")).getAttribute("textContent"))
        .isEqualTo("2 results for “Tomahawk”");
    Browser.screenshot(driver, "search-results-1280");
    assertThat(Browser.consoleErrors(driver)).isEmpty();
  }

  @Test
  void findsSwanstromWithAndWithoutTheAccent() {
    for (String query : List.of("swanstrom", "Swanström")) {
      List<String> hrefs = typeInHeader(query).stream().map(a -> a.getAttribute("href")).toList();
      assertThat(hrefs).as(query).anyMatch(h -> h.endsWith("2-3-northeast-asia-security-situation/?hl=swanstrom#p-2-3-2"));
      assertThat(hrefs).as(query).anyMatch(h -> h.endsWith("references/?hl=swanstrom#ref-13"));
    }
    assertThat(Browser.consoleErrors(driver)).isEmpty();
  }

  @Test
  void matchesTheLastWordAsAPrefixAndOtherFormsOfAWord() {
    assertThat(typeInHeader("semiconductors")).isNotEmpty();
    List<String> plural = typeInHeader("semiconductors").stream().map(a -> a.getAttribute("href")).toList();
    List<String> singular = typeInHeader("semiconductor").stream().map(a -> a.getAttribute("href")).toList();
    assertThat(plural).isNotEmpty().containsExactlyInAnyOrderElementsOf(singular);
    List<String> prefix = typeInHeader("semicond").stream().map(a -> a.getAttribute("href")).toList();
    assertThat(prefix).containsAll(singular);
  }

  @Test
  void opensAResultFromTheKeyboardAndHighlightsItsParagraph() {
    driver.get(server.url() + "papers/us-japan-relations-biden/1-introduction/");
    new Actions(driver).sendKeys("/").perform();
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("site-search-input");
    new Actions(driver).sendKeys("Tomahawk").perform();
    waiting().until(d -> d.findElement(By.cssSelector(".site-search .search-status")).getText().startsWith("2 results"));
    new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
    WebElement active = driver.switchTo().activeElement();
    assertThat(active.getAttribute("href")).endsWith("#p-3-3-3");
    new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
    assertThat(driver.switchTo().activeElement().getAttribute("href")).endsWith("#p-3-3-4");
    new Actions(driver).sendKeys(Keys.ARROW_UP).perform();
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    waiting().until(d -> d.getCurrentUrl().endsWith("#p-3-3-3"));
    waiting().until(d -> !d.findElements(By.cssSelector("#p-3-3-3 mark.search-hit")).isEmpty());
    assertThat(driver.findElements(By.cssSelector("#p-3-3-3 mark.search-hit"))).extracting(WebElement::getText)
        .containsOnly("Tomahawk");
    assertThat(driver.findElement(By.id("p-3-3-3")).getAttribute("class")).contains("search-target");
    Object top = ((JavascriptExecutor) driver).executeScript(
        "var r = document.getElementById('p-3-3-3').getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0;");
    assertThat(top).isEqualTo(true);
    assertThat(Browser.consoleErrors(driver)).isEmpty();
  }

  @Test
  void escapeClearsTheBoxAndTheResults() {
    typeInHeader("Tomahawk");
    WebElement box = driver.findElement(By.id("site-search-input"));
    box.sendKeys(Keys.ESCAPE);
    assertThat(box.getAttribute("value")).isEmpty();
    assertThat(driver.findElement(By.cssSelector(".site-search .search-panel")).isDisplayed()).isFalse();
  }

  @Test
  void theSearchPageCarriesTheQueryInItsAddress() {
    driver.get(server.url() + "search/?q=semiconductor");
    waiting().until(d -> d.findElement(By.id("search-page-status")).getText().contains("for “semiconductor”"));
    assertThat(driver.findElements(By.cssSelector("#search-page-results a"))).isNotEmpty();
    WebElement box = driver.findElement(By.id("search-page-input"));
    assertThat(box.getAttribute("value")).isEqualTo("semiconductor");
    box.clear();
    box.sendKeys("Kishida");
    waiting().until(d -> d.getCurrentUrl().endsWith("search/?q=Kishida"));
    waiting().until(d -> d.findElement(By.id("search-page-status")).getText().startsWith("1 result for"));
    driver.findElement(By.cssSelector("#search-page-results a")).click();
    waiting().until(d -> d.getCurrentUrl().contains("3-1-adjustment-of-political-relations"));
    driver.navigate().back();
    waiting().until(d -> d.getCurrentUrl().endsWith("search/?q=Kishida"));
    waiting().until(d -> d.findElement(By.id("search-page-status")).getText().startsWith("1 result for"));
    assertThat(Browser.consoleErrors(driver)).isEmpty();
  }

  @Test
  void leadsFromTheBoxToAllResultsAndShowsMoreOnRequest() {
    List<WebElement> shown = typeInHeader("Japan");
    assertThat(shown).hasSize(8);
    WebElement all = driver.findElement(By.cssSelector(".search-more"));
    assertThat(all.isDisplayed()).isTrue();
    int total = Integer.parseInt(all.getText().replaceAll("\\D+", ""));
    assertThat(total).isGreaterThan(20);
    all.click();
    waiting().until(d -> d.getCurrentUrl().endsWith("search/?q=Japan"));
    waiting().until(d -> d.findElements(By.cssSelector("#search-page-results li")).size() == 20);
    driver.findElement(By.id("search-page-more")).click();
    waiting().until(d -> d.findElements(By.cssSelector("#search-page-results li")).size() == Math.min(40, total));
    assertThat(driver.findElement(By.id("search-page-status")).getText()).startsWith(total + " results for");
  }

  @Test
  void saysSoWhenNothingMatches() {
    driver.get(server.url() + "search/?q=zyzzyva");
    waiting().until(d -> d.findElement(By.id("search-page-status")).getText()
        .equals("No results for “zyzzyva”. Check the spelling, or try fewer or other words."));
    assertThat(driver.findElements(By.cssSelector("#search-page-results li"))).isEmpty();
  }

  @Test
  void withoutJavaScriptTheBoxSubmitsToTheSearchPage() throws Exception {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      driver.get(server.url() + "papers/us-japan-relations-biden/");
      WebElement button = driver.findElement(By.cssSelector(".site-search button[type=submit]"));
      assertThat(button.isDisplayed()).isTrue();
      driver.findElement(By.id("site-search-input")).sendKeys("Tomahawk", Keys.ENTER);
      waiting().until(d -> d.getCurrentUrl().equals(server.url() + "search/?q=Tomahawk"));
      assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("needs JavaScript");
      Browser.screenshot(driver, "search-page-no-javascript-1280");
    } finally {
      driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  @Test
  void theSearchLandmarkIsLabelledAndResultsAreAnnounced() {
    WebElement form = driver.findElement(By.cssSelector("header form[role=search]"));
    assertThat(form.getAttribute("aria-label")).isNotBlank();
    assertThat(driver.findElement(By.cssSelector("label[for=site-search-input]")).getAttribute("textContent"))
        .isEqualTo("Search");
    WebElement status = driver.findElement(By.cssSelector(".site-search [role=status]"));
    assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
  }

  @Test
  void measuresQueriesOnTheFirstPaper() {
    String page = server.url() + "papers/us-japan-relations-biden/2-2-the-us-foreign-policy-shift/";
    for (String query : List.of("Tomahawk", "swanstrom", "semiconductor", "Biden Japan", "allian")) {
      SearchMeasure.Cost cost = SearchMeasure.median(driver, page, query, 5);
      System.out.printf(java.util.Locale.ROOT, "[measure] first paper, query '%s': %s; %d files, %d bytes, median %.0f ms (typed again: %.1f ms)%n",
          query, cost.status(), cost.files(), cost.bytes(), cost.ms(), cost.warmMs());
      assertThat(cost.bytes()).as(query).isPositive().isLessThan(ScaleSearchIT.QUERY_BUDGET);
      assertThat(cost.status()).as(query).doesNotStartWith("No results");
    }
    assertThat(Browser.consoleErrors(driver)).isEmpty();
  }

  @Test
  void countsEveryCompletionOfAPrefixHoweverMany(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
      throws Exception {
    java.nio.file.Path content = temp.resolve("content");
    org.annals.Fixtures.write(content.resolve("site.yaml"), "title: \"Completions\"\n");
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 70; i++) {
      body.append("The zeta").append((char) ('a' + i / 26)).append((char) ('a' + i % 26)).append(" term.\n\n");
    }
    org.annals.Fixtures.write(content.resolve("papers/p/paper.md"), "---\ntitle: \"Completions\"\nauthors:\n"
        + "  - name: \"Ann Lee\"\n---\n\n## 1. One\n\n" + body);
    java.nio.file.Path site = temp.resolve("site");
    org.annals.site.SiteBuilder.build(new org.annals.site.BuildOptions(content,
        java.util.Optional.of(org.annals.Fixtures.templates()), java.util.Optional.of(org.annals.Fixtures.staticFiles()),
        site, java.util.Optional.empty()), new org.annals.diag.Diagnostics());
    try (StaticServer own = new StaticServer(site, "zetas")) {
      driver.get(own.url());
      typeInHeader("zeta");
      // 70 paragraphs, each with its own word beginning "zeta", and the paper, described by its first sentence.
      assertThat(driver.findElement(By.cssSelector(".site-search .search-status")).getAttribute("textContent"))
          .isEqualTo("71 results for “zeta”");
      typeInHeader("zetab");
      assertThat(driver.findElement(By.cssSelector(".site-search .search-status")).getAttribute("textContent"))
          .isEqualTo("26 results for “zetab”");
    }
  }

  @Test
  void readsAWordOneLetterOffAsTheWordTheArchiveHas() {
    typeInHeader("Fumio Kishda ");
    String status = driver.findElement(By.cssSelector(".site-search .search-status")).getAttribute("textContent");
    assertThat(status).contains("showing “kishida” for “kishda”").doesNotStartWith("No results");
    assertThat(driver.findElements(By.cssSelector("#site-search-results li mark"))).extracting(WebElement::getText)
        .contains("Kishida");
  }

  @Test
  void aPhraseMatchesItsWordsSideBySideOnly() {
    List<WebElement> phrase = typeInHeader("\"East Sea\"");
    List<WebElement> words = typeInHeader("East Sea ");
    assertThat(phrase).isNotEmpty();
    assertThat(words.size()).isGreaterThanOrEqualTo(phrase.size());
    typeInHeader("\"biden tomahawk\"");
    assertThat(driver.findElement(By.cssSelector(".site-search .search-status")).getAttribute("textContent"))
        .startsWith("No results");
  }

  @Test
  void marksTheWordsTypedNotLongerWordsTheyBegin() {
    List<WebElement> results = typeInHeader("East Sea");
    assertThat(results).isNotEmpty();
    for (WebElement result : results) {
      assertThat(result.findElements(By.tagName("mark"))).extracting(m -> m.getText().toLowerCase())
          .as(result.getText()).doesNotContain("seaports").contains("sea");
    }
  }

  @Test
  void noResultIsShownTwiceAndEachParagraphNamesItsNumber() {
    List<WebElement> results = typeInHeader("climate ");
    List<String> hrefs = results.stream().map(a -> a.getAttribute("href")).toList();
    assertThat(hrefs).doesNotHaveDuplicates();
    List<String> texts = results.stream().map(WebElement::getText).toList();
    assertThat(texts).doesNotHaveDuplicates();
    assertThat(results.stream().filter(a -> a.getAttribute("href").contains("#p-"))
        .map(a -> a.findElement(By.className("result-crumbs")).getText()))
        .isNotEmpty().allMatch(c -> c.matches(".* › ¶\\d+"));
  }

  @Test
  void findsAnAuthorAndTheirPaperAndNarrowsByKind() {
    driver.get(server.url() + "search/?q=Tran+Anh+Cong+");
    waiting().until(d -> d.findElement(By.id("search-page-status")).getText().contains("results for"));
    List<WebElement> results = driver.findElements(By.cssSelector("#search-page-results li"));
    assertThat(results.get(0).getAttribute("class")).contains("search-result-paper");
    assertThat(results.stream().map(r -> r.getAttribute("class"))).anyMatch(c -> c.contains("search-result-author"));
    assertThat(driver.findElements(By.cssSelector("form[role=search]"))).hasSize(1);
    org.openqa.selenium.support.ui.Select kind = new org.openqa.selenium.support.ui.Select(
        driver.findElement(By.id("search-page-kind")));
    assertThat(kind.getOptions()).extracting(WebElement::getText).contains("Authors (1)");
    kind.selectByValue("author");
    waiting().until(d -> d.findElement(By.id("search-page-status")).getText().startsWith("1 result for"));
    assertThat(driver.findElements(By.cssSelector("#search-page-results li a"))).extracting(a -> a.getAttribute("href"))
        .containsExactly(server.url() + "authors/tran-anh-cong/?hl=tran+anh+cong");
    assertThat(driver.getCurrentUrl()).contains("kind=author");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> resources(String containing) {
    return (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(
        "return performance.getEntriesByType('resource').filter(e => e.name.includes(arguments[0]))"
            + ".map(e => ({name: e.name, size: e.encodedBodySize}));", containing);
  }
}
