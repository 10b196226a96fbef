package org.annals.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
  private static Diagnostic at(int column, String line) {
    return new Diagnostic(Severity.ERROR, new SourcePosition(Path.of("a/paper.md"), 7, column), "bad thing",
        "do this", line);
  }

  @Test
  void putsTheCaretUnderTheColumn() {
    assertThat(at(5, "abc (Smith, 2020).").format()).isEqualTo("""
        a/paper.md:7:5: error: bad thing
            7 | abc (Smith, 2020).
              |     ^
          hint: do this
        """);
  }

  @Test
  void quotesAnExcerptOfALongLine() {
    String line = "x".repeat(300) + "(Smith, 2020)" + "y".repeat(300);
    String[] lines = at(301, line).format().split("\n");
    assertThat(lines[1]).isEqualTo("    7 | …" + "x".repeat(40) + "(Smith, 2020)" + "y".repeat(47) + "…");
    assertThat(lines[2].indexOf('^')).isEqualTo(lines[1].indexOf('('));
  }

  @Test
  void countsColumnsInCodePoints() {
    String[] lines = at(3, "\uD835\uDD38 (2021)").format().split("\n");
    assertThat(lines[2].codePointCount(0, lines[2].indexOf('^')))
        .isEqualTo(lines[1].codePointCount(0, lines[1].indexOf('(')));
  }

  @Test
  void countsTheSameProblemAtTheSamePlaceOnce() {
    Diagnostics diagnostics = new Diagnostics(2);
    diagnostics.add(at(1, "x"));
    diagnostics.add(at(1, "x"));
    diagnostics.add(at(2, "x"));
    diagnostics.add(at(3, "x"));
    assertThat(diagnostics.errorCount()).isEqualTo(3);
    assertThat(diagnostics.list()).hasSize(2);
    assertThat(diagnostics.omitted()).isEqualTo(1);
    assertThat(diagnostics.summary()).isEqualTo("3 errors, 0 warnings");
  }
}
