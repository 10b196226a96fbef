package org.annals.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the reading of a paper's YAML front matter: the input is the text between the fences.
 *
 * <p>Fuzzing mode: one fuzz test per run, for the maxDuration below; an input that runs longer than
 * 10 seconds is a finding too, and findings are written to target/fuzz-findings/front-matter/:
 *
 * <pre>
 * mkdir -p target/fuzz-findings/front-matter &amp;&amp; JAZZER_FUZZ=1 mvn -o test -Dtest=FrontMatterReaderFuzzTest \
 *     -Djazzer.hooks=true -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout=10 \
 *     -Djazzer.internal.arg.2=-artifact_prefix=target/fuzz-findings/front-matter/
 * </pre>
 *
 * <p>Without JAZZER_FUZZ, as in every test run, it runs once, without Jazzer's agent, on each seed of
 * src/test/resources/org/annals/fuzz/FrontMatterReaderFuzzTestInputs/ and on the empty input. The corpus the fuzzer
 * grows is kept in .cifuzz-corpus/; -Djazzer.max_duration=30m overrides the duration. With
 * -Djazzer.keep_going=50 the fuzzer goes on after a finding (the test then passes: read the log);
 * -Djazzer.instrument=org.annals.**,com.vladsch.flexmark.** also measures coverage in the Markdown
 * parser (by default only the project's own classes are measured).
 */
class FrontMatterReaderFuzzTest {
  private static final String BODY = """
      ---

      ## 1. Text

      Text.

      ## 2. Areas

      ### 2.1. One

      Text.

      ## 3. More areas

      ### 3.1. One

      Text.
      """;

  @DictionaryEntries({"title: ", "authors:", "  - name: ", "    affiliation: ", "affiliations:", "    index: ",
      "    orcid: ", "given-names: ", "surname: ", "date: ", "keywords: [", "abstract: |", "areas: ",
      "bibliography: ", "csl: ", "doi: 10.", "^[", "&a ", "*a", "!!", "{", "["})
  @FuzzTest(maxDuration = "8m")
  void readFrontMatter(byte[] input) {
    FuzzPapers.read("---\n" + FuzzPapers.text(input) + "\n" + BODY);
  }
}
