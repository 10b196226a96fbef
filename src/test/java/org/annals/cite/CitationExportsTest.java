package org.annals.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.Fixtures;
import org.annals.config.SiteConfig;
import org.annals.link.LinkedPaper;
import org.annals.model.Reference;
import org.annals.render.Json;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;

/** The exports of the first paper, read back with real parsers. */
class CitationExportsTest {
  private static final SiteConfig SITE =
      new SiteConfig("International Relations Archive", "", "en", Optional.of("https://example.org/a/"));

  private static List<CiteItem> references() throws Exception {
    return CiteItems.references(Fixtures.firstPaperLinked());
  }

  private static String latexToText(String latex) throws Exception {
    return new LaTeXPrinter().print(new LaTeXParser().parse(latex));
  }

  @Test
  void theReferenceListParsesAsBibTeXWithEveryAuthorYearTitleAndUrl() throws Exception {
    LinkedPaper linked = Fixtures.firstPaperLinked();
    BibTeXParser parser = new BibTeXParser();
    BibTeXDatabase database = parser.parse(new StringReader(CitationExports.bibtex(references())));
    assertThat(parser.getExceptions()).isEmpty();
    List<BibTeXEntry> entries = new ArrayList<>(database.getEntries().values());
    assertThat(entries).hasSize(15);
    for (int i = 0; i < entries.size(); i++) {
      BibTeXEntry entry = entries.get(i);
      Reference r = linked.paper().references().get(i);
      String title = latexToText(entry.getField(BibTeXEntry.KEY_TITLE).toUserString());
      // LaTeX typesets a straight apostrophe as a right single quote, as the printer shows.
      assertThat(title.replace('’', '\'')).isEqualTo(r.title());
      assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo(Integer.toString(r.year()));
      assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString()).isEqualTo(r.url().orElseThrow());
      String authors = latexToText(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
      for (String name : r.authors()) {
        for (String word : name.split(" ")) {
          assertThat(authors).as(name).contains(word);
        }
      }
    }
    BibTeXEntry son = database.getEntries().get(new Key("son2021prospects"));
    assertThat(son.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("Son, Nguyen Tran Xuan");
    assertThat(database.getEntries().get(new Key("lan2024looking")).getField(BibTeXEntry.KEY_AUTHOR).toUserString())
        .isEqualTo("Lan, Do Mai and Huy, Chu Cong");
    assertThat(database.getEntries().get(new Key("kimkhanh2024trip")).getField(BibTeXEntry.KEY_AUTHOR).toUserString())
        .isEqualTo("{Kim Khanh}");
  }

  @Test
  void escapesWhatLatexTreatsSpecially() throws Exception {
    CiteItem item = CiteItem.of("x", "webpage", List.of(CiteName.literal("R&D Office")),
        Optional.empty(), "50% of {all} $ costs_total #1", Optional.empty(), Optional.of("https://e.org/a_b%20c#x"),
        List.of(), "", "");
    BibTeXParser parser = new BibTeXParser();
    BibTeXEntry entry = parser.parse(new StringReader(CitationExports.bibtex(List.of(item)))).getEntries()
        .get(new Key("x"));
    assertThat(latexToText(entry.getField(BibTeXEntry.KEY_TITLE).toUserString()))
        .isEqualTo("50% of {all} $ costs_total #1");
    assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString()).isEqualTo("https://e.org/a_b%20c#x");
  }

  /** A strict RIS reader: each record starts with TY, ends with ER, and every line is {@code XX  - value}. */
  private static List<Map<String, List<String>>> readRis(String ris) {
    List<Map<String, List<String>>> records = new ArrayList<>();
    Map<String, List<String>> record = null;
    for (String line : ris.split("\n")) {
      assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
      String tag = line.substring(0, 2);
      String value = line.substring(6);
      if (tag.equals("TY")) {
        assertThat(record).as("TY inside a record").isNull();
        record = new LinkedHashMap<>();
      }
      assertThat(record).as("line outside a record: " + line).isNotNull();
      if (tag.equals("ER")) {
        assertThat(value).isEmpty();
        records.add(record);
        record = null;
        continue;
      }
      record.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
    }
    assertThat(record).as("unterminated record").isNull();
    return records;
  }

