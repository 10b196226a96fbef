package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Citation previews, permalinks and the cite box, in headless Chromium. */
class CitationPreviewIT extends ServedSite {
  private static final String SECTION = "papers/us-japan-relations-biden/3-1-adjustment-of-political-relations/";
  private static final String SON_TITLE = "Prospects for US-Japan relations under US President Joe Biden";

  @AfterEach
  void desktop() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
  }

  private WebElement popover() {
    return driver.findElement(By.id("citation-popover"));
  }

  private WebElement firstSon() {
    return driver.findElement(By.cssSelector("#p-3-1-2 a.citation"));
  }

  @Test
  void focusingACitationShowsItsReferenceAndEscapeHidesIt() {
    driver.get(server.url() + SECTION);
    Browser.consoleErrors(driver);
    WebElement son = firstSon();
    assertThat(son.getText()).isEqualTo("(Son, 2021)");
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", son);
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> popover().isDisplayed());
    assertThat(popover().getText()).contains(SON_TITLE, "Nguyen Tran Xuan Son", "2021");
    assertThat(popover().getAttribute("role")).isEqualTo("tooltip");
    assertThat(son.getAttribute("aria-describedby")).isEqualTo("citation-popover");
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    assertThat(popover().isDisplayed()).isFalse();
    assertThat(son.getAttribute("aria-describedby")).isNull();
    assertThat(Browser.consoleErrors(driver)).isEmpty();
  }

  @Test
  void hoveringACitationShowsItsReference() throws Exception {
    driver.get(server.url() + SECTION);
    new Actions(driver).moveToElement(firstSon()).perform();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> popover().isDisplayed());
    assertThat(popover().getText()).contains(SON_TITLE);
    Browser.screenshot(driver, "citation-preview-1280");
    new Actions(driver).moveToElement(driver.findElement(By.tagName("h1"))).perform();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !popover().isDisplayed());
  }

  @Test
  void tappingACitationOnAPhoneShowsItsReferenceWithinTheScreen() throws Exception {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 360, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    driver.get(server.url() + SECTION);
    WebElement son = firstSon();
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", son);
    tap(son);
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> popover().isDisplayed());
    assertThat(driver.getCurrentUrl()).isEqualTo(server.url() + SECTION);
    assertThat(popover().getText()).contains(SON_TITLE);
    @SuppressWarnings("unchecked")
    Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
        "var r = document.getElementById('citation-popover').getBoundingClientRect();"
            + "var c = arguments[0].getBoundingClientRect();"
            + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: innerWidth,"
            + " height: innerHeight, citeTop: c.top, citeBottom: c.bottom};", son);
    double left = ((Number) box.get("left")).doubleValue();
    double right = ((Number) box.get("right")).doubleValue();
    assertThat(left).isGreaterThanOrEqualTo(0);
    assertThat(right).isLessThanOrEqualTo(((Number) box.get("width")).doubleValue());
    assertThat(((Number) box.get("top")).doubleValue()).isGreaterThanOrEqualTo(0);
    assertThat(((Number) box.get("bottom")).doubleValue()).isLessThanOrEqualTo(((Number) box.get("height")).doubleValue());
    // It does not cover the line being read: it sits wholly below or above the citation.
    boolean below = ((Number) box.get("top")).doubleValue() >= ((Number) box.get("citeBottom")).doubleValue();
    boolean above = ((Number) box.get("bottom")).doubleValue() <= ((Number) box.get("citeTop")).doubleValue();
    assertThat(below || above).isTrue();
    Browser.screenshot(driver, "citation-preview-360");
    tap(driver.findElement(By.tagName("h1")));
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !popover().isDisplayed());
  }

  private void tap(WebElement element) {
    PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
    Sequence tap = new Sequence(finger, 0)
        .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
        .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
        .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
    driver.perform(List.of(tap));
  }

  @Test
  void withoutJavaScriptACitationIsAPlainLinkToItsEntry() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    driver.get(server.url() + SECTION);
    firstSon().click();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> d.getCurrentUrl().equals(server.url() + "papers/us-japan-relations-biden/references/#ref-11"));
    assertThat(driver.findElement(By.id("ref-11")).getText()).contains(SON_TITLE, "Cited 2 times");
  }

  @Test
  void aParagraphsPermalinkIsShownNamedAndReachedBeforeTheParagraphsLinks() {
    driver.get(server.url() + SECTION);
    WebElement link = driver.findElement(By.cssSelector("#p-3-1-2 a.permalink"));
    assertThat(link.getAttribute("href")).endsWith(SECTION + "#p-3-1-2");
    assertThat(link.getAttribute("aria-label")).isEqualTo("Link to paragraph 3.1 ¶2");
    assertThat(link.isDisplayed()).isTrue();
    assertThat(link.getCssValue("opacity")).isEqualTo("1");
    // In the DOM (so in Tab order) the permalink comes first, before the paragraph's citations.
    List<WebElement> focusable = driver.findElements(By.cssSelector("#p-3-1-2 a"));
    assertThat(focusable.get(0).getAttribute("class")).isEqualTo("permalink");
  }

  @Test
  void theCiteBoxCopiesACitation() {
    driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.url().replaceAll("/annals-demo/$", ""),
        "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    driver.get(server.url() + "papers/us-japan-relations-biden/");
    WebElement apa = driver.findElement(By.id("cite-apa"));
    assertThat(apa.getText()).startsWith("Tran, A. C. (n.d.). Adjusting the US relationship")
        .endsWith(server.url() + "papers/us-japan-relations-biden/");
    driver.findElement(By.cssSelector("button[data-copy=cite-apa]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> d.findElement(By.cssSelector(".copy-status")).getText().startsWith("Copied: Tran, A. C."));
    Object clipboard = ((JavascriptExecutor) driver).executeAsyncScript(
        "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('' + e));");
    assertThat(clipboard).isEqualTo(apa.getText());
  }
}
