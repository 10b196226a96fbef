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

  @Test
  void theScannerFindsWhatTheBoundaryExpressionMatches() {
    // Texts of the characters that matter to a boundary, and some that do not.
    String alphabet = ".!?”\"’)“‘ \t\n\u000B\f\rAaZz09Éé٣Ⅳ(,;-\u00A0\u2003";
    java.util.Random random = new java.util.Random(17);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(8) == 0 ? "\uD835\uDC00" : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
      }
      String s = text.toString();
      java.util.List<String> expected = new java.util.ArrayList<>();
      java.util.regex.Matcher m = Sentences.BOUNDARY.matcher(s);
      while (m.find()) {
        expected.add(m.start() + "-" + m.end());
      }
      java.util.List<String> found = new java.util.ArrayList<>();
      for (long at = Sentences.next(s, 0); at >= 0; at = Sentences.next(s, (int) at)) {
        found.add((at >>> 32) + "-" + (int) at);
      }
      assertThat(found).as(s).isEqualTo(expected);
      int[] first = Sentences.around(s, 0, 0);
      assertThat(Sentences.first(s)).as(s).isEqualTo(s.substring(first[0], first[1]));
    }
  }
}
