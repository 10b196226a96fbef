package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.Fixtures;
import org.annals.link.LinkedPaper;
import org.annals.link.ResolvedCitation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The five JOSS papers as pandoc's citeproc writes them in APA prose, with the reference list in
 * APA's own form (initials) and with full names (see {@code archives/joss-prose/convert.py}):
 * every citation group pandoc wrote resolves to exactly the works pandoc cited there.
 */
class ProsePapersTest {
  private static final Path ARCHIVES = Fixtures.projectDir().resolve("src/test/resources/archives/joss-prose");

  @TestFactory
  Stream<DynamicTest> everyCitationResolvesToTheWorksPandocCited() {
    return Stream.of("initials", "full-names").flatMap(variant -> {
      Path content = ARCHIVES.resolve(variant).resolve("content");
      List<LinkedPaper> papers = Fixtures.linkedArchive(content).papers();
      assertThat(papers).hasSize(5);
      return papers.stream().map(p -> DynamicTest.dynamicTest(variant + "/" + p.paper().slug(), () -> check(content, p)));
    });
  }

  private static void check(Path content, LinkedPaper linked) throws IOException {
    List<List<Integer>> expected = new ArrayList<>();
    for (String line : Files.readAllLines(content.resolve("papers/" + linked.paper().slug() + "/expected.tsv"))) {
      List<Integer> numbers = new ArrayList<>();
      for (String n : line.substring(line.indexOf('\t') + 1).split(" ")) {
        numbers.add(Integer.parseInt(n));
      }
      numbers.sort(null);
      expected.add(numbers);
    }
    List<List<Integer>> actual = new ArrayList<>();
    ResolvedCitation previous = null;
    for (ResolvedCitation c : linked.citations()) {
      boolean sameGroup = previous != null && previous.paragraph().id().equals(c.paragraph().id())
          && isWithinOneGroup(between(c.paragraph().markdown(), previous.citation().end(), c.citation().start()));
      if (!sameGroup) {
        actual.add(new ArrayList<>());
      }
      actual.get(actual.size() - 1).add(c.reference().number());
      actual.get(actual.size() - 1).sort(null);
      previous = c;
    }
    assertThat(actual).as("the works each citation group cites, in reading order").isEqualTo(expected);
  }

  /** Two citations of one parenthetical are apart by a semicolon (and maybe a prefix), or by a comma between years. */
  private static boolean isWithinOneGroup(String between) {
    return between.matches("[^()]*;[^()]*") || between.matches("[\\s,]*");
  }

  private static String between(String text, int from, int to) {
    return to > from ? text.substring(from, to) : "";
  }
}
