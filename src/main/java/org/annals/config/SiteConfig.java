package org.annals.config;

import java.util.Optional;

/**
 * The archive's settings, validated.
 *
 * @param title the archive's name, shown on every page
 * @param description one or two sentences shown on the home page
 * @param language the BCP 47 language tag of the content, such as {@code en}
 * @param baseUrl the absolute URL the site is published at, ending in {@code /}, if known
 * @param style the citation style of papers that cite by key and name none themselves: a style id of
 *     the CSL styles collection, or the XML of a {@code .csl} file
 * @param listings how many papers the home page, each listing page and each feed hold
 */
public record SiteConfig(String title, String description, String language, Optional<String> baseUrl, String style,
    Listings listings) {
  /** The style of an archive that names none: APA, 7th edition. */
  public static final String DEFAULT_STYLE = "apa";

  /**
   * The sizes of lists.
   *
   * @param homePapers the newest papers on the home page
   * @param pageSize the papers (or a hundred times as many names) on each page of a listing
   * @param feedPapers the newest papers in each feed
   */
  public record Listings(int homePapers, int pageSize, int feedPapers) {
    public static final Listings DEFAULT = new Listings(10, 50, 50);

    /** The entries of an index page (authors, topics, works): short lines, so more of them. */
    public int indexPageSize() {
      return pageSize * 4;
    }

    /** The citing papers on each page of a work's page: each shows its citing sentences, so fewer. */
    public int workPageSize() {
      return Math.max(1, pageSize / 2);
    }
  }

  public SiteConfig(String title, String description, String language, Optional<String> baseUrl, String style) {
    this(title, description, language, baseUrl, style, Listings.DEFAULT);
  }

  public SiteConfig(String title, String description, String language, Optional<String> baseUrl) {
    this(title, description, language, baseUrl, DEFAULT_STYLE);
  }
}
