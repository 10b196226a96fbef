package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.annals.Fixtures;
import org.annals.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** What search engines and Google Scholar read, on the first paper built with a base URL. */
class DiscoveryMetadataTest {
  private static final String BASE = "https://example.org/archive/";
  private static final String PAPER = BASE + "papers/us-japan-relations-biden/";

  @TempDir
  static Path temp;

  static Path site;

  @BeforeAll
  static void build() {
    site = temp.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    SiteBuilder.build(new BuildOptions(Fixtures.firstPaperContent(), Optional.of(Fixtures.templates()),
        Optional.of(Fixtures.staticFiles()), site, Optional.of(BASE),
        Optional.of(Instant.parse("2025-01-01T00:00:00Z"))), diagnostics);
    assertThat(diagnostics.list()).isEmpty();
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(path)));
  }

  private static List<String> meta(Document doc, String name) {
    return doc.select("meta[name=" + name + "]").eachAttr("content");
  }

  @Test
  void thePaperPageCarriesHighwireTagsForGoogleScholar() throws IOException {
    Document paper = page("papers/us-japan-relations-biden/index.html");
    assertThat(meta(paper, "citation_title"))
        .containsExactly("Adjusting the US relationship with Japan under President Joe Biden (2021-2025)");
    assertThat(meta(paper, "citation_author")).containsExactly("Tran Anh Cong");
    assertThat(meta(paper, "citation_author_institution")).containsExactly(
        "Ph.D. Student in International Relations at Hanoi University of Social Sciences and Humanities, Vietnam");
    assertThat(meta(paper, "citation_keywords")).containsExactly("adjustment; relationship; United States; Japan; Biden");
    assertThat(meta(paper, "citation_abstract_html_url")).containsExactly(PAPER);
    assertThat(meta(paper, "citation_fulltext_html_url")).containsExactly(PAPER + "full/");
    assertThat(meta(paper, "citation_language")).containsExactly("en");
    assertThat(meta(paper, "citation_reference")).hasSize(15).first().isEqualTo(
        "citation_author=Viet Anh; citation_title=US-Japan build new-era relations; "
            + "citation_publication_date=2021/04/19; "
            + "citation_url=https://www.sggp.org.vn/my-nhat-tao-dung-quan-he-thoi-ky-moi-post590950.html");
    // The author tag comes before its institution, as Scholar pairs them.
    assertThat(paper.select("meta[name^=citation_author]").eachAttr("name"))
        .containsExactly("citation_author", "citation_author_institution");
  }

  @Test
  void onlyThePaperPageCarriesThemAndTheWholePaperPointsToIt() throws IOException {
    for (String path : List.of("index.html", "papers/us-japan-relations-biden/full/index.html",
        "papers/us-japan-relations-biden/3-1-adjustment-of-political-relations/index.html",
        "papers/us-japan-relations-biden/references/index.html")) {
      assertThat(page(path).select("meta[name^=citation_]")).as(path).isEmpty();
    }
    assertThat(page("papers/us-japan-relations-biden/full/index.html").select("link[rel=canonical]").attr("href"))
        .isEqualTo(PAPER);
    assertThat(page("papers/us-japan-relations-biden/4-conclusion/index.html").select("link[rel=canonical]")
        .attr("href")).isEqualTo(PAPER + "4-conclusion/");
  }

  @Test
  void thePaperPageDescribesItselfAsAScholarlyArticle() throws Exception {
    Document paper = page("papers/us-japan-relations-biden/index.html");
    JsonNode ld = new ObjectMapper().readTree(paper.select("script[type=application/ld+json]").first().data());
    assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.get("@type").asText()).isEqualTo("ScholarlyArticle");
    assertThat(ld.get("headline").asText()).startsWith("Adjusting the US relationship");
    assertThat(ld.get("author").get(0).get("name").asText()).isEqualTo("Tran Anh Cong");
    assertThat(ld.get("author").get(0).get("familyName").asText()).isEqualTo("Tran");
    assertThat(ld.get("author").get(0).get("affiliation").get(0).get("name").asText()).startsWith("Ph.D. Student");
    assertThat(ld.get("keywords")).hasSize(5);
    assertThat(ld.get("abstract").asText()).startsWith("Holding the power");
    assertThat(ld.get("url").asText()).isEqualTo(PAPER);
    assertThat(ld.get("citation")).hasSize(15);
    assertThat(ld.get("citation").get(12).get("author").get(0).get("name").asText()).isEqualTo("Niklas Swanström");
    assertThat(ld.get("citation").get(12).get("datePublished").asText()).isEqualTo("2020-06-04");
  }

  @Test
  void everyPageHasOpenGraphAndTwitterTagsAndACanonicalLink() throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      // Every page but 404.html, which no one shares or indexes (it says noindex).
      for (Path file : walk.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html")).toList()) {
        Document doc = Jsoup.parse(Files.readString(file));
        String name = site.relativize(file).toString();
        assertThat(doc.select("meta[property=og:title]").attr("content")).as(name).isNotBlank();
        assertThat(doc.select("meta[property=og:type]").attr("content")).as(name).isIn("website", "article", "profile");
        assertThat(doc.select("meta[property=og:site_name]").attr("content")).as(name)
            .isEqualTo("International Relations Archive");
        assertThat(doc.select("meta[name=twitter:card]").attr("content")).as(name).isEqualTo("summary");
        if (!name.equals("404.html")) {
          assertThat(doc.select("link[rel=canonical]").attr("href")).as(name).startsWith(BASE);
          assertThat(doc.select("meta[property=og:url]").attr("content")).as(name).startsWith(BASE);
        }
      }
    }
  }

  private static org.w3c.dom.Document xml(String path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(site.resolve(path).toFile());
  }

  @Test
  void theSitemapAndFeedAreWellFormedWithAbsoluteUrls() throws Exception {
    NodeList locs = xml("sitemap.xml").getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    // every page but the whole paper (not canonical) and 404
    int papers = Fixtures.linkedArchive(Fixtures.firstPaperContent()).papers().size();
    assertThat(locs.getLength()).isEqualTo(Fixtures.pageCount(Fixtures.firstPaperContent()) - papers - 1);
    for (int i = 0; i < locs.getLength(); i++) {
      String url = locs.item(i).getTextContent();
      assertThat(url).startsWith(BASE).doesNotContain("/full/");
      String path = url.substring(BASE.length());
      assertThat(site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)).exists();
    }
    org.w3c.dom.Document feed = xml("feed.xml");
    String atom = "http://www.w3.org/2005/Atom";
    assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
    assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(atom);
    NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
    assertThat(entries.getLength()).isEqualTo(papers);
    org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(0);
    assertThat(entry.getElementsByTagNameNS(atom, "id").item(0).getTextContent()).isEqualTo(BASE + "papers/us-japan-relations-biden");
    assertThat(((org.w3c.dom.Element) entry.getElementsByTagNameNS(atom, "link").item(0)).getAttribute("href"))
        .isEqualTo(PAPER);
    assertThat(entry.getElementsByTagNameNS(atom, "updated").item(0).getTextContent()).isEqualTo("2025-01-01T00:00:00Z");
    assertThat(entry.getElementsByTagNameNS(atom, "name").item(0).getTextContent()).isEqualTo("Tran Anh Cong");
    assertThat(Files.readString(site.resolve("robots.txt"))).isEqualTo("User-agent: *\nAllow: /\nSitemap: " + BASE + "sitemap.xml\n");
  }

  @Test
  void theNotFoundPageLinksAbsolutelySoItWorksAtAnyDepth() throws IOException {
    Document notFound = page("404.html");
    assertThat(notFound.select("link[rel=stylesheet]").attr("href")).isEqualTo(BASE + "assets/annals.css");
    assertThat(notFound.select("a[href]").eachAttr("href")).filteredOn(h -> !h.startsWith("#"))
        .allMatch(h -> h.startsWith(BASE));
    assertThat(notFound.select("script[src]").eachAttr("src")).allMatch(h -> h.startsWith(BASE));
  }
}
