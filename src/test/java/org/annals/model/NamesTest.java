package org.annals.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void takesTheFamilyNameOutAsWholeWordsNotInsideAGivenName() {
    Author author = new Author("Ngo Ngoc Anh", Optional.empty(), Optional.of("Ngo"));
    assertThat(author.familyName()).isEqualTo("Ngo");
    assertThat(author.givenNames()).isEqualTo("Ngoc Anh");
    assertThat(new Author("Anh Ngoc Ngo", Optional.empty()).givenNames()).isEqualTo("Anh Ngoc");
    assertThat(new Author("Tran Anh Cong", Optional.empty(), Optional.of("Tran")).givenNames()).isEqualTo("Anh Cong");
  }

  @Test
  void takesOutTheLastWholeWordOccurrenceOfAFamilyNameOfSeveralWords() {
    assertThat(Names.without("Ana María García Márquez", "García Márquez")).isEqualTo("Ana María");
    assertThat(Names.without("Ludwig van Beethoven", "van Beethoven")).isEqualTo("Ludwig");
    assertThat(Names.without("Le Le", "Le")).isEqualTo("Le");
    assertThat(Names.without("Statista", "Statista")).isEmpty();
  }

  @Test
  void findsAFamilyNameOnlyAsWholeWords() {
    assertThat(Names.containsWords("Ngo Ngoc Anh", "Ngo")).isTrue();
    assertThat(Names.containsWords("Ngoc Anh", "Ngo")).isFalse();
    assertThat(Names.containsWords("Ana María García Márquez", "García Márquez")).isTrue();
    assertThat(Names.lastWord("  Wayne  M.  Morrison ")).isEqualTo("Morrison");
  }
}
