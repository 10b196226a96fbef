package org.annals.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.config.SiteConfig;
import org.annals.model.Author;
import org.annals.model.Paper;
import org.annals.model.Prose;
import org.junit.jupiter.api.Test;

/** The parts of a name in every citation format: a family name is a whole word, never part of one. */
class CiteNamesTest {
  private static final SiteConfig SITE = new SiteConfig("Archive", "", "en", Optional.empty());

  @Test
  void aVietnameseNameKeepsItsGivenNamesWholeInEveryFormat() {
    Paper paper = new Paper("p", java.nio.file.Path.of("paper.md"), "A Title", "A Title",
        List.of(new Author("Ngo Ngoc Anh", Optional.empty(), Optional.of("Ngo"))), Optional.empty(), List.of(),
        Prose.EMPTY, Optional.empty(), List.of(), List.of(), false, Optional.empty(),
        org.annals.model.Publication.NONE, java.util.Map.of(), List.of(), List.of());
    CiteItem item = CiteItems.paper(paper, SITE, Optional.empty());
    assertThat(item.authors()).containsExactly(CiteName.person("Ngo", "Ngoc Anh"));
    assertThat(CitationExports.bibtex(List.of(item))).contains("author = {Ngo, Ngoc Anh}");
    assertThat(CitationExports.ris(List.of(item))).contains("AU  - Ngo, Ngoc Anh");
    assertThat(CitationExports.cslJson(List.of(item)).get(0).get("author"))
        .isEqualTo(List.of(Map.of("family", "Ngo", "given", "Ngoc Anh")));
    assertThat(CitationStyles.apa(item).text()).startsWith("Ngo, N. A. (n.d.).");
    assertThat(CitationStyles.chicago(item).text()).startsWith("Ngo, Ngoc Anh. n.d.");
  }

  @Test
  void aListedNameSplitsAtTheFamilyNameItIsCitedBy() {
    assertThat(CiteItems.split("Ngo Ngoc Anh", "Ngo")).isEqualTo(CiteName.person("Ngo", "Ngoc Anh"));
    assertThat(CiteItems.split("Nguyen Tran Xuan Son", "Son")).isEqualTo(CiteName.person("Son", "Nguyen Tran Xuan"));
    assertThat(CiteItems.split("Kim Khanh", "Kim Khanh")).isEqualTo(CiteName.literal("Kim Khanh"));
    assertThat(CiteItems.split("Statista", null)).isEqualTo(CiteName.literal("Statista"));
  }
}
