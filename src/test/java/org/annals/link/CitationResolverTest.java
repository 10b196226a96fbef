package org.annals.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.annals.Fixtures;
import org.annals.content.PaperReader;
import org.annals.diag.Diagnostic;
import org.annals.diag.Diagnostics;
import org.annals.diag.Severity;
import org.annals.model.Paper;
import org.junit.jupiter.api.Test;

class CitationResolverTest {

  /**
   * Every citation of the first paper and the entry the author meant, checked by hand against the
   * text: each claim matches the cited work's title and date.
   */
  @Test
  void resolvesEveryCitationOfTheFirstPaperToTheReferenceTheAuthorMeant() throws Exception {
    LinkedPaper linked = Fixtures.firstPaperLinked();
    assertThat(linked.citations()).extracting(c -> c.paragraph().id(), c -> c.citation().text(),
            c -> c.reference().number())
        .containsExactly(
            tuple("p-2-2-2", "(Townshend & Corben, 2021)", 3),
            tuple("p-2-3-2", "(Swanstrom, 2020)", 13),
            tuple("p-2-4-1", "(Morrison, 2019)", 9),
            tuple("p-2-4-2", "(Hoanh, 2019)", 5),
            tuple("p-3-1-2", "(Son, 2021)", 11),
            tuple("p-3-1-3", "(Son & Tung, 2021)", 14),
            tuple("p-3-1-6", "(Kim Khanh, 2024)", 8),
            tuple("p-3-2-5", "(Statista, 2024)", 12),
            tuple("p-3-3-1", "(Son, 2021)", 11),
            tuple("p-3-3-2", "(Viet Anh, 2021)", 1),
            tuple("p-3-3-3", "(Murad Jandali, 2024)", 7),
            tuple("p-3-3-4", "(Vu, 2024)", 15),
            tuple("p-3-5-3", "(Xuan Phong, 2023)", 10),
            tuple("p-3-6-3", "(Binh Giang, 2024)", 4),
            tuple("p-3-6-4", "(Pham Binh, 2021)", 2),
            tuple("p-3-6-5", "(Lan & Huy, 2024)", 6));
    assertThat(linked.paper().references()).allSatisfy(r -> assertThat(linked.citationsOf(r)).isNotEmpty());
  }

  private static final String FRONT = "---\ntitle: T\nauthors:\n  - name: A\n---\n## 1. One\n\n";

  private static List<Diagnostic> resolve(String prose, String references) {
    Diagnostics diagnostics = new Diagnostics();
    Paper paper = new PaperReader(diagnostics).read("x", Path.of("paper.md"),
        FRONT + prose + "\n\n## References\n\n" + references).orElseThrow(() -> new AssertionError(diagnostics.list()));
    new CitationResolver(diagnostics).resolve(paper);
    return diagnostics.list();
  }

  @Test
  void foldsAccentsAndPrefersTheSingleAuthoredWork() {
    Diagnostics diagnostics = new Diagnostics();
    Paper paper = new PaperReader(diagnostics).read("x", Path.of("paper.md"), FRONT
        + "A (Swanström, 2020). B (Son, 2021). C (Son & Tung, 2021). D (Đặng, 2022). E (Dang, 2022).\n\n## References\n\n"
        + "- [1]. Niklas Swanstrom. (2020). *One*.\n"
        + "- [2]. Truong Son & Cong Tung. (2021). *Two*.\n"
        + "- [3]. Nguyen Tran Xuan Son. (2021). *Three*.\n"
        + "- [4]. Dang Van Dang. (2022). *Four*.\n").orElseThrow();
    LinkedPaper linked = new CitationResolver(diagnostics).resolve(paper);
    assertThat(diagnostics.list()).isEmpty();
    assertThat(linked.citations()).extracting(c -> c.reference().number()).containsExactly(1, 3, 2, 4, 4);
  }

  @Test
  void reportsAnUnresolvedCitationWithTheCandidates() {
    List<Diagnostic> problems = resolve("As shown (Smith, 2021).", "- [1]. John Smith. (2020). *One*.\n");
    assertThat(problems).extracting(Diagnostic::severity, Diagnostic::headline, Diagnostic::hint).containsExactly(
        tuple(Severity.ERROR, "paper.md:8:10: error: unresolved citation (Smith, 2021)",
            "no work of Smith from 2021 is listed; the list has [1] John Smith (2020)"),
        tuple(Severity.WARNING, "paper.md:12:3: warning: reference [1] is not cited in the text",
            "cite it as (Smith, 2020) or remove it from the list"));
  }

  @Test
  void reportsAnAmbiguousCitationWithTheCandidates() {
    List<Diagnostic> problems = resolve("As shown (Smith, 2020).",
        "- [1]. John Smith. (2020). *One*.\n- [2]. Jane Smith. (2020). *Two*.\n");
    assertThat(problems).filteredOn(d -> d.severity() == Severity.ERROR)
        .extracting(Diagnostic::headline, Diagnostic::hint).containsExactly(tuple(
            "paper.md:8:10: error: ambiguous citation (Smith, 2020)",
            "it matches [1] John Smith (2020), [2] Jane Smith (2020); add a letter to the years (2020a, 2020b) "
                + "in the reference list and in the citation"));
  }

  @Test
  void matchesCoAuthorsInOrderAndEtAlOnlyWithSeveralAuthors() {
    List<Diagnostic> problems = resolve("A (Corben & Townshend, 2021). B (Lee et al., 2019). C (Lee, 2019).",
        "- [1]. Ashley Townshend & Tom Corben. (2021). *One*.\n- [2]. Ann Lee. (2019). *Two*.\n");
    assertThat(problems).filteredOn(d -> d.severity() == Severity.ERROR).extracting(Diagnostic::message)
        .containsExactly("unresolved citation (Corben & Townshend, 2021)", "unresolved citation (Lee et al., 2019)");
  }
}
