package org.annals.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.annals.content.PaperReader;
import org.annals.diag.BuildFailedException;
import org.annals.diag.Diagnostics;
import org.annals.model.Paper;

/**
 * What the fuzz tests share: a paper folder that holds two small bibliography files, and reading a
 * paper from it as the build does. Bad input is expected to end in recorded errors (or in
 * {@link BuildFailedException}); anything else that escapes is a finding.
 */
final class FuzzPapers {
  /** A BibTeX file a fuzzed paper may name as {@code paper.bib}. */
  static final String BIBTEX = """
      @article{holgate2013,
        author  = {Holgate, Simon J. and Matthews, Andrew and Woodworth, Philip L.},
        title   = {New data systems and products at the Permanent Service for Mean Sea Level},
        journal = {Journal of Coastal Research},
        volume  = {29},
        number  = {3},
        pages   = {493--504},
        year    = {2013},
        doi     = {10.2112/JCOASTRES-D-12-00175.1}
      }

      @book{cazenave2018,
        author    = {{WCRP Global Sea Level Budget Group}},
        title     = {Global sea-level budget 1993--present},
        publisher = {Copernicus},
        year      = {2018}
      }
      """;

  /** A CSL-JSON file a fuzzed paper may name as {@code refs.json}. */
  static final String CSL_JSON = """
      [
        {"id": "smith2020", "type": "article-journal", "title": "A study",
         "author": [{"family": "Smith", "given": "John"}, {"family": "Lee", "given": "Ann"}],
         "container-title": "Journal", "volume": "12", "issue": "3", "page": "45-67",
         "issued": {"date-parts": [[2020, 5]]}},
        {"id": "fig:map", "type": "book", "title": "Maps", "author": [{"literal": "Map Office"}],
         "issued": {"date-parts": [[2019]]}}
      ]
      """;

  /**
   * While fuzzing, texts with this many backslashes within {@link #LABEL_REACH} characters after a
   * {@code [} are skipped: the link-label pattern of the Markdown parser backtracks exponentially
   * in the number of backslashes of an unclosed label (some 25 s for 38 in a row), and the fuzzer
   * would find that one hang again and again. Regression runs read every seed in full.
   */
  private static final int LABEL_BACKSLASHES = 20;

  /** How far a link label reaches in the Markdown parser. */
  private static final int LABEL_REACH = 1000;

  /** Whether Jazzer is fuzzing rather than reading the seeds, as it decides from JAZZER_FUZZ. */
  private static final boolean FUZZING = Set.of("1", "true", "yes")
      .contains(String.valueOf(System.getenv("JAZZER_FUZZ")).toLowerCase(Locale.ROOT));

  private static Path folder;

  private FuzzPapers() {}

  /** The fuzzer's bytes as text, as an editor would show them: malformed UTF-8 becomes U+FFFD. */
  static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  /** The folder of the fuzzed paper, made once per run and removed when the JVM ends. */
  static synchronized Path folder() {
    if (folder == null) {
      if (FUZZING && "false".equals(System.getProperty("jazzer.hooks"))) {
        throw new IllegalStateException("fuzzing without Jazzer's agent measures no coverage: add -Djazzer.hooks=true");
      }
      try {
        Path made = Files.createTempDirectory("annals-fuzz");
        Files.writeString(made.resolve("paper.bib"), BIBTEX);
        Files.writeString(made.resolve("refs.json"), CSL_JSON);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
        folder = made;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return folder;
  }

  /** Writes a file of the paper folder, such as a fuzzed bibliography. */
  static void write(String name, byte[] content) {
    try {
      Files.write(folder().resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@code text} as the folder's {@code paper.md}. A paper that is not read must have
   * recorded an error: {@link PaperReader#read} promises one.
   */
  static Optional<Paper> read(String text) {
    if (FUZZING && backslashesAfterBracket(text)) {
      return Optional.empty();
    }
    Diagnostics diagnostics = new Diagnostics();
    Optional<Paper> paper;
    try {
      paper = new PaperReader(diagnostics).read("fuzz", folder().resolve("paper.md"), text);
    } catch (BuildFailedException e) {
      return Optional.empty();
    }
    if (paper.isEmpty() && !diagnostics.hasErrors()) {
      throw new AssertionError("the paper was not read, yet no error was recorded");
    }
    return paper;
  }

  /** Whether some {@code [} has {@link #LABEL_BACKSLASHES} backslashes within reach of a label after it. */
  static boolean backslashesAfterBracket(String text) {
    int[] before = new int[text.length() + 1];
    for (int i = 0; i < text.length(); i++) {
      before[i + 1] = before[i] + (text.charAt(i) == '\\' ? 1 : 0);
    }
    for (int i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
      if (before[Math.min(text.length(), i + LABEL_REACH)] - before[i] >= LABEL_BACKSLASHES) {
        return true;
      }
    }
    return false;
  }

  private static void delete(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
