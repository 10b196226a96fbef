package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.Fixtures;
import org.annals.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A byte-order mark and Windows or old Mac line ends give the very site that plain UTF-8 with LF gives. */
class InputFormsTest {
  @TempDir
  Path temp;

  @Test
  void aByteOrderMarkCrlfAndLoneCrGiveTheSameSiteAsLf() throws Exception {
    Path reference = build("lf", text -> text);
    for (String form : new String[] {"crlf", "cr", "bom"}) {
      Path site = build(form, text -> switch (form) {
        case "crlf" -> text.replace("\n", "\r\n");
        case "cr" -> text.replace("\n", "\r");
        default -> "\uFEFF" + text;
      });
      Fixtures.assertSameFiles(reference, site);
    }
  }

  private Path build(String form, java.util.function.UnaryOperator<String> change) throws Exception {
    Path content = temp.resolve(form).resolve("content");
    Fixtures.copyTree(Fixtures.projectDir().resolve("src/test/resources/golden/small/content"), content);
    try (Stream<Path> files = Files.walk(content)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")
          || f.toString().endsWith(".bib")).toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r");
        Files.writeString(file, change.apply(text), StandardCharsets.UTF_8);
      }
    }
    Path out = temp.resolve(form).resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    SiteBuilder.build(new BuildOptions(content, Optional.of(Fixtures.templates()), Optional.of(Fixtures.staticFiles()),
        out, Optional.empty()), diagnostics);
    assertThat(diagnostics.errorCount()).as(form + ": " + diagnostics.list()).isZero();
    return out;
  }
}
