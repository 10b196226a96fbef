package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void redrawsOneLineAtMostTenTimesASecondAndShowsTheEnd() {
    StringWriter out = new StringWriter();
    TerminalProgress progress = new TerminalProgress(new PrintWriter(out));
    for (int i = 1; i <= 1000; i++) {
      progress.papers(i, 1000);
    }
    progress.clear();
    String text = out.toString();
    assertThat(text).startsWith("\rWriting papers: 1/1000 (0%)").contains("\rWriting papers: 1000/1000 (100%)")
        .endsWith("\r\033[K").doesNotContain("\n");
    assertThat(text.split("\r").length).isLessThan(20);
  }

  @Test
  void readsSourceDateEpoch() {
    assertThat(BuildCommand.sourceDateEpoch("1735689600")).contains(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(BuildCommand.sourceDateEpoch(" ")).isEmpty();
    assertThat(BuildCommand.sourceDateEpoch(null)).isEmpty();
  }
}
