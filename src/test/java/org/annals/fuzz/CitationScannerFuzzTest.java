package org.annals.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the citation scanners with the text of a paper's body: author-year citations, found
 * against a numbered reference list, and pandoc's {@code [@key]} citations, found against a
 * bibliography. Each input is read both ways.
 *
 * <p>Fuzzing mode: one fuzz test per run, for the maxDuration below; an input that runs longer than
 * 10 seconds is a finding too, and findings are written to target/fuzz-findings/citations/:
 *
 * <pre>
 * mkdir -p target/fuzz-findings/citations &amp;&amp; JAZZER_FUZZ=1 mvn -o test -Dtest=CitationScannerFuzzTest \
 *     -Djazzer.hooks=true -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout=10 \
 *     -Djazzer.internal.arg.2=-artifact_prefix=target/fuzz-findings/citations/
 * </pre>
 *
 * <p>Without JAZZER_FUZZ, as in every test run, it runs once, without Jazzer's agent, on each seed of
 * src/test/resources/org/annals/fuzz/CitationScannerFuzzTestInputs/ and on the empty input. The corpus the fuzzer
 * grows is kept in .cifuzz-corpus/; -Djazzer.max_duration=30m overrides the duration. With
 * -Djazzer.keep_going=50 the fuzzer goes on after a finding (the test then passes: read the log);
 * -Djazzer.instrument=org.annals.**,com.vladsch.flexmark.** also measures coverage in the Markdown
 * parser (by default only the project's own classes are measured).
 */
class CitationScannerFuzzTest {
  private static final String HEAD = """
      ---
      title: "Citations"
      authors:
        - name: "Ann Example"
      %s---

      ## 1. Text

      """;

  /** A reference list whose authors make narrative and parenthetical citations known. */
  private static final String REFERENCE_LIST = """


      ## References

      - [1]. Son, X. (2021). *A work*. Press.
      - [2]. Smith, J., & Lee, A. (2020a). A study. *Journal*, *12*(3), 45–67.
      - [3]. World Health Organization. (n.d.). *A report*. WHO.
      - [4]. van Dijk, T. (2019). *Particles*. Press.
      - [5]. J. Ronald Eastman & Birgit Ghimire. (2013). *Land change*. <https://doi.org/10.1000/land>
      """;

  @DictionaryEntries({"(Son, 2021)", "Smith and Lee’s (2020a)", "et al.", " & ", "n.d.", ", p. 12", "see ",
      "[@holgate2013]", "[see @smith2020, chap. 2; -@cazenave2018]", "@fig-map", "\\ref{fig:map}", "[@", "@{",
      "](", "`"})
  @FuzzTest(maxDuration = "8m")
  void scanCitations(byte[] input) {
    String text = FuzzPapers.text(input);
    FuzzPapers.read(HEAD.formatted("") + text + REFERENCE_LIST);
    FuzzPapers.read(HEAD.formatted("bibliography: [paper.bib, refs.json]\n") + text + "\n");
  }
}
