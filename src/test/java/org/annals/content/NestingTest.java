package org.annals.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourceText;
import org.junit.jupiter.api.Test;

class NestingTest {
  private static boolean traps(String body, Diagnostics diagnostics) {
    return Nesting.checkParserTraps(body, new SourceText(Path.of("paper.md"), body), 0, diagnostics);
  }

  @Test
  void anOpenBracketFollowedByManyEscapesIsRefusedAtTheBracketAndAClosedOneIsNot() {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(traps("Text [" + "\\".repeat(40) + "\n", diagnostics)).isFalse();
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.position().column()).isEqualTo(6);
      assertThat(d.message()).isEqualTo("'[' never closed, followed by 39 backslashes before punctuation");
    });
    assertThat(traps("Text [" + "\\".repeat(40) + "]\n", new Diagnostics())).isTrue();
    // A ']' after another '[' does not close the first: its label fails as if never closed.
    assertThat(traps("Text [" + "\\".repeat(40) + "x[y]\n", new Diagnostics())).isFalse();
    assertThat(traps("Text [$\\frac{a}{b} \\cdot \\sqrt{x}$ " + "\\alpha ".repeat(100) + "\n", new Diagnostics())).isTrue();
  }

  @Test
  void aParagraphOfThousandsOfLinkDestinationsIsRefusedButManyParagraphsAreNot() {
    assertThat(traps("[a](".repeat(2_001), new Diagnostics())).isFalse();
    assertThat(traps("[a](b)\n\n".repeat(5_000), new Diagnostics())).isTrue();
    // A line of white space alone ends a paragraph; a line with anything else on it does not.
    assertThat(traps("[a](b)\n \t\u2003\n".repeat(5_000), new Diagnostics())).isTrue();
    assertThat(traps("[a](b)\n x\n".repeat(2_001), new Diagnostics())).isFalse();
  }
}
