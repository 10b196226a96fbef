package org.annals.model;

import java.util.Optional;

/**
 * Where and how a paper was published, as its front matter says.
 *
 * @param doi the paper's DOI, such as {@code 10.21105/joss.01234}, if it has one
 * @param license the licence it is published under, such as {@code CC-BY-4.0}, if given
 * @param venue the journal or venue, if given
 * @param volume the volume, if given
 * @param issue the issue, if given
 * @param version the version of the paper, if given
 */
public record Publication(Optional<String> doi, Optional<String> license, Optional<String> venue,
    Optional<String> volume, Optional<String> issue, Optional<String> version) {
  /** Nothing said. */
  public static final Publication NONE = new Publication(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty());

  /** The DOI as a URL. */
  public Optional<String> doiUrl() {
    return doi.map(d -> "https://doi.org/" + d);
  }
}
