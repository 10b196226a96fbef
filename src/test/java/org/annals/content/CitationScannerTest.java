package org.annals.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.diag.Diagnostics;
import org.annals.model.Citation;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.junit.jupiter.api.Test;

class CitationScannerTest {
  private static final String REFERENCES = "\n\n## References\n\n"
      + "- [1]. John Smith. (2020). *One*.\n"
      + "- [2]. Ann Lee. (2019). *Two*.\n"
      + "- [3]. Nguyen Tran Xuan Son. (2021). *Three*.\n";

  private static List<Citation> scan(String prose) {
    Diagnostics diagnostics = new Diagnostics();
    Paper paper = new PaperReader(diagnostics).read("x", Path.of("paper.md"),
        "---\ntitle: T\nauthors:\n  - name: A\n---\n## 1. One\n\n" + prose + REFERENCES)
        .orElseThrow(() -> new AssertionError(diagnostics.list()));
    return paper.allSections().flatMap(s -> s.paragraphs().stream()).flatMap(p -> p.citations().stream()).toList();
  }

  @Test
  void recognisesEveryParentheticalForm() {
    List<Citation> citations = scan("A (Son, 2021). B (Lan & Huy, 2024). C (Townshend & Corben, 2021). "
        + "D (Smith et al., 2020). E (Smith, 2020a). F (Smith, 2020, p. 12). G (Kim Khanh, 2024).");
    assertThat(citations).extracting(Citation::text, Citation::authors, Citation::etAl, Citation::year,
            Citation::yearSuffix, c -> c.locator().orElse(""), Citation::narrative)
        .containsExactly(
            tuple("(Son, 2021)", List.of("Son"), false, 2021, "", "", false),
            tuple("(Lan & Huy, 2024)", List.of("Lan", "Huy"), false, 2024, "", "", false),
            tuple("(Townshend & Corben, 2021)", List.of("Townshend", "Corben"), false, 2021, "", "", false),
            tuple("(Smith et al., 2020)", List.of("Smith"), true, 2020, "", "", false),
            tuple("(Smith, 2020a)", List.of("Smith"), false, 2020, "a", "", false),
            tuple("(Smith, 2020, p. 12)", List.of("Smith"), false, 2020, "", "p. 12", false),
            tuple("(Kim Khanh, 2024)", List.of("Kim Khanh"), false, 2024, "", "", false));
  }

  @Test
  void splitsAGroupIntoOneCitationPerWork() {
    List<Citation> citations = scan("Both agree (Smith, 2020; Lee, 2019).");
    assertThat(citations).extracting(Citation::text, Citation::start, Citation::end)
        .containsExactly(tuple("Smith, 2020", 12, 23), tuple("Lee, 2019", 25, 34));
    assertThat(citations).extracting(Citation::id).containsExactly("c-1-1-1", "c-1-1-2");
  }

  @Test
  void recognisesTheNarrativeFormOnlyForListedAuthors() {
    List<Citation> citations = scan("As Smith (2020) shows and Xuan Son (2021) and Smith et al. (2020) agree, "
        + "the “China Dream” (2012) and The “Made in China” plan (2015) and Congress (2019) are not citations.");
    assertThat(citations).extracting(Citation::text, Citation::authors, Citation::etAl, Citation::narrative)
        .containsExactly(
            tuple("Smith (2020)", List.of("Smith"), false, true),
            tuple("Xuan Son (2021)", List.of("Xuan Son"), false, true),
            tuple("Smith et al. (2020)", List.of("Smith"), true, true));
  }

  @Test
  void leavesOtherParenthesesAsText() {
    assertThat(scan("Under Biden (2021-2025), the (FOIP) strategy, in fiscal year 2021 (starting from April 2021), "
        + "agendas are (1) to rebuild; and (2) to unite, (with a range of up to 1,600 km), (including Japan)."))
        .isEmpty();
  }

  @Test
  void ignoresCitationsInCodeAndLinks() {
    assertThat(scan("Write `(Smith, 2020)` to cite, or [see (Smith, 2020)](https://example.org).")).isEmpty();
  }

  @Test
  void findsCitationsAcrossLineBreaksAndInsideEmphasis() {
    List<Citation> citations = scan("As shown *(Smith, 2020)* and also (Lee,\n2019).");
    assertThat(citations).extracting(Citation::text).containsExactly("(Smith, 2020)", "(Lee,\n2019)");
    assertThat(citations.get(1).position().line()).isEqualTo(8);
    assertThat(citations.get(1).position().column()).isEqualTo(35);
  }

  @Test
  void keepsOffsetsThatPointAtTheCitationInTheParagraph() {
    Diagnostics diagnostics = new Diagnostics();
    Optional<Paper> paper = new PaperReader(diagnostics).read("x", Path.of("paper.md"),
        "---\ntitle: T\nauthors:\n  - name: A\n---\n## 1. One\n\nCosts rose (\\$2 bn) per year (Lee, 2019).\n" + REFERENCES);
    Paragraph paragraph = paper.orElseThrow().sections().get(0).paragraphs().get(0);
    Citation citation = paragraph.citations().get(0);
    assertThat(paragraph.markdown().substring(citation.start(), citation.end())).isEqualTo("(Lee, 2019)");
  }

  @Test
  void findsEachParenthesisWithoutParenthesesInsideAsItsExpressionDoes() {
    java.util.regex.Pattern parenthetical = java.util.regex.Pattern.compile("\\(([^()]*)\\)");
    java.util.Random random = new java.util.Random(13);
    String alphabet = "(()) a,;2\n";
    for (int round = 0; round < 20_000; round++) {
      String text = org.annals.Fixtures.randomText(random, alphabet, 24);
      java.util.regex.Matcher m = parenthetical.matcher(text);
      int from = 0;
      while (true) {
        int[] found = CitationScanner.nextParenthetical(text, from);
        if (!m.find()) {
          assertThat(found).as(text).isNull();
          break;
        }
        assertThat(found).as(text).containsExactly(m.start(), m.end());
        from = found[1];
      }
    }
  }
}
