package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.annals.Fixtures;
import org.annals.check.LinkChecker;
import org.annals.link.LinkedArchive;
import org.annals.link.LinkedPaper;
import org.annals.link.SitePaths;
import org.annals.model.Paper;
import org.junit.jupiter.api.Test;

/**
 * The live archive in {@code content/}, which maintainers edit, held only to what is true of any
 * archive: it builds without errors, every citation resolves, every internal link and anchor of the
 * site {@code mvn package} built resolves, and the search index finds every paragraph. Its HTML
 * validity is checked by {@code HtmlValidityIT}.
 */
class LiveArchiveIT {
  private static final Path SITE = Path.of(System.getProperty("annals.site", "target/site"));

  @Test
  void buildsWithoutErrorsAndResolvesEveryCitation() {
    LinkedArchive archive = Fixtures.linkedArchive(Fixtures.liveContent());
    assertThat(archive.papers()).isNotEmpty();
    for (LinkedPaper linked : archive.papers()) {
      long written = linked.paper().allSections().flatMap(s -> s.paragraphs().stream())
          .mapToLong(p -> p.citations().size()).sum();
      assertThat(linked.citations()).as(linked.paper().slug()).hasSize((int) written);
    }
  }

  @Test
  void everyInternalLinkAndAnchorResolves() throws IOException {
    LinkChecker checker = new LinkChecker(SITE);
    assertThat(checker.check()).isEmpty();
    try (Stream<Path> walk = Files.walk(SITE)) {
      assertThat(walk.filter(p -> p.toString().endsWith(".html")).count())
          .isEqualTo(Fixtures.pageCount(Fixtures.liveContent()));
    }
  }

  @Test
  void theSearchIndexFindsEveryPaperAuthorSectionParagraphFootnoteAndReference() throws IOException {
    Set<String> urls = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    List<byte[]> packs = new java.util.ArrayList<>();
    Path index = SITE.resolve(SitePaths.searchIndex());
    for (int i = 0; Files.isRegularFile(index.resolve("docs/" + i + ".bin")); i++) {
      packs.add(Files.readAllBytes(index.resolve("docs/" + i + ".bin")));
    }
    for (String doc : org.annals.search.SearchIndex.documents(packs, Files.readAllBytes(index.resolve("docs.idx")))) {
      urls.add(json.readTree(doc).get(1).asText());
    }
    LinkedArchive archive = Fixtures.linkedArchive(Fixtures.liveContent());
    int expected = 0;
    for (org.annals.link.Catalogue.AuthorEntry author : archive.catalogue().authors()) {
      assertThat(urls).contains(SitePaths.author(author.slug(), 1));
      expected++;
    }
    for (LinkedPaper linked : archive.papers()) {
      Paper paper = linked.paper();
      List<String> wanted = new java.util.ArrayList<>();
      wanted.add(SitePaths.paper(paper));
      paper.allSections().forEach(section -> {
        wanted.add(SitePaths.section(paper, section));
        section.paragraphs().forEach(p -> wanted.add(SitePaths.section(paper, section) + "#" + p.id()));
      });
      paper.references().forEach(r -> wanted.add(SitePaths.references(paper) + "#" + r.anchor()));
      paper.footnotes().forEach(f -> paper.allSections().filter(s -> s.slug().equals(f.section())).findFirst()
          .ifPresent(s -> wanted.add(SitePaths.section(paper, s) + "#" + f.anchor())));
      assertThat(urls).as(paper.slug()).containsAll(wanted);
      expected += wanted.size();
    }
    assertThat(urls).hasSize(expected);
  }
}
