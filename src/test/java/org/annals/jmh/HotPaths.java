package org.annals.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.annals.ArchiveGenerator;
import org.annals.Fixtures;
import org.annals.config.SiteConfig;
import org.annals.config.SiteConfigLoader;
import org.annals.content.PaperReader;
import org.annals.diag.Diagnostics;
import org.annals.link.Catalogue;
import org.annals.link.CitationResolver;
import org.annals.link.LinkedArchive;
import org.annals.link.LinkedPaper;
import org.annals.model.Paper;
import org.annals.render.PaperPages;
import org.annals.render.RenderedPage;
import org.annals.render.Templates;
import org.annals.search.SearchDocument;
import org.annals.search.SearchDocuments;
import org.annals.search.SearchIndex;
import org.annals.search.SearchIndexBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Microbenchmarks of the build's hot paths, each on the first paper (38.5 KB of Markdown, 53
 * citations) or on a generated archive of 100 papers: reading a paper's Markdown into the model
 * (front matter, sections, reference list, citation scanning), scanning a paragraph dense with
 * citations, resolving a paper's citations, rendering all of a paper's pages, and building the
 * search index. These are measurements, not tests: {@code mvn verify} compiles them with the tests
 * (so they cannot fall out of step with the code), and {@code mvn -Pjmh package -DskipTests} runs
 * them; the test suite, which {@code mvn verify} runs in full, has no part in a measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class HotPaths {
  private String firstPaper;
  private String denseCitations;
  private Paper paper;
  private LinkedPaper linked;
  private Catalogue catalogue;
  private PaperPages pages;
  private List<SearchDocument> documents;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    firstPaper = Files.readString(Fixtures.firstPaperFile());
    // The first paper's front matter (without its areas, which name sections this paper lacks).
    StringBuilder dense = new StringBuilder(firstPaper.substring(0, firstPaper.indexOf("\n#"))
        .replaceAll("(?m)^areas:.*\n", ""));
    dense.append("\n## 1. Dense\n\n");
    for (int i = 0; i < 2_000; i++) {
      dense.append(i % 2 == 0 ? "A claim (Son, 2021). " : "Another (Anh & Tran, 2024; Son, 2021, p. 4). ");
    }
    dense.append("\n\n## References\n\n- [1]. Nguyen Son. (2021). *A work*. 2021.\n"
        + "- [2]. Lan Anh and Huy Tran. (2024). *Another work*. March 1, 2024.\n");
    denseCitations = dense.toString();
    Diagnostics diagnostics = new Diagnostics();
    paper = read(firstPaper, diagnostics);
    linked = new CitationResolver(diagnostics).resolve(paper);
    catalogue = Catalogue.of(List.of(linked));
    SiteConfig site = SiteConfigLoader.load(Fixtures.firstPaperContent(), Optional.empty(), diagnostics);
    pages = new PaperPages(site, new Templates(Optional.empty()), diagnostics);
    Path content = Files.createTempDirectory("annals-jmh").resolve("content");
    ArchiveGenerator.generate(content, 100, 42);
    LinkedArchive archive = Fixtures.linkedArchive(content);
    documents = SearchDocuments.of(archive);
    if (diagnostics.hasErrors()) {
      throw new IllegalStateException(diagnostics.list().toString());
    }
  }

  private static Paper read(String text, Diagnostics diagnostics) {
    return new PaperReader(diagnostics).read("us-japan-relations-biden", Path.of("paper.md"), text)
        .orElseThrow(() -> new IllegalStateException(diagnostics.list().toString()));
  }

  /** Markdown to the typed model: front matter, outline, sections, references, citations found. */
  @Benchmark
  public Paper readPaper() {
    return read(firstPaper, new Diagnostics());
  }

  /** A paragraph of 2,000 author-year citations, scanned, split into sentences and tied to works. */
  @Benchmark
  public Paper scanDenseCitations() {
    return read(denseCitations, new Diagnostics());
  }

  /** Each citation of the paper matched to its entry in the reference list. */
  @Benchmark
  public LinkedPaper resolveCitations() {
    return new CitationResolver(new Diagnostics()).resolve(paper);
  }

  /** The paper's page, its 18 section pages, the whole paper, the references and the exports. */
  @Benchmark
  public List<RenderedPage> renderPaper() {
    return pages.render(linked, catalogue);
  }

  /** The search index of 100 generated papers (about 5,500 documents). */
  @Benchmark
  public SearchIndex buildIndex() {
    return SearchIndexBuilder.build(documents);
  }
}
