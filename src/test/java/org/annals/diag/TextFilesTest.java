package org.annals.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Decoding a text file's bytes: UTF-8 throughout, or an error at the first byte that is not. */
class TextFilesTest {
  private static final Path FILE = Path.of("papers/p/paper.md");

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      } else {
        out.write((Integer) part);
      }
    }
    return out.toByteArray();
  }

  @Test
  void readsUtf8WithAByteOrderMarkAndWindowsLineEnds() {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(TextFiles.decode(FILE, bytes(0xEF, 0xBB, 0xBF, "Tạp chí – “Ngô”\r\nline two\r"), diagnostics))
        .contains("Tạp chí – “Ngô”\nline two\n");
    assertThat(diagnostics.list()).isEmpty();
  }

  @Test
  void readsTheReplacementCharacterWhenTheFileHoldsIt() {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(TextFiles.decode(FILE, bytes("a \uFFFD b"), diagnostics)).contains("a \uFFFD b");
    assertThat(diagnostics.list()).isEmpty();
  }

  @Test
  void reportsTheFirstByteThatIsNotUtf8EvenAfterAReplacementCharacter() {
    Diagnostics diagnostics = new Diagnostics();
    byte[] text = bytes("caf\uFFFD\nna", 0xEF, "ve");
    assertThat(TextFiles.decode(FILE, text, diagnostics)).isEmpty();
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("invalid UTF-8: byte 0xEF at byte 9 of the file");
      assertThat(d.position().line()).isEqualTo(2);
      assertThat(d.position().column()).isEqualTo(3);
    });
  }

  @Test
  void reportsANulCharacter() {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(TextFiles.decode(FILE, bytes("ab\ncd", 0, "e"), diagnostics)).isEmpty();
    assertThat(diagnostics.list()).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("NUL character (U+0000) in the text");
      assertThat(d.position().line()).isEqualTo(2);
      assertThat(d.position().column()).isEqualTo(3);
    });
  }
}
