package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.annals.Fixtures;
import org.annals.check.LinkChecker;
import org.annals.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Browsing {@code archives/browse}: five papers, two pages each of at most two papers
 * ({@code pageSize: 2}), that share authors (one across two spellings by ORCID iD; two namesakes
 * told apart by affiliation), topics (written in two cases) and works (by DOI, by a doi.org address,
 * and by title, year and author), one of which is itself a paper of the archive.
 */
class ArchiveBrowseTest {
  private static final Path CONTENT = Fixtures.projectDir().resolve("src/test/resources/archives/browse/content");

  @TempDir
  static Path temp;

  static Path site;
  static Diagnostics diagnostics;

  @BeforeAll
  static void build() {
    site = temp.resolve("site");
    diagnostics = new Diagnostics();
    SiteBuilder.build(new BuildOptions(CONTENT, Optional.empty(), Optional.empty(), site, Optional.empty()), diagnostics);
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)));
  }

  private static List<String> titles(Document page) {
    return page.select("main .paper-card h2 a, main .paper-card h3 a").eachText();
  }

  @Test
  void buildsWithoutProblemsAndEveryLinkResolves() throws IOException {
    assertThat(diagnostics.list()).isEmpty();
    assertThat(new LinkChecker(site).check()).isEmpty();
  }

  @Test
  void theHomePageShowsTheNewestPapersAndTheWaysIn() throws IOException {
    Document home = page("");
    assertThat(titles(home)).containsExactly("The alliance in 2022", "The alliance in 2021", "Trade in 2020");
    assertThat(home.select(".ways-in li").eachText()).containsExactly("All papers 5 papers", "By year 5 years",
        "By author 4 authors", "By topic 5 topics", "Works cited across papers 3 works");
    assertThat(home.select(".more a").attr("href")).isEqualTo("papers/");
  }

  @Test
  void allPapersAreListedNewestFirstTwoToAPage() throws IOException {
    assertThat(titles(page("papers/"))).containsExactly("The alliance in 2022", "The alliance in 2021");
    Document second = page("papers/page/2/");
    assertThat(titles(second)).containsExactly("Trade in 2020", "Ports in 2019");
    assertThat(second.select("main ol.paper-list").attr("start")).isEqualTo("3");
    assertThat(second.select(".pagination a[rel=prev]").attr("href")).isEqualTo("../../");
    assertThat(second.select(".pagination a[rel=next]").attr("href")).isEqualTo("../3/");
    assertThat(second.select(".pagination [aria-current=page]").text()).isEqualTo("2");
    assertThat(titles(page("papers/page/3/"))).containsExactly("Notes without a date");
    assertThat(site.resolve("papers/page/4")).doesNotExist();
  }

  @Test
  void oneAuthorUnderTwoSpellingsIsOnePersonAndNamesakesAreTwo() throws IOException {
    Document index = page("authors/");
    assertThat(index.select(".index-list li > a").eachText())
        .containsExactly("Nguyen Mai Anh", "John Smith", "John Smith", "Lan Tran");
    assertThat(index.select(".index-list li .count").eachText())
        .containsExactly("2 papers", "2 papers", "1 paper", "2 papers");
    Document nguyen = page("authors/nguyen-mai-anh/");
    assertThat(nguyen.select("main h1").text()).isEqualTo("Nguyen Mai Anh");
    assertThat(nguyen.select(".person .affiliations li").eachText()).containsExactly("Kyoto University",
        "Hanoi University");
    assertThat(nguyen.select(".person a.orcid").attr("href")).isEqualTo("https://orcid.org/0000-0002-1825-0097");
    assertThat(titles(nguyen)).containsExactly("The alliance in 2022", "The alliance in 2021");
    Document smiths = page("papers/trade-2020/");
    List<String> smithPages = smiths.select(".paper-header .authors a.author-name").eachAttr("href");
    assertThat(smithPages).hasSize(2).doesNotHaveDuplicates();
    Document atPorts = Jsoup.parse(Files.readString(site.resolve("papers/trade-2020/").resolve(smithPages.get(0))
        .resolve("index.html").normalize()));
    assertThat(titles(atPorts)).containsExactly("The alliance in 2021", "Trade in 2020");
    assertThat(page("papers/alliance-2021/").select(".paper-header a.author-name").eachAttr("href"))
        .containsExactly("../../authors/nguyen-mai-anh/", smithPages.get(0));
  }

  @Test
  void keywordsInAnyCaseAreOneTopicAndLinkToIt() throws IOException {
    Document japan = page("topics/japan/");
    assertThat(japan.select("main h1").text()).isEqualTo("Japan");
    assertThat(titles(japan)).containsExactly("The alliance in 2022", "The alliance in 2021");
    assertThat(page("topics/").select(".index-list li > a").eachText())
        .containsExactly("Alliances", "Japan", "Notes", "Security", "Trade");
    assertThat(page("papers/alliance-2022/").select(".paper > .keywords a, .abstract .keywords a").eachAttr("href"))
        .containsExactly("../../topics/japan/", "../../topics/alliances/");
  }

  @Test
  void yearsListTheirPapersAndUndatedOnesComeLast() throws IOException {
    assertThat(page("years/").select(".index-list li > a").eachText())
        .containsExactly("2022", "2021", "2020", "2019", "Undated");
    assertThat(titles(page("years/undated/"))).containsExactly("Notes without a date");
  }

  @Test
  void aWorkThatSeveralPapersCiteHasItsPageAndTheirEntriesLinkToIt() throws IOException {
    Document works = page("works/");
    assertThat(works.select(".index-list li > a").eachText())
        .containsExactly("Alliances in Asia", "Ports again", "Ports and power");
    assertThat(works.select(".index-list li .count").eachText()).containsExactly("3 papers", "2 papers", "2 papers");
    // One citing paper per page (pageSize 2 / 2), newest first.
    assertThat(titles(page("works/alliances-in-asia-2019/"))).containsExactly("The alliance in 2022");
    Document second = page("works/alliances-in-asia-2019/page/2/");
    assertThat(titles(second)).containsExactly("The alliance in 2021");
    assertThat(second.select(".citing-papers .cited-in li").text()).contains("The alliance was renewed")
        .contains("Lee & Park, 2019");
    // A citing paper is its title, authors and date: what it says of the work is in its sentences.
    assertThat(second.select(".citing-papers .paper-card .byline").text()).contains("2021");
    assertThat(second.select(".citing-papers .paper-card").select(".summary, .abstract, .keywords")).isEmpty();
    assertThat(titles(page("works/alliances-in-asia-2019/page/3/"))).containsExactly("Trade in 2020");
    Document references = page("papers/alliance-2022/references/");
    Element lee = references.selectFirst("#ref-1");
    assertThat(lee.select(".across a").eachText()).containsExactly("Cited by 3 papers in this archive");
    assertThat(lee.select(".across a").attr("href")).isEqualTo("../../../works/alliances-in-asia-2019/");
    assertThat(page("papers/ports-2019/references/").select("#ref-1 .across a").attr("href"))
        .isEqualTo("../../../works/ports-again-2016/");
  }

  @Test
  void aPaperThatCitesAnotherOfTheArchiveLinksToItAndIsListedThere() throws IOException {
    Element entry = page("papers/alliance-2022/references/").selectFirst("#ref-2");
    assertThat(entry.select(".across a").eachAttr("href")).containsExactly("../../alliance-2021/");
    assertThat(entry.select(".across").text()).startsWith("In this archive: The alliance in 2021");
    Document cited = page("papers/alliance-2021/");
    assertThat(cited.select(".cited-by .paper-card h3 a").eachText()).containsExactly("The alliance in 2022");
    assertThat(page("papers/ports-2019/").select(".cited-by")).isEmpty();
  }

  @Test
  void relatedPapersComeFromSharedAuthorsWorksAndCitations() throws IOException {
    assertThat(page("papers/alliance-2021/").select(".related .paper-card h3 a").eachText())
        .startsWith("The alliance in 2022", "Trade in 2020");
    assertThat(page("papers/ports-2019/").select(".related .paper-card h3 a").eachText())
        .startsWith("Notes without a date");
  }

  @Test
  void feedsHoldTheNewestPapersOfTheArchiveOfEachAuthorAndOfEachTopic() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    String atom = "http://www.w3.org/2005/Atom";
    var main = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
    assertThat(main.getElementsByTagNameNS(atom, "entry").getLength()).isEqualTo(2);
    var author = factory.newDocumentBuilder().parse(site.resolve("authors/lan-tran/feed.xml").toFile());
    assertThat(author.getElementsByTagNameNS(atom, "entry").getLength()).isEqualTo(2);
    assertThat(author.getElementsByTagNameNS(atom, "link").item(1).getAttributes().getNamedItem("href")
        .getTextContent()).isEqualTo("../../papers/ports-2019/");
    var topic = factory.newDocumentBuilder().parse(site.resolve("topics/trade/feed.xml").toFile());
    assertThat(topic.getElementsByTagNameNS(atom, "entry").getLength()).isEqualTo(2);
    assertThat(page("authors/lan-tran/").select(".feed-link a").attr("href")).isEqualTo("feed.xml");
  }

  @Test
  void theSitemapListsEveryBrowsingPage() throws IOException {
    String sitemap = Files.readString(site.resolve("sitemap.xml"));
    for (String path : List.of("papers/", "papers/page/3/", "years/undated/", "authors/nguyen-mai-anh/", "topics/japan/",
        "works/alliances-in-asia-2019/page/3/", "works/")) {
      assertThat(sitemap).contains("<loc>" + path + "</loc>");
    }
  }
}
