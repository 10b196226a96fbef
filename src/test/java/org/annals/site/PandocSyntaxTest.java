package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.Fixtures;
import org.annals.diag.Diagnostic;
import org.annals.diag.Diagnostics;
import org.annals.link.LinkedArchive;
import org.annals.link.LinkedPaper;
import org.annals.model.Paper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pandoc syntax of {@code archives/pandoc-syntax}: inline notes, footnotes that cite, table
 * captions and their labels, code languages written as attributes, a paper without abstract.
 */
class PandocSyntaxTest {
  private static final Path CONTENT = Fixtures.projectDir().resolve("src/test/resources/archives/pandoc-syntax/content");

  @TempDir
  static Path temp;

  static Path site;
  static LinkedArchive archive;
  static List<Diagnostic> problems;

  @BeforeAll
  static void build() {
    site = temp.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    SiteBuilder.build(new BuildOptions(CONTENT, Optional.empty(), Optional.empty(), site, Optional.empty()),
        diagnostics);
    problems = diagnostics.list();
    archive = Fixtures.linkedArchive(CONTENT);
  }

  private static LinkedPaper paper(String slug) {
    return archive.papers().stream().filter(p -> p.paper().slug().equals(slug)).findFirst().orElseThrow();
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(path)));
  }

  @Test
  void buildsWithoutErrorsOrWarnings() {
    assertThat(problems).isEmpty();
  }

  @Test
  void anInlineNoteIsAFootnoteNumberedWhereTheTextRefersToIt() throws IOException {
    Paper paper = paper("notes-and-tables").paper();
    assertThat(paper.footnotes()).extracting(f -> f.text()).containsExactly(
        "The oldest records, from Amsterdam, begin in 1700 [see @holgate2013, p. 3].",
        "Altimetry is described by @cazenave2018; TOPEX/Poseidon flew first.");
    Document full = page("papers/notes-and-tables/full/index.html");
    Element first = full.getElementById("p-summary-1");
    assertThat(first.select("sup.footnote-ref a").eachAttr("href")).containsExactly("#fn-1", "#fn-2");
    assertThat(first.text()).doesNotContain("oldest").contains("1992.2 A caret alone, as in 2^[x], is text");
    assertThat(full.select(".footnotes li").eachAttr("id")).containsExactly("fn-1", "fn-2");
    assertThat(full.getElementById("fn-2").selectFirst("em").text()).isEqualTo("TOPEX/Poseidon");
  }

  @Test
  void citationsInFootnotesLinkToTheirWorksAndTheReferencesLinkBack() throws IOException {
    LinkedPaper linked = paper("notes-and-tables");
    Document full = page("papers/notes-and-tables/full/index.html");
    Element inNote = full.getElementById("fn-1").selectFirst("a.citation");
    assertThat(inNote.text()).isEqualTo("see Holgate et al., 2013, p. 3");
    assertThat(inNote.attr("href")).isEqualTo("#ref-1");
    assertThat(full.getElementById("fn-2").selectFirst("a.citation").text())
        .isEqualTo("WCRP Global Sea Level Budget Group (2018)");
    assertThat(linked.citations()).hasSize(4);
    Document references = page("papers/notes-and-tables/references/index.html");
    assertThat(references.select("#ref-1 .cited-in a").eachText()).containsExactly("Summary ¶1", "Summary note 1");
    assertThat(references.select("#ref-1 .cited-in a").eachAttr("href"))
        .containsExactly("../summary/#p-summary-1", "../summary/#fn-1");
    Document summary = page("papers/notes-and-tables/summary/index.html");
    assertThat(summary.getElementById("fn-1")).isNotNull();
    assertThat(summary.select("#fn-1 a.citation").attr("href")).isEqualTo("../references/#ref-1");

    Document prose = page("papers/prose-notes/full/index.html");
    assertThat(prose.getElementById("fn-1").selectFirst("a.citation").text())
        .isEqualTo("(Santamaría-Gómez et al., 2017, p. 4)");
    assertThat(prose.getElementById("fn-1").selectFirst("a.citation").attr("href")).isEqualTo("#ref-1");
  }

  @Test
  void aCaptionedTableIsNumberedLabelledAndReferredTo() throws IOException {
    Document full = page("papers/notes-and-tables/full/index.html");
    assertThat(full.select("main table caption").eachText()).containsExactly(
        "Table 1. Gauges by record length.",
        "Table 2. Rates of rise by period (WCRP Global Sea Level Budget Group, 2018).",
        "Table 3. The budget of the rise");
    assertThat(full.select("main table").eachAttr("id")).containsExactly("tbl-gauges", "tbl-rates", "tbl-budget");
    assertThat(full.select("main table")).hasSize(4);
    assertThat(full.select("main table").last().selectFirst("caption")).isNull();
    assertThat(full.select("main table caption")).allSatisfy(c -> assertThat(c.elementSiblingIndex()).isZero());
    assertThat(full.select("#p-data-2 a.xref").eachText()).containsExactly("Table 1", "Table 2", "3");
    assertThat(full.select("#p-data-2 a.xref").eachAttr("href")).containsExactly("#tbl-gauges", "#tbl-rates",
        "#tbl-budget");
    assertThat(full.select("main").text()).doesNotContain("Table:").doesNotContain("{#tbl").doesNotContain("\\label");
    Document data = page("papers/notes-and-tables/data/index.html");
    assertThat(data.select("caption a.citation").attr("href")).isEqualTo("../references/#ref-2");
  }

  @Test
  void codeBlocksCarryTheLanguageTheirAttributesName() throws IOException {
    Document code = page("papers/notes-and-tables/code/index.html");
    assertThat(code.select("main pre code").eachAttr("class"))
        .containsExactly("language-r", "language-python", "language-julia", "language-html");
    assertThat(code.select("main pre code").last().text()).isEqualTo("<b>raw HTML is shown as code</b>");
    assertThat(code.select("main b")).isEmpty();
  }

  @Test
  void aPaperWithoutAbstractIsDescribedByItsFirstSentence() throws IOException {
    Document paperPage = page("papers/notes-and-tables/index.html");
    assertThat(paperPage.select("main .abstract")).isEmpty();
    String description = "Sea level has been measured by tide gauges for two centuries.";
    assertThat(paperPage.select("meta[name=description]").attr("content")).isEqualTo(description);
    Document home = page("index.html");
    assertThat(home.select(".paper-card .summary").eachText()).contains(description,
        "Footnotes cite works as the text does.");
    assertThat(page("papers/prose-notes/index.html").select("main .abstract h2").text()).isEqualTo("Abstract");
  }

  @Test
  void aPaperNamesItsStyleByIdAndItsLocatorsFollowIt() throws IOException {
    Document full = page("papers/chicago-style/full/index.html");
    assertThat(full.select("#p-summary-1 a.citation").eachText()).containsExactly(
        "Holgate et al. 2013, 3", "see WCRP Global Sea Level Budget Group 2018, chap. 2", "Holgate et al. 2013");
    assertThat(full.select(".ref-body").eachText()).first().asString()
        .startsWith("Holgate, Simon J., Andrew Matthews, and Philip L. Woodworth. 2013.");
  }

  @Test
  void footnotesAreSearchable() throws IOException {
    StringBuilder docs = new StringBuilder();
    List<byte[]> packs = new java.util.ArrayList<>();
    for (int i = 0; Files.isRegularFile(site.resolve("search/index/docs/" + i + ".bin")); i++) {
      packs.add(Files.readAllBytes(site.resolve("search/index/docs/" + i + ".bin")));
    }
    org.annals.search.SearchIndex.documents(packs, Files.readAllBytes(site.resolve("search/index/docs.idx")))
        .forEach(docs::append);
    assertThat(docs).contains("papers/notes-and-tables/summary/#fn-1").contains("The oldest records, from Amsterdam");
  }
}
