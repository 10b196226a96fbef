package org.annals.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Nu Html Checker over every page of the packaged site. */
class HtmlValidityIT {
  @Test
  void everyPageOfTheBuiltSiteIsValidHtml() throws Exception {
    Path site = Path.of(System.getProperty("annals.site", "target/site"));
    long pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).count();
    }
    assertThat(pages).isEqualTo(org.annals.Fixtures.pageCount(org.annals.Fixtures.liveContent()));
    assertThat(new HtmlValidator(System.getProperty("annals.validatorClasspath")).validate(site)).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"golden/small/content", "archives/browse/content",
      "archives/pandoc-syntax/content", "archives/joss/content"})
  void everyPageOfEachFixtureArchiveIsValidHtml(String fixture, @org.junit.jupiter.api.io.TempDir Path temp)
      throws Exception {
    Path project = Path.of(System.getProperty("annals.projectDir", "."));
    Path out = temp.resolve("site");
    org.annals.diag.Diagnostics diagnostics = new org.annals.diag.Diagnostics();
    org.annals.site.SiteBuilder.build(new org.annals.site.BuildOptions(
        project.resolve("src/test/resources/" + fixture), java.util.Optional.empty(),
        java.util.Optional.empty(), out, java.util.Optional.empty()), diagnostics);
    // Real papers may carry warnings (a JOSS paper gives one author's ORCID twice); none is an error.
    assertThat(diagnostics.list()).filteredOn(d -> d.severity() == org.annals.diag.Severity.ERROR).isEmpty();
    assertThat(new HtmlValidator(System.getProperty("annals.validatorClasspath")).validate(out)).isEmpty();
  }

  @Test
  void theCheckerReportsAnInvalidPage() throws Exception {
    Path broken = Path.of(System.getProperty("annals.projectDir", ".")).resolve("src/test/resources/check/broken");
    assertThat(new HtmlValidator(System.getProperty("annals.validatorClasspath")).validate(broken))
        .extracting(LinkProblem::toString)
        .containsExactly("a/index.html:5:56: invalid HTML: No “p” element in scope but a “p” end tag seen.");
  }
}
