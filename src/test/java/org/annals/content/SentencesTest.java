package org.annals.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
  private static String around(String text, String cited) {
    int from = text.indexOf(cited);
    int[] span = Sentences.around(text, from, from + cited.length());
    return text.substring(span[0], span[1]);
  }

  @Test
  void findsTheSentenceOfACitation() {
    assertThat(around("First one. Trade grew (Smith, 2020). Third one.", "(Smith, 2020)"))
        .isEqualTo("Trade grew (Smith, 2020).");
  }

  @Test
  void doesNotEndASentenceAtAnInitialOrAbbreviation() {
    assertThat(around("Before. The U.S. Treasury and Mr. Lee agreed (Smith et al., 2020). After.", "(Smith"))
        .isEqualTo("The U.S. Treasury and Mr. Lee agreed (Smith et al., 2020).");
  }

  @Test
  void doesNotEndASentenceInsideAQuotation() {
    assertThat(around("Before. He said: “It works. Now it grows” and smiled (Lee, 2021). After.", "(Lee"))
        .isEqualTo("He said: “It works. Now it grows” and smiled (Lee, 2021).");
  }

  @Test
  void keepsACitationAfterAnEllipsisWithItsSentence() {
    assertThat(around("One. Exercises from 2025... (Vu, 2024). Two.", "(Vu")).isEqualTo("Exercises from 2025... (Vu, 2024).");
  }
}
