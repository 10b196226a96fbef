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
    return family.orElseGet(() -> {
      String[] words = name.strip().split("\\s+");
      return words[words.length - 1];
    });
  }

  /** The given names: the name without the family name. */
  public String givenNames() {
    String familyName = familyName();
    String rest = name.strip();
    int at = rest.lastIndexOf(familyName);
    if (at >= 0) {
      rest = (rest.substring(0, at) + rest.substring(at + familyName.length())).strip().replaceAll("\\s+", " ");
    }
    return rest;
  }
}
