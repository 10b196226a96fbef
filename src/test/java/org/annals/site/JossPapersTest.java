package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.Fixtures;
import org.annals.diag.Diagnostic;
import org.annals.diag.Diagnostics;
import org.annals.diag.Severity;
import org.annals.link.LinkedArchive;
import org.annals.link.LinkedPaper;
import org.annals.model.Citation;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.Reference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five published JOSS papers, built as their authors wrote them (pandoc Markdown, BibTeX, PNG and
 * PDF figures): every citation names the key pinned here, by hand, in reading order, and links to
 * that work's entry; the figures, formulas and footnotes each paper has are all there.
 */
class JossPapersTest {
  private static final Path CONTENT = Fixtures.projectDir().resolve("src/test/resources/archives/joss/content");

  /**
   * What a paper holds, counted by hand from its Markdown.
   *
   * @param keys the cited keys, in reading order, one per citation
   * @param figures figures (an image alone in its paragraph)
   * @param inlineMath formulas in the line
   * @param displayMath displayed formulas
   * @param footnotes footnotes of the body
   */
  record Expected(List<String> keys, int figures, int inlineMath, int displayMath, int footnotes) {}

  static final Map<String, Expected> PAPERS = Map.of(
      "anndata", new Expected(List.of("McKinney2010", "Hoyer2017", "Pedregosa2011", "Wolf2018", "Zappia2021",
          "Huber2015", "Hoyer2017", "McKinney2010", "Wickham2014", "Paszke2019", "Wickham2014", "Wickham2014",
          "Mangiola2021", "collette14", "zarr", "HCA", "HuBMAP", "Luecken21", "Zappia2021", "Megill2021", "mcinnes2020",
          "Gayoso2021", "Cannoodt21", "Zappia22", "amezquita2020", "Hao2020", "Palla2021", "Bredikhin2021",
          "Ramos2017", "Bergen2020", "papadopoulos2016", "Bredikhin2021", "Heumos2021"), 3, 0, 0, 1),
      "latte", new Expected(List.of("ricker15", "borucki2010kepler", "fischer12", "Christiansen2018", "eisner19",
          "jenkins16", "2019QLP", "Stassun19", "2018lightkurve", "2019eleanor", "fischer12", "Christiansen2018",
          "eisner19", "Stassun19", "jenkins16", "2018lightkurve", "brasseur2019", "astropy", "Aigrain04",
          "exofop2019AAS", "Stumpe2012", "Gaia2018", "astropy", "Aigrain04", "astropy", "pyaneti"), 2, 0, 0, 0),
      "pydynpd", new Expected(List.of("windmeijer2005finite", "econometrics8030030", "anser2020does",
          "oehmke2021dynamic", "arellano1991some", "blundell1998initial", "sigmund2021panel", "roodman2009xtabond2",
          "croissant2008panel"), 3, 18, 4, 0),
      "verde", new Expected(List.of("smith1990", "sandwell1987", "franke1982", "pedregosa2011", "sandwell2016",
          "smith1990", "wessel2013a", "uieda2018"), 0, 8, 1, 0),
      "bayesflow", new Expected(List.of("burkner_models_2022", "gelman_bayesian_2020", "schad2021toward",
          "vaswani2017attention", "papamakarios2021normalizing", "schad2021toward", "talts2018",
          "sailynoja2022graphical", "radev2020bayesflow", "radev2023jana", "boelts2022flexible", "radev2020evidential",
          "schmitt2022meta", "elsemuller2023deep", "radev2023jana", "schmitt2021detecting", "radev2023jana",
          "radev2021outbreakflow", "von2022mental", "wieschen2020jumping", "sokratous2023ask", "schumacher2023",
          "d2020bayesian", "ghaderi2022general", "bieringer2021measuring", "shiono2021estimation",
          "siahkoohi2023reliable", "moon2023amortized", "zeng2023probabilistic", "tsilifis2022inverse",
          "noever2022model", "heringhaus2022towards", "verdier2022variational", "abadi2016tensorflow",
          "dillon2017tensorflow", "Salvatier2016", "schaelte2022pyabc", "dutta2021abcpy", "lintusaari2018elfi",
          "papamakarios2021normalizing", "greenberg2019automatic", "papamakarios2019sequential", "miller2021truncated"),
          1, 0, 0, 0));

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

