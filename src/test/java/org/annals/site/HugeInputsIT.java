package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.annals.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs far beyond any real paper build, or fail with a position, in bounded time: the packaged
 * command line on generated papers. The bounds are generous (a slow, shared 2-core machine); the
 * README quotes what they take here.
 */
class HugeInputsIT {
  private static final String HEAD = "---\ntitle: \"Stress\"\nauthors:\n  - name: \"Mai Anh\"\n---\n\n";
  private static final String REFS = "\n\n## References\n\n[1]. Son, N. (2021). *A title*. April 19, 2021.\n\n"
      + "[2]. Lan, T., & Huy, P. (2024). *Another*. May 2, 2024.\n";

  @TempDir
  Path temp;

  private record Outcome(Fixtures.Run run, double seconds) {}

  private Outcome build(String name, String body) throws Exception {
    Path content = temp.resolve(name).resolve("content");
    Fixtures.write(content.resolve("site.yaml"), "title: \"Stress\"\n");
    Fixtures.write(content.resolve("papers/p/paper.md"), HEAD + body + REFS);
    long start = System.nanoTime();
    Fixtures.Run run = Fixtures.annals("build", "--content", content.toString(), "--out",
        temp.resolve(name).resolve("site").toString());
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "[measure] %s (%,d bytes): exit %d in %.1f s%n", name,
        Files.size(content.resolve("papers/p/paper.md")), run.code(), seconds);
    return new Outcome(run, seconds);
  }

  @Test
  void aFiveMegabyteParagraphBuilds() throws Exception {
    Outcome o = build("long-paragraph", "## 1. Introduction\n\n" + "lorem ipsum dolor sit amet ".repeat(190_000)
        + "(Son, 2021) and (Lan & Huy, 2024).\n");
    assertThat(o.run().code()).as(o.run().err()).isZero();
    assertThat(o.seconds()).isLessThan(60);
  }

  @Test
  void aParagraphOfAThousandCitationsBuilds() throws Exception {
    Outcome o = build("citations", "## 1. Introduction\n\n"
        + "As shown (Son, 2021) and argued (Lan & Huy, 2024). ".repeat(500) + "\n");
    assertThat(o.run().code()).as(o.run().err()).isZero();
    assertThat(o.seconds()).isLessThan(30);
  }

  @Test
  void tenThousandHeadingsBuild() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 10_000; i++) {
      body.append("## ").append(i).append(". Heading ").append(i).append("\n\nText (Son, 2021) and (Lan & Huy, 2024).\n\n");
    }
    Outcome o = build("headings", body.toString());
    assertThat(o.run().code()).as(o.run().err()).isZero();
    assertThat(o.seconds()).isLessThan(240);
    // A section page's contents stay short however many sections the paper has.
    Path page = temp.resolve("headings/site/papers/p/5000-heading-5000/index.html");
    assertThat(Files.size(page)).isLessThan(40_000);
  }

  @Test
  void aFiftyMegabytePaperFailsAtOnceWithItsSize() throws Exception {
    Outcome o = build("huge-paper", "## 1. Introduction\n\n"
        + ("Text of a paragraph with a citation (Son, 2021). ".repeat(20) + "\n\n").repeat(50_000));
    assertThat(o.run().code()).isEqualTo(1);
    assertThat(o.run().err()).contains("paper.md:1:1: error: file is 46.8 MB", "Annals reads files of up to 10 MB");
    assertThat(o.seconds()).isLessThan(10);
  }

  @Test
  void deepNestingFailsAtItsPlaceWithoutAStackTrace() throws Exception {
    for (String[] c : new String[][] {{"quotes", "> ".repeat(5_000) + "deep"}, {"emphasis", "*_".repeat(20_000) + "x"
        + "_*".repeat(20_000)}, {"brackets", "[(".repeat(20_000) + "x"}, {"images", "![".repeat(5_000) + "x"
        + "](a.png)".repeat(5_000)}, {"unclosed", "[a <".repeat(50_000)}}) {
      Outcome o = build("nesting-" + c[0], "## 1. Introduction\n\n" + c[1] + " (Son, 2021) and (Lan & Huy, 2024).\n");
      assertThat(o.run().err()).as(c[0]).doesNotContain("StackOverflowError").doesNotContain("\tat ");
      assertThat(o.seconds()).as(c[0]).isLessThan(30);
      if (o.run().code() != 0) {
        assertThat(o.run().err()).as(c[0]).containsPattern("paper\\.md:\\d+:\\d+: error: ");
      }
    }
  }
}
