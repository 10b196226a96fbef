package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.annals.ArchiveGenerator;
import org.annals.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteGeneratorTest {
  @TempDir
  Path temp;

  @Test
  void rebuildsOnlyThePaperThatChangedAndWritesOnlyChangedFiles() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 20, 3);
    SiteGenerator generator = new SiteGenerator(new BuildOptions(content, Optional.empty(), Optional.empty(),
        temp.resolve("preview"), Optional.empty()));
    LiveOutput output = new LiveOutput(temp.resolve("preview"));
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).hasSize(20);
    assertThat(output.finish()).hasSizeGreaterThan(300);

    Path paper = content.resolve("papers/paper-0007/paper.md");
    String text = Files.readString(paper);
    int at = text.indexOf("## 2. ");
    Files.writeString(paper, text.substring(0, at) + "An added paragraph about zanzibar.\n\n" + text.substring(at));
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).containsExactly(content.resolve("papers/paper-0007"));
    // The paper's own pages, and search files (document numbers after the new paragraph move up, and
    // records move in the packs);
    // no other paper's page.
    assertThat(output.finish()).contains("papers/paper-0007/full/index.html", "search/index/meta.json")
        .allMatch(p -> p.startsWith("papers/paper-0007/") || p.startsWith("search/"));

    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).isEmpty();
    assertThat(output.finish()).isEmpty();

    generator.invalidate();
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).hasSize(20);
    assertThat(output.finish()).isEmpty();
  }

  @Test
  void rebuildsAPaperWhoseBibliographyOrFigureChanged() throws Exception {
    Path content = temp.resolve("content");
    org.annals.Fixtures.copyTree(org.annals.Fixtures.projectDir()
        .resolve("src/test/resources/archives/pandoc-syntax/content"), content);
    Path out = temp.resolve("preview");
    SiteGenerator generator = new SiteGenerator(new BuildOptions(content, Optional.empty(), Optional.empty(), out,
        Optional.empty()));
    LiveOutput output = new LiveOutput(out);
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    output.finish();
    Path folder = content.resolve("papers/notes-and-tables");
    Path bib = folder.resolve("paper.bib");
    Files.writeString(bib, Files.readString(bib).replace("New data systems", "Newer data systems"));
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).containsExactly(folder);
    assertThat(output.finish()).contains("papers/notes-and-tables/references/index.html");
    assertThat(Files.readString(out.resolve("papers/notes-and-tables/references/index.html")))
        .contains("Newer data systems");

    Files.write(folder.resolve("figure.png"), new byte[] {1, 2, 3});
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).containsExactly(folder);
    output.finish();
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(generator.lastRendered()).isEmpty();
  }

  @Test
  void removesThePagesOfARemovedPaper() throws Exception {
    Path content = temp.resolve("content");
    ArchiveGenerator.generate(content, 3, 4);
    SiteGenerator generator = new SiteGenerator(new BuildOptions(content, Optional.empty(), Optional.empty(),
        temp.resolve("preview"), Optional.empty()));
    LiveOutput output = new LiveOutput(temp.resolve("preview"));
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    output.finish();
    OutputWriter.deleteTree(content.resolve("papers/paper-0001"));
    generator.build(output, new Diagnostics(), BuildProgress.NONE);
    assertThat(output.finish()).contains("papers/paper-0001/index.html");
    assertThat(temp.resolve("preview/papers/paper-0001")).doesNotExist();
    assertThat(temp.resolve("preview/papers/paper-0002/index.html")).exists();
  }
}
