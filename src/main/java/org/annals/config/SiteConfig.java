package org.annals.config;

import java.util.Optional;

/**
 * The archive's settings, validated.
 *
 * @param title the archive's name, shown on every page
 * @param description one or two sentences shown on the home page
 * @param language the BCP 47 language tag of the content, such as {@code en}
 * @param baseUrl the absolute URL the site is published at, ending in {@code /}, if known
 */
public record SiteConfig(String title, String description, String language, Optional<String> baseUrl) {}
