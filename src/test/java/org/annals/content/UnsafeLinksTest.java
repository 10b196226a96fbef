package org.annals.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.diag.Diagnostic;
import org.annals.diag.Diagnostics;
import org.annals.model.Paper;
import org.junit.jupiter.api.Test;

/** Links from content become links only to web, mail and relative addresses, whatever tricks they use. */
class UnsafeLinksTest {
  private static final String PAPER = """
      ---
      title: "Links [in the title](JaVaScRiPt:alert(1))"
      authors:
        - name: "Mai Anh"
      abstract: "An abstract [with a link](vbscript:msgbox(1)) and [a good one](https://example.org/a)."
      ---

      ## 1. Introduction

      A [link](JaVaScRiPt:alert(1)), [a tab](java&#x09;script:alert(2)), [an entity](&#106;avascript:alert(3)),
      [spaces](  javascript:alert(4)), <DATA:text/html,x>, [a reference][r], ![an image](javascript:alert(5)),
      [good](https://example.org/b), [mail](mailto:a@example.org), [relative](../other/) and [anchor](#p-1-1).

      ![A figure](vbscript:alert(6))

      [r]: JAVASCRIPT:alert(7)
      """;

  @Test
  void onlyWebMailAndRelativeAddressesBecomeLinksAndEveryOtherIsAWarningAtItsPlace() {
    Diagnostics diagnostics = new Diagnostics();
    Paper paper = new PaperReader(diagnostics).read("p", Path.of("papers/p/paper.md"), PAPER).orElseThrow();
    StringBuilder html = new StringBuilder(paper.titleHtml()).append(paper.abstractText().html());
    paper.allSections().forEach(s -> s.paragraphs().forEach(p -> html.append(p.html())));
    List<String> hrefs = new java.util.ArrayList<>();
    Matcher m = Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(html);
    while (m.find()) {
      hrefs.add(m.group(1));
    }
    assertThat(hrefs).containsExactlyInAnyOrder("https://example.org/a", "https://example.org/b",
        "mailto:a@example.org", "../other/", "#p-1-1");
    assertThat(html.toString().toLowerCase(Locale.ROOT)).doesNotContain("href=\"javascript").doesNotContain("<img");
    // Shown as their text.
    assertThat(html.toString()).contains("in the title", "with a link", "a tab", "an entity", "spaces",
        "DATA:text/html,x", "a reference", "an image", "A figure");
    assertThat(diagnostics.errorCount()).isZero();
    assertThat(diagnostics.list()).extracting(d -> d.position().line() + ":" + d.position().column())
        .containsExactly("2:1", "5:1", "10:3", "10:32", "10:68", "11:1", "11:34", "11:54", "11:72", "14:1");
    assertThat(diagnostics.list()).extracting(Diagnostic::message).allMatch(s -> s.endsWith("it is shown as text"));
    assertThat(diagnostics.list().get(3).message()).contains("'java\\u0009script:alert(2)'");
  }

  @Test
  void aBibliographyUrlThatIsNotAWebAddressIsAWarningAtItsEntryAndNoLink(@org.junit.jupiter.api.io.TempDir Path folder)
      throws Exception {
    java.nio.file.Files.writeString(folder.resolve("refs.bib"), """
        @article{good,
          author = {Son, Nguyen},
          title = {A good entry},
          year = {2021},
          url = {https://example.org/good}
        }

        @article{bad,
          author = {Lan, Tran},
          title = {A bad entry},
          year = {2022},
          url = {JaVaScRiPt:alert(1)}
        }
        """);
    String text = """
        ---
        title: "Cited"
        authors:
          - name: "Mai Anh"
        bibliography: refs.bib
        ---

        ## Introduction

        As shown [@good; @bad].
        """;
    Diagnostics diagnostics = new Diagnostics();
    Paper paper = new PaperReader(diagnostics).read("p", folder.resolve("paper.md"), text).orElseThrow();
    assertThat(paper.references()).extracting(r -> r.url().orElse("none"))
        .containsExactlyInAnyOrder("https://example.org/good", "none");
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.position().line()).isEqualTo(8);
      assertThat(d.message()).isEqualTo("in 'bad': link to 'JaVaScRiPt:alert(1)' is not a web or mail address;"
          + " it is shown as text");
    });
  }
}
