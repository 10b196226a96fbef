package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.annals.Fixtures;
import org.annals.diag.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pandoc (Debian's) and Annals read the same paper of {@code archives/pandoc-syntax} alike: the same
 * footnotes, inline notes among them, with the same text and citations formatted in APA by each
 * one's citeproc; the same table captions; the same code languages.
 */
class PandocSyntaxIT {
  private static final Path PAPER = Fixtures.projectDir()
      .resolve("src/test/resources/archives/pandoc-syntax/content/papers/notes-and-tables");

  @TempDir
  Path temp;

  @Test
  void pandocReadsTheSameNotesCaptionsAndLanguages() throws Exception {
    Path csl = temp.resolve("apa.csl");
    try (InputStream style = getClass().getResourceAsStream("/apa.csl")) {
      Files.copy(style, csl);
    }
    Process process = new ProcessBuilder("pandoc", "-f", "markdown", "-t", "html", "--citeproc", "--csl",
        csl.toString(), "paper.md").directory(PAPER.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String html = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    Document theirs = Jsoup.parse(html);

    Path site = temp.resolve("site");
    SiteBuilder.build(new BuildOptions(PAPER.getParent().getParent(), Optional.empty(), Optional.empty(), site,
        Optional.empty()), new Diagnostics());
    Document ours = Jsoup.parse(Files.readString(site.resolve("papers/notes-and-tables/full/index.html")));

    List<String> theirNotes = theirs.select("section.footnotes li").stream()
        .map(li -> li.text().replace("↩︎", "").strip()).toList();
    List<String> ourNotes = ours.select("main .footnotes li").stream()
        .map(li -> li.text().replace("↩", "").strip()).toList();
    assertThat(ourNotes).hasSize(2).isEqualTo(theirNotes);

    // Pandoc leaves Quarto's {#tbl-…} labels in the caption; Annals takes them as labels and numbers the table.
    List<String> theirCaptions = theirs.select("caption").stream()
        .map(c -> c.text().replaceAll("\\s*\\{#[^}]*}$", "")).toList();
    List<String> ourCaptions = ours.select("main caption").stream()
        .map(c -> c.text().replaceFirst("^Table \\d+\\. ", "")).toList();
    assertThat(ourCaptions).hasSize(3).isEqualTo(theirCaptions);

    // Quarto's {r} is not pandoc's; the others name the same language.
    List<String> theirLanguages = theirs.select("pre.sourceCode").stream()
        .map(pre -> pre.classNames().stream().filter(c -> !c.equals("sourceCode") && !c.startsWith("number"))
            .findFirst().orElse("")).toList();
    List<String> ourLanguages = ours.select("main pre code").stream().map(Element::className)
        .filter(c -> !c.equals("language-r") && !c.equals("language-html")).map(c -> c.substring("language-".length()))
        .toList();
    assertThat(ourLanguages).hasSize(2).isEqualTo(theirLanguages);
  }
}
