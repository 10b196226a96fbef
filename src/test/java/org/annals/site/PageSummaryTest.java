package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.annals.Fixtures;
import org.annals.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page descriptions and area summaries are whole first sentences: abbreviations and initials do not end them. */
class PageSummaryTest {
  @TempDir
  Path temp;

  @Test
  void describesPagesAndAreasByTheirWholeFirstSentence() throws IOException {
    Path content = temp.resolve("content");
    Fixtures.write(content.resolve("site.yaml"), "title: \"Archive\"\n");
    Fixtures.write(content.resolve("papers/p/paper.md"), """
        ---
        title: "Summits"
        authors:
          - name: "Ann Lee"
        abstract: "Mr. Biden met U.S. officials in Tokyo on Apr. 10. They agreed on a plan."
        areas: "1"
        ---

        ## 1. Areas

        ### 1.1. Politics

        | Year | Talks |
        |------|-------|
        | 2021 | 3     |

        Dr. Kishida spoke at the U.S. embassy (Lee, 2021). Then he left.

        ## References

        - [1]. Ann Lee. (2021). *Talks*.
        """);
    Path out = temp.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    SiteBuilder.build(new BuildOptions(content, Optional.empty(), Optional.empty(), out, Optional.empty()), diagnostics);
    assertThat(diagnostics.list()).isEmpty();

    Document paper = Jsoup.parse(Files.readString(out.resolve("papers/p/index.html")));
    assertThat(paper.select("meta[name=description]").attr("content"))
        .isEqualTo("Mr. Biden met U.S. officials in Tokyo on Apr. 10.");
    assertThat(paper.select(".area-card .area-summary, .areas p").eachText())
        .contains("Dr. Kishida spoke at the U.S. embassy (Lee, 2021).");
    // The section opens with a table: its description is its first sentence of prose.
    Document area = Jsoup.parse(Files.readString(out.resolve("papers/p/1-1-politics/index.html")));
    assertThat(area.select("meta[name=description]").attr("content"))
        .isEqualTo("Dr. Kishida spoke at the U.S. embassy (Lee, 2021).");
  }
}
