package org.annals.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the reading of bibliography files: each input is written as a BibTeX file, a CSL-JSON
 * file and a CSL-YAML file in turn, and read by a paper that names it and cites its key
 * {@code fuzz}.
 *
 * <p>Fuzzing mode: one fuzz test per run, for the maxDuration below; an input that runs longer than
 * 10 seconds is a finding too, and findings are written to target/fuzz-findings/bibliography/:
 *
 * <pre>
 * mkdir -p target/fuzz-findings/bibliography &amp;&amp; JAZZER_FUZZ=1 mvn -o test -Dtest=BibliographyReaderFuzzTest \
 *     -Djazzer.hooks=true -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout=10 \
 *     -Djazzer.internal.arg.2=-artifact_prefix=target/fuzz-findings/bibliography/
 * </pre>
 *
 * <p>Without JAZZER_FUZZ, as in every test run, it runs once, without Jazzer's agent, on each seed of
 * src/test/resources/org/annals/fuzz/BibliographyReaderFuzzTestInputs/ and on the empty input. The corpus the fuzzer
 * grows is kept in .cifuzz-corpus/; -Djazzer.max_duration=30m overrides the duration. With
 * -Djazzer.keep_going=50 the fuzzer goes on after a finding (the test then passes: read the log);
 * -Djazzer.instrument=org.annals.**,com.vladsch.flexmark.** also measures coverage in the Markdown
 * parser (by default only the project's own classes are measured).
 */
class BibliographyReaderFuzzTest {
  private static final String PAPER = """
      ---
      title: "Bibliography"
      authors:
        - name: "Ann Example"
      bibliography: %s
      ---

      ## 1. Text

      As @fuzz [p. 3] found [see @fuzz, chap. 2].
      """;

  @DictionaryEntries({"@article{fuzz,", "@book{", "@string{", "@comment{", " = {", "\" # \"", " and ", "},",
      "{\"id\": \"fuzz\"", "\"date-parts\": [[", "\"author\": [{\"family\": ", "- id: fuzz", "references:"})
  @FuzzTest(maxDuration = "8m")
  void readBibliography(byte[] input) {
    for (String name : new String[] {"fuzz.bib", "fuzz.json", "fuzz.yaml"}) {
      FuzzPapers.write(name, input);
      FuzzPapers.read(PAPER.formatted(name));
    }
  }
}
