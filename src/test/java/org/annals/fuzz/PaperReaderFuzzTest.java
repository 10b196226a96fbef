package org.annals.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the reading of a whole paper: front matter, Markdown body, reference list.
 *
 * <p>Fuzzing mode: one fuzz test per run, for the maxDuration below; an input that runs longer than
 * 10 seconds is a finding too, and findings are written to target/fuzz-findings/paper/:
 *
 * <pre>
 * mkdir -p target/fuzz-findings/paper &amp;&amp; JAZZER_FUZZ=1 mvn -o test -Dtest=PaperReaderFuzzTest \
 *     -Djazzer.hooks=true -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout=10 \
 *     -Djazzer.internal.arg.2=-artifact_prefix=target/fuzz-findings/paper/
 * </pre>
 *
 * <p>Without JAZZER_FUZZ, as in every test run, it runs once, without Jazzer's agent, on each seed of
 * src/test/resources/org/annals/fuzz/PaperReaderFuzzTestInputs/ and on the empty input. The corpus the fuzzer
 * grows is kept in .cifuzz-corpus/; -Djazzer.max_duration=30m overrides the duration. With
 * -Djazzer.keep_going=50 the fuzzer goes on after a finding (the test then passes: read the log);
 * -Djazzer.instrument=org.annals.**,com.vladsch.flexmark.** also measures coverage in the Markdown
 * parser (by default only the project's own classes are measured).
 */
class PaperReaderFuzzTest {
  @DictionaryEntries({"---", "title: ", "authors:", "  - name: ", "bibliography: paper.bib", "## 1. ", "## References",
      "- [1]. ", "(Smith, 2020)", "[@holgate2013, p. 3]", "@smith2020", "$$", "{#fig:map}", "![", "](", "[^1]", "> ",
      "| a | b |", "|---|---|", "```"})
  @FuzzTest(maxDuration = "8m")
  void readPaper(byte[] input) {
    FuzzPapers.read(FuzzPapers.text(input));
  }
}
