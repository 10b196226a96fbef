package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.annals.Fixtures;
import org.annals.serve.PreviewServer;
import org.annals.site.BuildOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The preview in a real browser: an edit reloads the page; a broken file shows an overlay until it is fixed. */
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
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
      driver.get(server.url() + "papers/us-japan-relations-biden/4-conclusion/");
      wait.until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState").equals("complete"));
      Thread.sleep(300);

      String text = Files.readString(paper);
      Files.writeString(paper, text.replace("A notable highlight", "A remarkable highlight"));
      wait.until(d -> d.findElement(By.cssSelector("#p-4-2 p")).getText().startsWith("A remarkable highlight"));

      Files.writeString(paper, text.replace("(Lan & Huy, 2024)", "(Lan & Hue, 2024)"));
      wait.until(d -> !d.findElements(By.id("annals-error-overlay")).isEmpty());
      String overlay = driver.findElement(By.id("annals-error-overlay")).getText();
      assertThat(overlay).contains("paper.md:115:587: error: unresolved citation (Lan & Hue, 2024)")
          .contains("hint: the nearest is [6] Do Mai Lan & Chu Cong Huy (2024), cited as (Lan & Huy, 2024)");
      assertThat(driver.findElement(By.id("annals-error-overlay")).getAttribute("role")).isEqualTo("alert");
      Browser.screenshot(driver, "preview-error-overlay-1280");

      Files.writeString(paper, text.replace("A notable highlight", "A fixed highlight"));
      wait.until(d -> d.findElements(By.id("annals-error-overlay")).isEmpty()
          && d.findElement(By.cssSelector("#p-4-2 p")).getText().startsWith("A fixed highlight"));
    }
  }
}
