package org.annals.search;

import static org.assertj.core.api.Assertions.assertThat;

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
}
