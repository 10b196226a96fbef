package org.annals.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annals.config.SiteConfigLoader;
import org.annals.content.ArchiveReader;
import org.annals.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the catalogue groups references into works: each citing paper counted once, by its first
 * entry for the work, and the fullest of those entries (the first of equals) standing for the work.
 */
class CatalogueWorksTest {
  @TempDir
  Path content;

  private void paper(String slug, String date, String... references) throws Exception {
    Path folder = Files.createDirectories(content.resolve("papers/" + slug));
    StringBuilder text = new StringBuilder("---\ntitle: \"Paper " + slug + "\"\nauthors:\n  - name: \"Lan Tran\"\n"
        + "date: " + date + "\n---\n\n## 1. Introduction\n\nAlliances were studied (Lee, 2019).\n\n## References\n\n");
    for (int i = 0; i < references.length; i++) {
      text.append("- [").append(i + 1).append("]. ").append(references[i]).append('\n');
    }
    Files.writeString(folder.resolve("paper.md"), text);
  }

  @Test
  void eachPaperCountsOnceByItsFirstEntryAndTheFullestOfThoseStandsForTheWork() throws Exception {
    Files.writeString(content.resolve("site.yaml"), "title: \"Works\"\n");
    paper("a", "2022-01-01",
        "Lee, A. (2019). *Alliances in Asia*. https://doi.org/10.5555/work.x",
        "Lee, A., & Park, B. (2019). Alliances in Asia. *Journal C*, *3*(2), 1–20. https://doi.org/10.5555/work.x");
    paper("b", "2021-01-01", "Lee, A. (2019). Alliances in Asia. *Journal A*, *3*(2), 1–20. https://doi.org/10.5555/work.x");
    paper("c", "2020-01-01", "Lee, A. (2019). Alliances in Asia. *Journal B*, *3*(2), 1–20. https://doi.org/10.5555/work.x");
    Diagnostics diagnostics = new Diagnostics();
    var archive = ArchiveReader.read(content, SiteConfigLoader.load(content, Optional.empty(), diagnostics), diagnostics);
    List<LinkedPaper> papers = archive.papers().stream().map(p -> new CitationResolver(diagnostics).resolve(p)).toList();
    assertThat(diagnostics.hasErrors()).as(diagnostics.summary()).isFalse();

    Catalogue catalogue = Catalogue.of(papers);

    assertThat(catalogue.works()).singleElement().satisfies(work -> {
      assertThat(work.citing()).extracting(c -> c.paper().paper().slug()).containsExactly("a", "b", "c");
      assertThat(work.citing().get(0).reference().number()).isEqualTo(1);
      assertThat(work.reference().container()).contains("Journal A");
    });
    for (LinkedPaper paper : papers) {
      assertThat(catalogue.workOf(paper.paper().references().get(0))).isPresent();
    }
    assertThat(catalogue.workOf(papers.get(0).paper().references().get(1)).map(Catalogue.WorkEntry::slug))
        .isEqualTo(catalogue.workOf(papers.get(0).paper().references().get(0)).map(Catalogue.WorkEntry::slug));
  }
}
