package org.annals.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.Fixtures;
import org.annals.model.Citation;
import org.annals.model.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * Every author-year form of {@code citation-forms/} resolves to the entry {@code expected.tsv}
 * names, with the prefix and the linked text it gives; code holds no citation.
 */
class CitationFormsTest {
  private static final Path FIXTURE = Fixtures.projectDir().resolve("src/test/resources/citation-forms");

  @Test
  void everyFormResolvesToItsEntry() throws IOException {
    LinkedPaper linked = Fixtures.linkedArchive(FIXTURE.resolve("content")).papers().get(0);
    List<Paragraph> paragraphs = linked.paper().allSections().flatMap(s -> s.paragraphs().stream()).toList();
    List<String> lines = Files.readAllLines(FIXTURE.resolve("expected.tsv"));
    assertThat(paragraphs).hasSize(lines.size());
    for (String line : lines) {
      String[] fields = (line + "\t\t\t").split("\t", -1);
      Paragraph paragraph = paragraphs.stream().filter(p -> p.id().equals(fields[0])).findFirst().orElseThrow();
      List<ResolvedCitation> resolved = linked.citations().stream()
          .filter(c -> c.paragraph().id().equals(paragraph.id())).toList();
      List<String> numbers = resolved.stream().map(c -> Integer.toString(c.reference().number())).toList();
      assertThat(String.join(" ", numbers)).as(paragraph.markdown()).isEqualTo(fields[1]);
      if (!fields[1].isEmpty()) {
        Citation first = resolved.get(0).citation();
        assertThat(first.prefix().orElse("")).as(paragraph.markdown()).isEqualTo(fields[2]);
        assertThat(String.join("|", resolved.stream().map(c -> c.citation().text()).toList()))
            .as(paragraph.markdown()).isEqualTo(fields[3]);
      }
    }
  }
}
