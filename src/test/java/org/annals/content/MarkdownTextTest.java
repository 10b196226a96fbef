package org.annals.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  @Test
  void everyNodesTextIsFlexmarksOwn() throws Exception {
    String paper = new String(getClass().getResourceAsStream("/golden/first-paper/content/papers/us-japan-relations-biden/paper.md")
        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    int nodes = 0;
    int slices = 0;
    for (Node node : Markdown.parse(paper + "\n\nA \\*literal\\* &amp; a NUL \0 here.\n").getDescendants()) {
      BasedSequence chars = node.getChars();
      assertThat(Markdown.text(chars)).isEqualTo(chars.toString());
      assertThat(Markdown.unescaped(chars)).isEqualTo(chars.unescape());
      nodes++;
      if (chars instanceof com.vladsch.flexmark.util.sequence.SubSequence s && s.getBase() instanceof String) {
        slices++;
      }
    }
    assertThat(nodes).isGreaterThan(200);
    // The quick path is the usual one.
    assertThat(slices).isGreaterThan(nodes / 2);
  }

  @Test
  void aSliceOfASliceReadsAsFlexmarkReadsIt() {
    Random random = new Random(3);
    String alphabet = "ab \\*&;#\0\n\u00e9\u4e2d";
    for (int round = 0; round < 2_000; round++) {
      String text = org.annals.Fixtures.randomText(random, alphabet, 40);
      BasedSequence whole = BasedSequence.of(text);
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      BasedSequence slice = whole.subSequence(from, to);
      assertThat(Markdown.text(slice)).isEqualTo(slice.toString());
      assertThat(Markdown.unescaped(slice)).isEqualTo(slice.unescape());
    }
  }

  @Test
  void textWithoutACarriageReturnHasNoLineEndToNormalise() {
    Random random = new Random(5);
    String alphabet = "ab \n\t\\&;\u00e9\u2028\u0085\f";
    for (int round = 0; round < 5_000; round++) {
      String text = org.annals.Fixtures.randomText(random, alphabet, 30);
      assertThat(com.vladsch.flexmark.util.sequence.Escaping.normalizeEOL(text)).isEqualTo(text);
    }
  }
}