  private static List<Paragraph> paragraphs(Paper paper) {
    return paper.allSections().flatMap(s -> s.paragraphs().stream()).toList();
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(path)));
  }

  @Test
  void buildsEveryPaperUnchangedWithoutErrors() {
    assertThat(problems).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    assertThat(archive.papers()).extracting(p -> p.paper().slug())
        .containsExactlyInAnyOrderElementsOf(PAPERS.keySet());
  }

  @Test
  void everyCitationNamesThePinnedKeyInReadingOrder() {
    PAPERS.forEach((slug, expected) -> assertThat(paragraphs(paper(slug).paper()).stream()
        .flatMap(p -> p.citations().stream()).map(c -> c.key().orElseThrow()).toList())
        .as(slug).containsExactlyElementsOf(expected.keys()));
  }

  @Test
  void everyCitationLinksToTheEntryOfItsWork() throws IOException {
    for (String slug : PAPERS.keySet()) {
      LinkedPaper linked = paper(slug);
      Document full = page("papers/" + slug + "/full/index.html");
      for (Citation citation : paragraphs(linked.paper()).stream().flatMap(p -> p.citations().stream()).toList()) {
        Element link = full.getElementById(citation.id());
        assertThat(link).as(slug + " " + citation.id()).isNotNull();
        Reference reference = linked.paper().references().stream()
            .filter(r -> ("#" + r.anchor()).equals(link.attr("href"))).findFirst().orElseThrow();
        assertThat(reference.key()).as(slug + " " + citation.text()).isEqualTo(citation.key().orElseThrow());
        assertThat(link.text()).as(slug + " " + citation.text()).isNotBlank().doesNotContain("@");
        assertThat(full.getElementById(reference.anchor())).isNotNull();
      }
    }
  }

  @Test
  void showsEveryFigureFormulaAndFootnote() throws IOException {
    for (Map.Entry<String, Expected> e : PAPERS.entrySet()) {
      Paper paper = paper(e.getKey()).paper();
      Document full = page("papers/" + e.getKey() + "/full/index.html");
      assertThat(full.select("main figure")).as(e.getKey() + " figures").hasSize(e.getValue().figures());
      assertThat(full.select("main figure figcaption")).hasSize(e.getValue().figures());
      for (Element image : full.select("main figure img")) {
        assertThat(image.attr("width")).as(image.attr("src")).matches("\\d+");
        assertThat(site.resolve("papers/" + e.getKey() + "/full/").resolve(image.attr("src")).normalize())
            .as("the image file of " + image.attr("src")).exists();
      }
      assertThat(full.select("main .math-display math")).as(e.getKey() + " displayed formulas")
          .hasSize(e.getValue().displayMath());
      assertThat(full.select("main math").size() - e.getValue().displayMath()).as(e.getKey() + " inline formulas")
          .isEqualTo(e.getValue().inlineMath());
      assertThat(full.select("main code.math-tex")).as("formulas Temml could not read").isEmpty();
      assertThat(paper.footnotes()).as(e.getKey() + " footnotes").hasSize(e.getValue().footnotes());
      assertThat(full.select("main .footnotes li")).hasSize(e.getValue().footnotes());
      assertThat(full.select("main a.xref")).allSatisfy(x -> assertThat(full.select(x.attr("href"))).isNotEmpty());
    }
  }

  @Test
  void aPdfFigureIsDrawnAsAnImageWithThePdfBesideIt() throws IOException {
    Document section = page("papers/bayesflow/full/index.html");
    Element figure = section.selectFirst("figure#fig-figure1");
    assertThat(figure).isNotNull();
    assertThat(figure.selectFirst("img").attr("src")).isEqualTo("../bayesflow_software_figure1.pdf.png");
    assertThat(figure.select("a[href]").eachAttr("href")).contains("../bayesflow_software_figure1.pdf");
    // The page is drawn at two pixels per point; the page shows it at its size in CSS pixels (4/3 of a point).
    byte[] png = Files.readAllBytes(site.resolve("papers/bayesflow/bayesflow_software_figure1.pdf.png"));
    int drawn = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth();
    int shown = Integer.parseInt(figure.selectFirst("img").attr("width"));
    assertThat(drawn).isBetween(shown * 3 / 2 - 2, shown * 3 / 2 + 2);
    assertThat(section.select("a.xref").eachText()).containsOnly("Figure 1");
  }

  @Test
  void formatsCitationsAndReferencesInApaWithTheProcessorsLettersForSameAuthorYears() throws IOException {
    Document statement = page("papers/pydynpd/statement-of-need/index.html");
    assertThat(statement.select("#p-statement-of-need-1").text())
        .contains("climate change (Phillips, 2020) and COVID-19 (Anser et al., 2020; Oehmke et al., 2021)")
        .contains("Arellano & Bond (1991) and Blundell & Bond (1998)");
    Document bayes = page("papers/bayesflow/full/index.html");
    assertThat(bayes.select("a.citation").eachText()).contains("Radev et al., 2020a", "Radev et al., 2020b");
    Document references = page("papers/pydynpd/references/index.html");
    assertThat(references.select("li#ref-2 .ref-body").text()).isEqualTo("Arellano, M., & Bond, S. (1991). Some tests "
        + "of specification for panel data: Monte Carlo evidence and an application to employment equations. The Review"
        + " of Economic Studies, 58(2), 277–297. https://doi.org/10.2307/2297968");
    assertThat(references.select("li#ref-2 .ref-body a").attr("href")).isEqualTo("https://doi.org/10.2307/2297968");
    assertThat(references.select("[style]")).isEmpty();
    Document latte = page("papers/latte/references/index.html");
    assertThat(latte.select(".ref-body").eachText()).anyMatch(t -> t.startsWith("Aigrain, S., & Irwin, M. (2004). "
        + "Practical planet prospecting. Monthly Notices of the Royal Astronomical Society, 350(1), 331–345."));
  }

  @Test
  void readsJossFrontMatter() {
    Paper bayes = paper("bayesflow").paper();
    assertThat(bayes.authors()).hasSize(8);
    assertThat(bayes.authors().get(0).affiliations()).isNotEmpty();
    assertThat(bayes.authors()).anyMatch(a -> a.name().equals("Lasse Elsemüller"));
    assertThat(bayes.authors()).anyMatch(org.annals.model.Author::corresponding);
    assertThat(bayes.keywords()).isNotEmpty();
    assertThat(bayes.date()).map(d -> d.iso()).contains("2023-06-22");
    Paper anndata = paper("anndata").paper();
    assertThat(anndata.authors()).filteredOn(a -> a.name().equals("Philipp Angerer")).singleElement()
        .satisfies(a -> assertThat(a.notes()).containsExactly("Co-creator"));
    assertThat(paper("verde").paper().authors().get(0).affiliations().get(0)).contains("Mānoa");
  }
}
