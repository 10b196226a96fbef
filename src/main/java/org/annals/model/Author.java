package org.annals.model;

import java.util.Optional;

/**
 * An author of a paper.
 *
 * @param name the name as the author writes it
 * @param affiliation the institution or role given with the name, if any
 * @param family the family name, when it is not the last word of the name (as in Vietnamese,
 *     Chinese or Hungarian order); citations put it first
 */
public record Author(String name, Optional<String> affiliation, Optional<String> family) {

  public Author(String name, Optional<String> affiliation) {
    this(name, affiliation, Optional.empty());
  }

  /** The family name: as given, or else the last word of the name. */
  public String familyName() {
    return family.orElseGet(() -> Names.lastWord(name));
  }

  /** The given names: the words of the name other than the family name. */
  public String givenNames() {
    return Names.without(name, familyName());
  }
}
