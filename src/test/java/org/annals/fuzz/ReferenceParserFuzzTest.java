package org.annals.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the parsing of a paper's numbered reference list: the input is the list's entries.
 *
 * <p>Fuzzing mode: one fuzz test per run, for the maxDuration below; an input that runs longer than
 * 10 seconds is a finding too, and findings are written to target/fuzz-findings/references/:
 *
 * <pre>
 * mkdir -p target/fuzz-findings/references &amp;&amp; JAZZER_FUZZ=1 mvn -o test -Dtest=ReferenceParserFuzzTest \
 *     -Djazzer.hooks=true -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout=10 \
 *     -Djazzer.internal.arg.2=-artifact_prefix=target/fuzz-findings/references/
 * </pre>
 *
 * <p>Without JAZZER_FUZZ, as in every test run, it runs once, without Jazzer's agent, on each seed of
 * src/test/resources/org/annals/fuzz/ReferenceParserFuzzTestInputs/ and on the empty input. The corpus the fuzzer
 * grows is kept in .cifuzz-corpus/; -Djazzer.max_duration=30m overrides the duration. With
 * -Djazzer.keep_going=50 the fuzzer goes on after a finding (the test then passes: read the log);
 * -Djazzer.instrument=org.annals.**,com.vladsch.flexmark.** also measures coverage in the Markdown
 * parser (by default only the project's own classes are measured).
 */
class ReferenceParserFuzzTest {
  private static final String HEAD = """
      ---
      title: "References"
      authors:
        - name: "Ann Example"
      ---

      ## 1. Text

      As Son (2021) and others found (Smith & Lee, 2020; World Health Organization, n.d.).

      ## References

      """;

  @DictionaryEntries({"- [1]. ", "- [2]. ", ". (2021). ", "(n.d.)", "(2020a, May 4)", "*Title*", ", *12*(3), 45–67.",
      " In ", "<https://doi.org/10.1000/x>", "https://", "Smith, J., & Lee, A.", "April 19, 2021"})
  @FuzzTest(maxDuration = "8m")
  void parseReferences(byte[] input) {
    FuzzPapers.read(HEAD + FuzzPapers.text(input) + "\n");
  }
}
