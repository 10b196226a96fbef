package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.annals.Fixtures;
import org.annals.check.LinkChecker;
import org.annals.diag.BuildFailedException;
import org.annals.diag.Diagnostic;
import org.annals.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {
  @TempDir
  Path temp;

  /** The first paper's archive with the project's templates and static files. */
  private static BuildOptions realSite(Path out) {
    return new BuildOptions(Fixtures.firstPaperContent(), Optional.of(Fixtures.templates()),
        Optional.of(Fixtures.staticFiles()), out, Optional.empty());
  }

  private static BuildResult build(BuildOptions options) {
    Diagnostics diagnostics = new Diagnostics();
    BuildResult result = SiteBuilder.build(options, diagnostics);
    assertThat(diagnostics.list()).isEmpty();
    return result;
  }

  private static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void assertSameBytes(Path oneRoot, Path twoRoot) throws IOException {
    Map<String, byte[]> one = tree(oneRoot);
    Map<String, byte[]> two = tree(twoRoot);
    assertThat(two.keySet()).containsExactlyElementsOf(one.keySet());
    for (String file : one.keySet()) {
      assertThat(Arrays.equals(one.get(file), two.get(file))).as(file).isTrue();
    }
  }

  @Test
  void writesEveryPageOfTheFirstPaper() throws IOException {
    Path out = temp.resolve("site");
    BuildResult result = build(realSite(out));
    String paper = "papers/us-japan-relations-biden/";
    assertThat(tree(out).keySet()).contains("index.html", "assets/annals.css", paper + "index.html",
        paper + "full/index.html", paper + "references/index.html",
        paper + "3-3-adjustments-to-security-defense-relations/index.html", paper + "4-conclusion/index.html");
    assertThat(result.pages()).isEqualTo(Fixtures.pageCount(Fixtures.firstPaperContent()));
    Map<String, byte[]> files = tree(out);
    assertThat(files.keySet()).contains("search/index.html", "search/index/meta.json", "search/index/docs.idx", "search/index/docs/0.bin",
        "search/index/terms/t.json", "assets/search.js", "assets/favicon.svg");
    assertThat(result.files()).isEqualTo(files.size() - result.pages());
  }

  @Test
  void parsesEachPapersBodyTitleAndAbstractOncePerBuild() {
    for (Path content : List.of(Fixtures.firstPaperContent(),
        Fixtures.projectDir().resolve("src/test/resources/golden/small/content"))) {
      long before = org.annals.content.Markdown.parses();
      build(new BuildOptions(content, Optional.empty(), Optional.empty(), temp.resolve(content.getParent()
          .getFileName().toString()), Optional.empty()));
      long parses = org.annals.content.Markdown.parses() - before;
      // The body, and the two front-matter fields written in Markdown: the title and the abstract.
      long expected = Fixtures.linkedArchive(content).papers().stream()
          .mapToLong(p -> 2 + (p.paper().abstractText().isEmpty() ? 0 : 1)).sum();
      assertThat(parses).as("Markdown parses building %s", content).isEqualTo(expected);
    }
  }

  @Test
  void everyInternalLinkAndAnchorOfTheBuiltSiteResolves() throws IOException {
    Path out = temp.resolve("site");
    build(realSite(out));
    assertThat(new LinkChecker(out).check()).isEmpty();
    long links = 0;
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
        Document doc = Jsoup.parse(Files.readString(page));
        // 404.html's links to the root are found by its script, "/" being only the fallback without one.
        assertThat(doc.select("[href^=/]:not([data-root]), [src^=/]")).as(page.toString()).isEmpty();
        links += doc.select("a[href]").size();
      }
    }
    assertThat(links).isGreaterThan(250);
  }

  @Test
  void aSectionPageListsTheTopLevelSectionsAndTheSubsectionsOfTheOneBeingRead() throws IOException {
    Path out = temp.resolve("site");
    build(realSite(out));
    Path paper = out.resolve("papers/us-japan-relations-biden");
    Document section = Jsoup.parse(Files.readString(paper.resolve("3-1-adjustment-of-political-relations/index.html")));
    List<String> numbers = section.select(".paper-contents .number").eachText();
    assertThat(numbers).containsExactly("1", "2", "3", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4");
    assertThat(section.select(".paper-contents [aria-current=page]").text()).contains("Adjustment of Political Relations");
    Document introduction = Jsoup.parse(Files.readString(paper.resolve("1-introduction/index.html")));
    assertThat(introduction.select(".paper-contents .number").eachText()).containsExactly("1", "2", "3", "4");
    // The whole-paper page and the paper page keep all of them.
    assertThat(Jsoup.parse(Files.readString(paper.resolve("full/index.html"))).select(".paper-contents .number")
        .eachText()).hasSize(14).contains("2.4", "3.6");
    assertThat(Jsoup.parse(Files.readString(paper.resolve("index.html"))).select(".toc .number").eachText())
        .contains("2.4", "3.6");
  }

  @Test
  void linksEveryCitationToItsReferenceAndEveryReferenceBackToItsParagraphs() throws IOException {
    Path out = temp.resolve("site");
    build(realSite(out));
    Path paper = out.resolve("papers/us-japan-relations-biden");
    Document section = Jsoup.parse(Files.readString(paper.resolve("3-1-adjustment-of-political-relations/index.html")));
    assertThat(section.select("#p-3-1-2 a.citation").eachAttr("href")).containsExactly("../references/#ref-11");
    assertThat(section.select("#p-3-1-2 a.citation").text()).isEqualTo("(Son, 2021)");
    Document references = Jsoup.parse(Files.readString(paper.resolve("references/index.html")));
    assertThat(references.select("#ref-11 .cited-in a").eachAttr("href")).containsExactly(
        "../3-1-adjustment-of-political-relations/#p-3-1-2",
        "../3-3-adjustments-to-security-defense-relations/#p-3-3-1");
    Document full = Jsoup.parse(Files.readString(paper.resolve("full/index.html")));
    assertThat(full.select("a.citation")).hasSize(16);
    assertThat(full.select("a.citation").eachAttr("href")).allMatch(h -> h.matches("#ref-\\d+"));
  }

  @Test
  void keepsEverySentenceOfTheSourceOnTheWholePaperPage() throws IOException {
    Path out = temp.resolve("site");
    build(realSite(out));
    String text = Jsoup.parse(Files.readString(out.resolve("papers/us-japan-relations-biden/full/index.html")))
        .select("main").text();
    Path source = Fixtures.projectDir().resolve("src/test/resources/source/us-japan-relations-biden.txt");
    List<String> paragraphs = Arrays.stream(Files.readString(source, StandardCharsets.UTF_8).split("\n\\s*\n"))
        .map(String::strip).filter(p -> !p.isEmpty()).toList();
    int checked = 0;
    for (String paragraph : paragraphs) {
      if (paragraph.startsWith("References:")) {
        break;
      }
      String expected = paragraph.replaceFirst("^(Abstract|Keywords): ", "").replace("\\$", "$").replace("*", "")
          // Pages write a heading's number one way, without the source's final dot: "3.1 Title".
          .replaceFirst("^(\\d+(\\.\\d+)*)\\. ", "$1 ").replaceAll("\\s+", " ");
      if (expected.startsWith("adjustment; relationship")) {
        expected = "adjustment relationship United States Japan Biden";
      }
      assertThat(text).as("source paragraph %d", checked + 1).contains(expected);
      checked++;
    }
    assertThat(checked).isEqualTo(63);
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteAsItWas() throws IOException {
    Path out = temp.resolve("site");
    build(realSite(out));
    Map<String, byte[]> before = tree(out);
    Path content = temp.resolve("content");
    Fixtures.copyTree(Fixtures.firstPaperContent(), content);
    Path paper = content.resolve("papers/us-japan-relations-biden/paper.md");
    Files.writeString(paper, Files.readString(paper).replace("(Vu, 2024)", "(Vuong, 2024)"));
    BuildOptions broken = new BuildOptions(content, Optional.empty(), Optional.empty(), out, Optional.empty());
    Diagnostics diagnostics = new Diagnostics();
    assertThatThrownBy(() -> SiteBuilder.build(broken, diagnostics)).isInstanceOf(BuildFailedException.class);
    assertThat(diagnostics.list()).extracting(Diagnostic::message)
        .containsExactly("unresolved citation (Vuong, 2024)", "reference [15] is not cited in the text");
    Map<String, byte[]> after = tree(out);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    before.forEach((file, bytes) -> assertThat(Arrays.equals(bytes, after.get(file))).as(file).isTrue());
    assertThat(temp.resolve(".site.staging")).doesNotExist();
  }

  @Test
  void countsEveryProblemOfAPaperWithMoreProblemsThanAreShown() throws IOException {
    Path content = temp.resolve("content");
    Fixtures.write(content.resolve("site.yaml"), "title: \"Archive\"\n");
    StringBuilder paper = new StringBuilder("---\ntitle: \"Many\"\nauthors:\n  - name: \"Ann Lee\"\n---\n\n## 1. One\n\n");
    for (int i = 0; i < 150; i++) {
      paper.append("Claim ").append(i).append(" (Nobody, ").append(1900 + i).append(").\n\n");
    }
    paper.append("## References\n\n- [1]. Ann Lee. (2021). *Talks*.\n");
    Fixtures.write(content.resolve("papers/many/paper.md"), paper.toString());
    Diagnostics diagnostics = new Diagnostics();
    BuildOptions options = new BuildOptions(content, Optional.empty(), Optional.empty(), temp.resolve("site"),
        Optional.empty());
    assertThatThrownBy(() -> SiteBuilder.build(options, diagnostics)).isInstanceOf(BuildFailedException.class);
    assertThat(diagnostics.errorCount()).isEqualTo(150);
    assertThat(diagnostics.warningCount()).isEqualTo(1);
    assertThat(diagnostics.summary()).isEqualTo("150 errors, 1 warning");
    assertThat(diagnostics.list()).hasSize(Diagnostics.DEFAULT_LIMIT);
    assertThat(diagnostics.omitted()).isEqualTo(51);
  }

  @Test
  void restoresThePreviousSiteWhenABuildStoppedBetweenTheTwoMovesOfItsSwap() throws IOException {
    Path out = temp.resolve("site");
    build(realSite(out));
    Map<String, byte[]> before = tree(out);
    // What a swap stopped after its first move leaves: the previous site whole, but renamed.
    Files.move(out, temp.resolve(".site.old"));
    try (OutputWriter writer = new OutputWriter(out)) {
      assertThat(temp.resolve(".site.old")).doesNotExist();
      assertThat(writer.pages()).isZero();
    }
    Map<String, byte[]> after = tree(out);
    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    before.forEach((file, bytes) -> assertThat(Arrays.equals(bytes, after.get(file))).as(file).isTrue());
  }

  @Test
  void refusesAnOutputFolderInsideTheContent() throws IOException {
    Path content = temp.resolve("content");
    Fixtures.copyTree(Fixtures.firstPaperContent(), content);
    Diagnostics diagnostics = new Diagnostics();
    BuildOptions options = new BuildOptions(content, Optional.empty(), Optional.empty(), content.resolve("site"),
        Optional.empty());
    assertThatThrownBy(() -> SiteBuilder.build(options, diagnostics)).isInstanceOf(BuildFailedException.class);
    assertThat(diagnostics.list()).extracting(Diagnostic::message)
        .containsExactly("the output folder overlaps the input folder " + content);
    assertThat(content.resolve("site")).doesNotExist();
  }

  @Test
  void overlaysTheUsersStaticFilesOnTheBuiltInOnes() throws IOException {
    Path statics = temp.resolve("static");
    Fixtures.write(statics.resolve("humans.txt"), "Team: the authors\n");
    Fixtures.write(statics.resolve("assets/annals.css"), "body { color: red; }\n");
    Path out = temp.resolve("site");
    build(new BuildOptions(Fixtures.firstPaperContent(), Optional.empty(), Optional.of(statics), out, Optional.empty()));
    assertThat(out.resolve("humans.txt")).hasContent("Team: the authors");
    assertThat(out.resolve("assets/annals.css")).hasContent("body { color: red; }");
    assertThat(out.resolve("assets/search.js")).exists();
  }

  @Test
  void refusesAStaticFileThatWouldReplaceAGeneratedOne() throws IOException {
    Path statics = temp.resolve("static");
    Fixtures.write(statics.resolve("robots.txt"), "User-agent: *\n");
    Diagnostics diagnostics = new Diagnostics();
    BuildOptions options = new BuildOptions(Fixtures.firstPaperContent(), Optional.empty(), Optional.of(statics),
        temp.resolve("site"), Optional.empty());
    assertThatThrownBy(() -> SiteBuilder.build(options, diagnostics)).isInstanceOf(BuildFailedException.class);
    assertThat(diagnostics.list()).extracting(Diagnostic::headline)
        .containsExactly(statics.resolve("robots.txt") + ":1:1: error: static file robots.txt would replace a file"
            + " that Annals generates");
  }

  @Test
  void letsAFolderOverrideOneTemplate() throws IOException {
    Path templates = temp.resolve("templates");
    Fixtures.write(templates.resolve("references.ftlh"), "<p>${references?size} works</p>\n");
    Path out = temp.resolve("site");
    build(new BuildOptions(Fixtures.firstPaperContent(), Optional.of(templates), Optional.empty(), out, Optional.empty()));
    assertThat(out.resolve("papers/us-japan-relations-biden/references/index.html")).hasContent("<p>15 works</p>");
    assertThat(Files.readString(out.resolve("index.html"))).contains("<!DOCTYPE html>");
  }

  @Test
  void reportsATemplateErrorWithItsPosition() throws IOException {
    Path templates = temp.resolve("templates");
    Fixtures.write(templates.resolve("home.ftlh"), "<h1>\n${nosuchfield}</h1>\n");
    Diagnostics diagnostics = new Diagnostics();
    BuildOptions options = new BuildOptions(Fixtures.firstPaperContent(), Optional.of(templates), Optional.empty(),
        temp.resolve("site"), Optional.empty());
    assertThatThrownBy(() -> SiteBuilder.build(options, diagnostics)).isInstanceOf(BuildFailedException.class);
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.position().toString()).isEqualTo(templates.resolve("home.ftlh") + ":2:3");
      assertThat(d.message()).startsWith("template error while rendering the home page: 'nosuchfield' failed");
    });
  }
}
