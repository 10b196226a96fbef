package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.Fixtures;
import org.annals.serve.PreviewServer;
import org.annals.site.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview in a real browser: an edit reloads the page; a broken file shows an overlay until it
 * is fixed; and the reload script, the overlay and the pages work under the site's
 * Content-Security-Policy, which the preview sends as a header too, without a violation.
 */
class ServeIT {
  @TempDir
  Path temp;

  @Test
  void reloadsOnSaveAndShowsBuildErrorsOverThePage() throws Exception {
    Path content = temp.resolve("content");
    Fixtures.copyTree(Fixtures.firstPaperContent(), content);
    Path paper = content.resolve("papers/us-japan-relations-biden/paper.md");
    Path project = Fixtures.projectDir();
    try (PreviewServer server = new PreviewServer(new BuildOptions(content, Optional.of(project.resolve("templates")),
        Optional.of(project.resolve("static")), temp.resolve("preview"), Optional.empty()), 0,
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
      server.start();
      ChromeDriver driver = Browser.get();
      Object registration = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
          "window.__violations = []; document.addEventListener('securitypolicyviolation', e =>"
              + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':'"
              + " + e.lineNumber));"));
      try {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // The page reloads on each save: an element found just before it does is gone when read.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        driver.get(server.url() + "papers/us-japan-relations-biden/4-conclusion/");
        wait.until(d -> js(d).executeScript("return document.readyState").equals("complete"));
        Thread.sleep(300);
        assertThat(violations(driver)).as("violations on a served page").isEmpty();

        String text = Files.readString(paper);
        Files.writeString(paper, text.replace("A notable highlight", "A remarkable highlight"));
        wait.until(d -> d.findElement(By.cssSelector("#p-4-2 p")).getText().startsWith("A remarkable highlight"));
        assertThat(violations(driver)).as("violations on the reloaded page").isEmpty();

        Files.writeString(paper, text.replace("(Lan & Huy, 2024)", "(Lan & Hue, 2024)"));
        wait.until(d -> !d.findElements(By.id("annals-error-overlay")).isEmpty());
        WebElement overlay = driver.findElement(By.id("annals-error-overlay"));
        assertThat(overlay.getText()).contains("paper.md:115:587: error: unresolved citation (Lan & Hue, 2024)")
            .contains("hint: the nearest is [6] Do Mai Lan & Chu Cong Huy (2024), cited as (Lan & Huy, 2024)");
        assertThat(overlay.getAttribute("role")).isEqualTo("alert");
        assertThat(js(driver).executeScript("return document.querySelectorAll('#annals-error-overlay, "
            + "#annals-error-overlay *').length > 0 && !document.querySelector('#annals-error-overlay [style], "
            + "#annals-error-overlay[style]');")).as("no inline style on the overlay").isEqualTo(true);
        // Its look comes from the preview's stylesheet, which the policy lets in.
        wait.until(d -> overlay.getCssValue("position").equals("fixed"));
        assertThat(overlay.getCssValue("z-index")).isEqualTo("2147483647");
        assertThat(driver.findElement(By.cssSelector("#annals-error-overlay pre")).getCssValue("white-space"))
            .isEqualTo("pre-wrap");
        Browser.screenshot(driver, "preview-error-overlay-1280");
        assertThat(violations(driver)).as("violations with the error overlay shown").isEmpty();

        Files.writeString(paper, text.replace("A notable highlight", "A fixed highlight"));
        wait.until(d -> d.findElements(By.id("annals-error-overlay")).isEmpty()
            && d.findElement(By.cssSelector("#p-4-2 p")).getText().startsWith("A fixed highlight"));

        // The not-found page, whose own policy allows its inline style and script by their hashes.
        driver.get(server.url() + "no/such/page/");
        wait.until(d -> js(d).executeScript("return document.readyState").equals("complete"));
        Thread.sleep(300);
        assertThat(violations(driver)).as("violations on the not-found page").isEmpty();

        // The check itself: an inline script added to a served page is refused and reported.
        js(driver).executeScript("var s = document.createElement('script'); s.textContent = 'window.ran = 1';"
            + " document.body.appendChild(s);");
        wait.until(d -> !violations(driver).isEmpty());
        assertThat(js(driver).executeScript("return window.ran;")).isNull();
      } finally {
        driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
            Map.of("identifier", ((Map<?, ?>) registration).get("identifier")));
      }
    }
  }

  private static JavascriptExecutor js(WebDriver driver) {
    return (JavascriptExecutor) driver;
  }

  /** The policy violations reported on the open page since it loaded. */
  private static List<?> violations(WebDriver driver) {
    return (List<?>) js(driver).executeScript("return window.__violations || [];");
  }
}
