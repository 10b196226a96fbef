package org.annals.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The autolinking that runs only where a link can be links exactly what Flexmark's extension links. */
class LikelyLinksTest {
  private static String html(Extension autolink, String markdown) {
    MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(autolink));
    return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
  }

  private static void same(String markdown) {
    assertThat(html(LikelyLinks.create(), markdown)).as(markdown)
        .isEqualTo(html(AutolinkExtension.create(), markdown));
  }

  @Test
  void linksWebAndMailAddressesInTextAsTheExtensionDoes() {
    String text = "See https://example.org/a_b?c=1, www.example.com and ada@example.org; "
        + "*also http://x.org/y* and __WWW.Example.net__ or `https://code.example` here.";
    assertThat(html(LikelyLinks.create(), text)).contains("<a href=\"https://example.org/a_b?c=1\">",
        "<a href=\"http://www.example.com\">", "<a href=\"mailto:ada@example.org\">", "<a href=\"http://x.org/y\">");
    same(text);
  }

  @Test
  void leavesTextWithoutAnAddressAsTheExtensionDoes() {
    assertThat(LikelyLinks.mayHoldLink("Ratio 3:2, time 10:30 and a/b (Son, 2021).")).isFalse();
    assertThat(LikelyLinks.mayHoldLink("at ftp://host")).isTrue();
    assertThat(LikelyLinks.mayHoldLink("mail a@b")).isTrue();
    assertThat(LikelyLinks.mayHoldLink("Www.x")).isTrue();
    same("Ratio 3:2, time 10:30 and a/b (Son, 2021).");
  }

  @Test
  void agreesWithTheExtensionOnGeneratedText() {
    String[] pieces = {"word", " ", ", ", ":", "/", "//", "://", "http", "https", "www", ".", "@", "example", "org",
        "*", "_", "`", "\\", "[", "](", ")", "<", ">", "&amp;", "\n", "\n\n", "- ", "> ", "W", "ftp", "mailto:", "(", "#"};
    Random random = new Random(7);
    for (int i = 0; i < 3_000; i++) {
      StringBuilder markdown = new StringBuilder();
      for (int j = random.nextInt(40); j >= 0; j--) {
        markdown.append(pieces[random.nextInt(pieces.length)]);
      }
      same(markdown.toString());
    }
  }
}
