package org.annals.model;

import java.util.List;
import java.util.Optional;

/**
 * An author of a paper.
 *
 * @param name the name as the author writes it
 * @param affiliations the institutions or roles given with the name, in order
 * @param family the family name, when it is not the last word of the name (as in Vietnamese,
 *     Chinese or Hungarian order); citations put it first
 * @param orcid the author's ORCID iD, such as {@code 0000-0002-1825-0097}, if given
 * @param corresponding whether the author is the corresponding author
 * @param equalContribution whether the author contributed equally with the others so marked
 * @param notes notes on the author, such as pandoc's {@code ^[Co-creator]} after a name
 */
public record Author(String name, List<String> affiliations, Optional<String> family, Optional<String> orcid,
    boolean corresponding, boolean equalContribution, List<String> notes) {

  public Author {
    affiliations = List.copyOf(affiliations);
    notes = List.copyOf(notes);
  }

  public Author(String name, Optional<String> affiliation, Optional<String> family) {
    this(name, affiliation.stream().toList(), family, Optional.empty(), false, false, List.of());
  }

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

  /** The ORCID iD as a URL. */
  public Optional<String> orcidUrl() {
    return orcid.map(Author::orcidUrl);
  }

  /** An ORCID iD ({@code 0000-0002-1825-0097}) as a URL. */
  public static String orcidUrl(String id) {
    return "https://orcid.org/" + id;
  }
}
