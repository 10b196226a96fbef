package org.annals.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {
  @Test
  void foldsCaseAccentsAndTypographicMarks() {
    assertThat(SearchText.words("Swanström’s “Free and Open” Indo–Pacific, ĐẶNG"))
        .containsExactly("swanstrom", "free", "open", "indo", "pacific", "dang");
  }

  @Test
  void dropsStopWordsAndSingleLettersButKeepsNumbers() {
    assertThat(SearchText.words("The US and a 5G plan of 2021 in (1) s"))
        .containsExactly("us", "5g", "plan", "2021", "1");
  }

  @Test
  void stemsOtherFormsOfAWordToOneTerm() {
    SearchText text = new SearchText();
    assertThat(text.stem("semiconductors")).isEqualTo(text.stem("semiconductor"));
    assertThat(text.stem("alliances")).isEqualTo(text.stem("alliance"));
    assertThat(text.stem("cooperating")).isEqualTo(text.stem("cooperation")).isEqualTo("cooper");
    assertThat(text.stem("japan")).isEqualTo("japan");
    assertThat(text.stem("2021")).isEqualTo("2021");
  }

  @Test
  void splitsAsTheBrowsersPatternDoes() {
    java.util.regex.Pattern split = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    String[] pieces = {"a", "Zé", "ß", "9", "²", "Ⅻ", "٣", "日本", "𝔘", "😀", " ", "-", "’", ".", "_", "\u0301", "Đ", "ǅ"};
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(12); j >= 0; j--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      List<String> expected = java.util.Arrays.stream(split.split(org.annals.model.Folding.fold(text.toString())))
          .filter(SearchText::isIndexed).toList();
      assertThat(SearchText.words(text.toString())).as(text.toString()).isEqualTo(expected);
    }
  }
}
