package org.annals.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.Fixtures;
import org.annals.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * The first paper's citation files read by pandoc (Debian's), as a researcher's toolchain reads
 * them: BibTeX/biblatex into CSL, and CSL-JSON formatted by citeproc. The files are the golden ones,
 * which {@code GoldenSiteTest} holds byte for byte to what a build writes.
 */
class PandocIT {
  private static final Path PAPER = Fixtures.projectDir()
      .resolve("src/test/resources/golden/first-paper/expected/papers/us-japan-relations-biden");

  private record Result(int code, String out, String err) {}

  private static Result pandoc(String stdin, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("pandoc"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(PAPER.toFile()).start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void readsTheReferenceListAsBiblatexWithEveryField() throws Exception {
    for (String format : List.of("biblatex", "bibtex")) {
      Result result = pandoc("", "-f", format, "-t", "csljson", "references.bib");
      assertThat(result.code()).as(result.err()).isZero();
      assertThat(result.err()).isEmpty();
      JsonNode items = new ObjectMapper().readTree(result.out());
      assertThat(items).hasSize(15);
      List<Reference> references = Fixtures.firstPaper().references();
      for (int i = 0; i < 15; i++) {
        JsonNode item = find(items, references.get(i));
        assertThat(item.get("title").asText().replace('’', '\'')).isEqualTo(references.get(i).title());
        assertThat(item.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(references.get(i).year());
        assertThat(item.get("author")).hasSize(references.get(i).authors().size());
      }
    }
  }

  private static JsonNode find(JsonNode items, Reference reference) {
    for (JsonNode item : items) {
      if (item.get("URL").asText().equals(reference.url().orElseThrow())) {
        return item;
      }
    }
    throw new AssertionError("no item for " + reference.url());
  }

  @Test
  void formatsTheCslJsonFilesWithCiteproc() throws Exception {
    Result refs = pandoc("---\nnocite: \"@*\"\n---\n", "--citeproc", "--bibliography=references.json", "-t", "plain",
        "--wrap=none");
    assertThat(refs.code()).as(refs.err()).isZero();
    assertThat(refs.err()).isEmpty();
    assertThat(refs.out()).contains("Son, Nguyen Tran Xuan. 2021.", "Swanström, Niklas. 2020.",
        "Townshend, Ashley, and Tom Corben. 2021.", "Statista. 2024.");
    assertThat(refs.out().split("\n\n")).hasSize(15);
    Result paper = pandoc("---\nnocite: \"@*\"\n---\n", "--citeproc", "--bibliography=cite.json", "-t", "plain",
        "--wrap=none");
    assertThat(paper.code()).as(paper.err()).isZero();
    assertThat(paper.out()).startsWith("Tran, Anh Cong. n.d.");
    Result bib = pandoc("", "-f", "biblatex", "-t", "csljson", "cite.bib");
    JsonNode item = new ObjectMapper().readTree(bib.out()).get(0);
    assertThat(item.get("author").get(0).get("family").asText()).isEqualTo("Tran");
    assertThat(Files.exists(PAPER.resolve("cite.ris"))).isTrue();
  }
}
