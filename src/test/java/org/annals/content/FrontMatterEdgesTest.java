package org.annals.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.annals.diag.Diagnostics;
import org.annals.diag.Severity;
import org.annals.model.Paper;
import org.junit.jupiter.api.Test;

class FrontMatterEdgesTest {
  private static final String BODY = "\n## 1. Introduction\n\nText.\n";

  @Test
  void aFieldGivenTwiceInsideAnAuthorEntryIsAWarningAndTheLastCounts() {
    Diagnostics diagnostics = new Diagnostics();
    Paper paper = new PaperReader(diagnostics).read("p", Path.of("papers/p/paper.md"), """
        ---
        title: "A paper"
        authors:
          - name: "Mai Anh"
            orcid: "0000-0002-1825-0097"
            orcid: "0000-0001-5109-3700"
        ---
        """ + BODY).orElseThrow();
    assertThat(paper.authors().get(0).orcid()).contains("0000-0001-5109-3700");
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.position().line()).isEqualTo(6);
      assertThat(d.message()).isEqualTo("field 'orcid' is given twice");
    });
  }

  @Test
  void aTitlesLinksAreTextEvenWhenTheyPointToTheWeb() {
    Diagnostics diagnostics = new Diagnostics();
    Paper paper = new PaperReader(diagnostics).read("p", Path.of("papers/p/paper.md"), """
        ---
        title: "A [linked](https://example.org/) *title*"
        authors:
          - name: "Mai Anh"
        ---
        """ + BODY).orElseThrow();
    assertThat(paper.titleHtml()).isEqualTo("A linked <em>title</em>");
    assertThat(diagnostics.list()).isEmpty();
  }
}
