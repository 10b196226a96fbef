package org.annals.model;

import java.nio.file.Path;

/**
 * A file a paper shows, such as a figure's image, copied into the site beside the paper's pages.
 *
 * @param source the file in the paper's folder
 * @param path its path in the site, relative to the paper's folder there, such as {@code figures/map.png}
 * @param kind how it gets into the site
 */
public record Asset(Path source, String path, Kind kind) {
  /** How an asset gets into the site. */
  public enum Kind {
    /** Copied as it is. */
    COPY,
    /** The first page of a PDF, drawn as a PNG image at {@code path}. */
    PDF_PAGE
  }
}
