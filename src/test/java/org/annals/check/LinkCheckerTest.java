package org.annals.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.annals.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
  @TempDir
  Path site;

  @Test
  void findsMissingPagesMissingAnchorsAndRootRelativeLinks() throws Exception {
    Fixtures.write(site.resolve("index.html"), "<!DOCTYPE html><html><body>"
        + "<a href=\"a/\">ok</a><a href=\"a/#here\">ok anchor</a><a href=\"#top\">missing anchor here</a>"
        + "<a href=\"b/\">missing page</a><a href=\"a/#nowhere\">missing anchor</a>"
        + "<a href=\"/a/\">root-relative</a><a href=\"../outside.html\">leaves</a>"
        + "<a href=\"https://example.org/x\">outside, not fetched</a><link rel=\"stylesheet\" href=\"s.css\">"
        + "</body></html>");
    Fixtures.write(site.resolve("a/index.html"), "<!DOCTYPE html><p id=\"here\">x</p><a href=\"../\">up</a>");
    assertThat(new LinkChecker(site).check()).extracting(LinkProblem::toString).containsExactly(
        "index.html: missing anchor: #top",
        "index.html: missing page or file: b/",
        "index.html: missing anchor: a/#nowhere",
        "index.html: link starts with /, which breaks under a project path: /a/",
        "index.html: link leaves the site: ../outside.html",
        "index.html: missing page or file: s.css");
  }
}