  @Test
  void theReferenceListIsStrictRisWithEveryField() throws Exception {
    LinkedPaper linked = Fixtures.firstPaperLinked();
    List<Map<String, List<String>>> records = readRis(CitationExports.ris(references()));
    assertThat(records).hasSize(15);
    for (int i = 0; i < records.size(); i++) {
      Reference r = linked.paper().references().get(i);
      Map<String, List<String>> record = records.get(i);
      assertThat(record.get("TY")).containsExactly("ELEC");
      assertThat(record.get("TI")).containsExactly(r.title());
      assertThat(record.get("PY")).containsExactly(Integer.toString(r.year()));
      assertThat(record.get("UR")).containsExactly(r.url().orElseThrow());
      assertThat(record.get("AU")).hasSize(r.authors().size());
    }
    assertThat(records.get(10).get("AU")).containsExactly("Son, Nguyen Tran Xuan");
    assertThat(records.get(0).get("DA")).containsExactly("2021/04/19/");
    assertThat(records.get(6).get("DA")).containsExactly("2024/04//");
  }

  /** The item types of the CSL 1.0.2 schema. */
  private static final Set<String> CSL_TYPES = Set.of("article", "article-journal", "article-magazine",
      "article-newspaper", "bill", "book", "broadcast", "chapter", "classic", "collection", "dataset", "document",
      "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
      "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
      "paper-conference", "patent", "performance", "periodical", "personal_communication", "post", "post-weblog",
      "regulation", "report", "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty",
      "webpage");

  @Test
  void cslJsonHasTheSchemasRequiredFieldsAndEveryReferencesData() throws Exception {
    LinkedPaper linked = Fixtures.firstPaperLinked();
    JsonNode items = new ObjectMapper().readTree(Json.bytes(CitationExports.cslJson(references())));
    assertThat(items.isArray()).isTrue();
    assertThat(items).hasSize(15);
    Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      Reference r = linked.paper().references().get(i);
      assertThat(ids.add(item.get("id").asText())).isTrue();
      assertThat(CSL_TYPES).contains(item.get("type").asText());
      assertThat(item.get("title").asText()).isEqualTo(r.title());
      assertThat(item.get("URL").asText()).isEqualTo(r.url().orElseThrow());
      assertThat(item.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(r.year());
      assertThat(item.get("author")).hasSize(r.authors().size());
      for (JsonNode name : item.get("author")) {
        assertThat(name.has("literal") || (name.has("family") && name.has("given"))).as(name.toString()).isTrue();
      }
    }
    assertThat(items.get(12).get("author").get(0).get("family").asText()).isEqualTo("Swanström");
    assertThat(items.get(12).get("issued").get("date-parts").get(0)).extracting(JsonNode::asInt)
        .containsExactly(2020, 6, 4);
  }

  @Test
  void citesThePaperInApaAndChicago() throws Exception {
    CiteItem paper = CiteItems.paper(Fixtures.firstPaper(), SITE, Optional.of("https://example.org/a/papers/p/"));
    assertThat(CitationStyles.apa(paper).text()).isEqualTo("Tran, A. C. (n.d.). "
        + "Adjusting the US relationship with Japan under President Joe Biden (2021-2025). "
        + "International Relations Archive. https://example.org/a/papers/p/");
    assertThat(CitationStyles.chicago(paper).text()).isEqualTo("Tran, Anh Cong. n.d. "
        + "“Adjusting the US relationship with Japan under President Joe Biden (2021-2025).” "
        + "International Relations Archive. https://example.org/a/papers/p/");
    assertThat(CitationStyles.apa(paper).italic()).isTrue();
  }

  @Test
  void formatsDatesAndSeveralAuthorsInEachStyle() {
    CiteItem item = CiteItem.of("k", "webpage",
        List.of(CiteName.person("Lee", "Ann Marie"), CiteName.person("Chen", "Bo"), CiteName.literal("World Bank")),
        org.annals.model.PartialDate.parse("April 19, 2021"), "Trade", Optional.of("Site"), Optional.empty(),
        List.of(), "", "");
    assertThat(CitationStyles.apa(item).text())
        .isEqualTo("Lee, A. M., Chen, B., & World Bank. (2021, April 19). Trade. Site.");
    assertThat(CitationStyles.chicago(item).text())
        .isEqualTo("Lee, Ann Marie, Bo Chen, and World Bank. 2021. “Trade.” Site. April 19.");
    assertThat(CiteName.initials("Jean-Paul")).isEqualTo("J.-P.");
  }

  @Test
  void namesFamiliesAsTheTextCitesThem() throws Exception {
    List<CiteItem> items = references();
    assertThat(items).extracting(i -> i.authors().get(0)).extracting(CiteName::family, CiteName::literal).contains(
        tuple("Son", ""), tuple("Swanström", ""), tuple("Townshend", ""), tuple("", "Kim Khanh"),
        tuple("", "Statista"), tuple("Vu", ""));
  }
}
