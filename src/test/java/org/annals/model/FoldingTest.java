package org.annals.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {
  @Test
  void foldsCaseAccentsAndLettersThatDoNotDecompose() {
    assertThat(Folding.fold("Swanström")).isEqualTo("swanstrom");
    assertThat(Folding.fold("Đặng Thị Ngọc")).isEqualTo("dang thi ngoc");
    assertThat(Folding.fold("Łódź Øresund Straße Æsir")).isEqualTo("lodz oresund strasse aesir");
    assertThat(Folding.fold("“China’s” – Dream")).isEqualTo("\"china's\" - dream");
  }

  @Test
  void makesNamesComparable() {
    assertThat(Folding.nameKey("Wayne M. Morrison")).isEqualTo("wayne m morrison");
    assertThat(Folding.nameKey("Jean-Paul  Sartre")).isEqualTo("jean paul sartre");
  }

  @Test
  void slugsAreStableAsciiSegments() {
    assertThat(Slugs.slugify("3.1. Adjustment of Political Relations")).isEqualTo("3-1-adjustment-of-political-relations");
    assertThat(Slugs.slugify("Quan hệ Việt–Mỹ: “Đối tác”")).isEqualTo("quan-he-viet-my-doi-tac");
    assertThat(Slugs.slugify("A".repeat(30) + " " + "B".repeat(30) + " " + "C".repeat(30)))
        .isEqualTo("a".repeat(30) + "-" + "b".repeat(30));
  }

  @Test
  void aNameKeyMakesEachRunOfSpacesDotsAndHyphensOneSpace() {
    String alphabet = " \t\n\u000B\f\r.-aBçÉ\u2003\u00A0_'";
    java.util.Random random = new java.util.Random(23);
    for (int t = 0; t < 20_000; t++) {
      String n = org.annals.Fixtures.randomText(random, alphabet, 12);
      assertThat(Folding.nameKey(n)).as(n).isEqualTo(Folding.fold(n).replaceAll("[\\s.\\-]+", " ").strip());
    }
  }
}
