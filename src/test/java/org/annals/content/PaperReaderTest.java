package org.annals.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.Fixtures;
import org.annals.diag.Diagnostic;
import org.annals.diag.Diagnostics;
import org.annals.model.Author;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.Section;
import org.junit.jupiter.api.Test;

class PaperReaderTest {

  @Test
  void readsTheFirstPapersFrontMatter() throws Exception {
    Paper paper = Fixtures.firstPaper();
    assertThat(paper.title())
        .isEqualTo("Adjusting the US relationship with Japan under President Joe Biden (2021-2025)");
    assertThat(paper.authors()).containsExactly(new Author("Tran Anh Cong", Optional.of(
        "Ph.D. Student in International Relations at Hanoi University of Social Sciences and Humanities, Vietnam"),
        Optional.of("Tran")));
    assertThat(paper.authors().get(0).givenNames()).isEqualTo("Anh Cong");
    assertThat(paper.keywords()).containsExactly("adjustment", "relationship", "United States", "Japan", "Biden");
    assertThat(paper.abstractText().markdown()).startsWith("Holding the power of the US presidency since January 20, 2021,")
        .endsWith("under President Joe Biden (2021-2025).");
    assertThat(paper.abstractText().html()).startsWith("<p>Holding the power").endsWith("(2021-2025).</p>");
    // The first sentence is longer than a summary: cut at a word.
    assertThat(paper.abstractText().summary()).isEqualTo("Holding the power of the US presidency since January 20, "
        + "2021, President Joe Biden and his administration have made strong adjustments to the US relationship with "
        + "Japan, quite different from that of his predecessor, President Donald Trump.");
    assertThat(paper.date()).isEmpty();
    assertThat(paper.areasSection()).contains("3");
  }

  @Test
  void readsTheFirstPapersSectionTree() throws Exception {
    Paper paper = Fixtures.firstPaper();
    assertThat(paper.allSections().map(s -> tuple(s.number().orElse(""), s.title(), s.level(), s.paragraphs().size())))
        .containsExactly(
            tuple("1", "Introduction", 1, 3),
            tuple("2", "Foreign policy context and factors of adjustment", 1, 1),
            tuple("2.1", "The foreign policy legacy of the Donald Trump administration", 2, 1),
            tuple("2.2", "The US foreign policy shift", 2, 2),
            tuple("2.3", "Northeast Asia Security Situation", 2, 3),
            tuple("2.4", "The Rise of China", 2, 2),
            tuple("3", "Areas of Adjustment", 1, 0),
            tuple("3.1", "Adjustment of Political Relations", 2, 6),
            tuple("3.2", "Adjusting economic relations", 2, 5),
            tuple("3.3", "Adjustments to security-defense relations", 2, 4),
            tuple("3.4", "Adjusting the relationship on environmental and climate issues", 2, 2),
            tuple("3.5", "Adjusting relations on high-tech issues", 2, 3),
            tuple("3.6", "Adjusting Relations on Competition and Dealing with China", 2, 5),
            tuple("4", "Conclusion", 1, 3));
    assertThat(paper.sections()).extracting(s -> s.number().orElseThrow()).containsExactly("1", "2", "3", "4");
    assertThat(paper.areas()).extracting(Section::slug).containsExactly(
        "3-1-adjustment-of-political-relations",
        "3-2-adjusting-economic-relations",
        "3-3-adjustments-to-security-defense-relations",
        "3-4-adjusting-the-relationship-on-environmental-and-climate-issues",
        "3-5-adjusting-relations-on-high-tech-issues",
        "3-6-adjusting-relations-on-competition-and-dealing-with-china");
  }

  @Test
  void givesEveryParagraphAStableIdAndPosition() throws Exception {
    Paper paper = Fixtures.firstPaper();
    Section security = paper.section("3.3").orElseThrow();
    assertThat(security.paragraphs()).extracting(Paragraph::id)
        .containsExactly("p-3-3-1", "p-3-3-2", "p-3-3-3", "p-3-3-4");
    Paragraph fourth = security.paragraphs().get(3);
    assertThat(fourth.markdown()).startsWith("During the April 2024 US-Japan Summit");
    assertThat(fourth.position().line()).isEqualTo(89);
    assertThat(fourth.position().column()).isEqualTo(1);
    List<String> ids = paper.allSections().flatMap(s -> s.paragraphs().stream()).map(Paragraph::id).toList();
    assertThat(ids).doesNotHaveDuplicates().hasSize(40);
  }

  @Test
  void joinsTheParagraphsThatPageBreaksSplit() throws Exception {
    Paper paper = Fixtures.firstPaper();
    String all = String.join("\n\n", paper.allSections().flatMap(s -> s.paragraphs().stream())
        .map(Paragraph::markdown).toList());
    assertThat(all).contains("President Biden affirmed: “The US-Japan relationship is truly a global partnership.")
        .contains("budgets, and programs, and US-China military competition")
        .contains("US Secretary of State Blinken's visit to Japan in March 2021")
        .contains("opening up many positive prospects for security");
  }

