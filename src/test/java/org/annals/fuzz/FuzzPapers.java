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

  private static void delete(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
