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
 */
public record SiteConfig(String title, String description, String language, Optional<String> baseUrl, String style) {
  /** The style of an archive that names none: APA, 7th edition. */
  public static final String DEFAULT_STYLE = "apa";

  public SiteConfig(String title, String description, String language, Optional<String> baseUrl) {
    this(title, description, language, baseUrl, DEFAULT_STYLE);
  }
}