  private static List<Diagnostic> errorsOf(String text) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Paper> paper = new PaperReader(diagnostics).read("x", Path.of("paper.md"), text);
    assertThat(paper).isEmpty();
    return diagnostics.list();
  }

  private static final String FRONT = "---\ntitle: T\nauthors:\n  - name: A\n---\n";

  @Test
  void refusesASubsectionUnderTheWrongParent() {
    List<Diagnostic> errors = errorsOf(FRONT + "## 1. One\n\nText.\n\n### 2.1. Misplaced\n\nText.\n");
    assertThat(errors).extracting(Diagnostic::headline)
        .containsExactly("paper.md:10:1: error: section 2.1 is not inside section 2");
  }

  @Test
  void refusesANumberThatDoesNotFitTheHeadingLevel() {
    List<Diagnostic> errors = errorsOf(FRONT + "## 1.1. Too deep for ##\n\nText.\n");
    assertThat(errors).extracting(Diagnostic::headline)
        .containsExactly("paper.md:6:1: error: section 1.1 is at heading level 2");
  }

  @Test
  void refusesTextBeforeTheFirstHeadingAndAHeadingThatRepeatsTheTitle() {
    List<Diagnostic> errors = errorsOf(FRONT + "Stray text.\n\n# T\n\n## 1. One\n\nText.\n");
    assertThat(errors).extracting(Diagnostic::headline).containsExactly(
        "paper.md:6:1: error: text before the first section heading",
        "paper.md:8:1: error: the body repeats the paper's title as a heading");
  }

  @Test
  void readsSectionsWrittenWithOneHashAsPandocPapersDo() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Paper paper = new PaperReader(diagnostics).read("x", Path.of("paper.md"),
        FRONT + "# Summary\n\nText.\n\n## Detail\n\nMore.\n\n# Statement of need\n\nWhy.\n").orElseThrow();
    assertThat(diagnostics.list()).isEmpty();
    assertThat(paper.allSections().map(s -> s.slug() + "/" + s.level()))
        .containsExactly("summary/1", "detail/2", "statement-of-need/1");
    assertThat(paper.sections().get(0).paragraphs()).extracting(Paragraph::id).containsExactly("p-summary-1");
  }

  @Test
  void refusesAreasThatNameNoSection() {
    List<Diagnostic> errors = errorsOf("---\ntitle: T\nauthors:\n  - name: A\nareas: \"9\"\n---\n## 1. One\n\nText.\n");
    assertThat(errors).extracting(Diagnostic::headline)
        .containsExactly("paper.md:5:1: error: areas names section 9, which the paper does not have");
  }

  @Test
  void reportsAMissingTitleAndAuthorsTogether() {
    List<Diagnostic> errors = errorsOf("---\nkeywords: [a]\n---\n## 1. One\n\nText.\n");
    assertThat(errors).extracting(Diagnostic::message)
        .containsExactlyInAnyOrder("front matter has no title", "front matter has no authors");
  }

  @Test
  void readsUnnumberedSectionsAndResolvesLinkDefinitionsInEveryBlock() throws Exception {
    Diagnostics diagnostics = new Diagnostics();
    Paper paper = new PaperReader(diagnostics).read("x", Path.of("paper.md"),
        FRONT + "## Acknowledgements\n\nThanks to [the lab][lab].\n\n[lab]: https://example.org/lab\n").orElseThrow();
    Section section = paper.sections().get(0);
    assertThat(section.number()).isEmpty();
    assertThat(section.slug()).isEqualTo("acknowledgements");
    assertThat(section.paragraphs()).extracting(Paragraph::id).containsExactly("p-acknowledgements-1");
    assertThat(section.paragraphs().get(0).html())
        .isEqualTo("<p>Thanks to <a href=\"https://example.org/lab\">the lab</a>.</p>");
    assertThat(section.paragraphs().get(0).text()).isEqualTo("Thanks to the lab.");
  }

  @Test
  void withoutBlockHtmlTheSamePaperIsReadWithEveryBlockHtmlLeftEmpty() throws Exception {
    Path file = Fixtures.firstPaperFile();
    String text = java.nio.file.Files.readString(file);
    Diagnostics withDiagnostics = new Diagnostics();
    Diagnostics withoutDiagnostics = new Diagnostics();
    Paper with = ArchiveReader.parse(file.getParent(), text, true, withDiagnostics).orElseThrow();
    Paper without = ArchiveReader.parse(file.getParent(), text, false, withoutDiagnostics).orElseThrow();
    List<Paragraph> whole = with.textBlocks().stream().map(Paper.Block::paragraph).toList();
    List<Paragraph> lean = without.textBlocks().stream().map(Paper.Block::paragraph).toList();
    assertThat(whole).hasSameSizeAs(lean).allMatch(p -> !p.html().isEmpty());
    assertThat(lean).allMatch(p -> p.html().isEmpty());
    for (int i = 0; i < whole.size(); i++) {
      Paragraph w = whole.get(i);
      assertThat(new Paragraph(w.id(), w.markdown(), "", w.text(), w.citations(), w.crossReferences(), w.footnotes(),
          w.position())).isEqualTo(lean.get(i));
    }
    assertThat(without.references()).isEqualTo(with.references());
    assertThat(without.allSections().map(Section::summary).toList())
        .isEqualTo(with.allSections().map(Section::summary).toList());
    assertThat(withoutDiagnostics.list()).isEqualTo(withDiagnostics.list());
  }
}
