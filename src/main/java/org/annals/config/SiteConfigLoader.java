package org.annals.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourcePosition;
import org.annals.diag.SourceText;

/** Reads {@code site.yaml}, applies defaults and the command line's base URL, and validates. */
public final class SiteConfigLoader {
  /** The file name inside the content folder. */
  public static final String FILE_NAME = "site.yaml";

  /** The fields of {@code site.yaml} as written. */
  record SiteYaml(String title, String description, String language, String baseUrl, String csl,
      Integer homePapers, Integer pageSize, Integer feedPapers) {}

  private SiteConfigLoader() {}

  /**
   * Loads the settings of the archive in {@code contentDir}. Problems are recorded in {@code
   * diagnostics}; the returned value then holds defaults.
   */
  public static SiteConfig load(Path contentDir, Optional<String> baseUrlOverride, Diagnostics diagnostics) {
    Path file = contentDir.resolve(FILE_NAME);
    SiteYaml yaml = new SiteYaml(null, null, null, null, null, null, null, null);
    SourceText source = null;
    if (Files.isRegularFile(file)) {
      Optional<String> text = org.annals.diag.TextFiles.read(file, contentDir, 1024 * 1024, diagnostics);
      if (text.isEmpty()) {
        return new SiteConfig("", "", "en", Optional.empty());
      }
      source = new SourceText(file, text.get());
      Optional<SiteYaml> bound = YamlBinder.bind(source, source.text(), 1, SiteYaml.class, diagnostics);
      if (bound.isEmpty()) {
        return new SiteConfig("", "", "en", Optional.empty());
      }
      yaml = bound.get();
    } else {
      diagnostics.error(SourcePosition.startOf(file), null, "missing " + FILE_NAME,
          "create " + file + " with at least a line 'title: \"My archive\"'");
    }
    SourcePosition where = SourcePosition.startOf(file);
    String yamlBaseUrl = yaml.baseUrl();
    String title = yaml.title() == null ? "" : yaml.title().strip();
    if (title.isEmpty() && source != null) {
      diagnostics.error(where, source, FILE_NAME + " has no title", "add a line 'title: \"My archive\"'");
    }
    String language = yaml.language() == null ? "en" : yaml.language().strip();
    if (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      diagnostics.error(where, source, "language '" + language + "' is not a language tag",
          "use a BCP 47 tag such as en, vi or en-GB");
    }
    Optional<String> baseUrl =
        baseUrlOverride.or(() -> Optional.ofNullable(yamlBaseUrl)).map(String::strip).filter(s -> !s.isEmpty());
    if (baseUrl.isPresent()) {
      Optional<String> normalised = normaliseBaseUrl(baseUrl.get());
      if (normalised.isEmpty()) {
        diagnostics.error(where, baseUrlOverride.isPresent() ? null : source,
            "base URL '" + baseUrl.get() + "' is not an absolute http or https URL",
            "write it like https://example.org/archive/");
      }
      baseUrl = normalised;
    }
    String description = yaml.description() == null ? "" : yaml.description().strip();
    SiteConfig.Listings defaults = SiteConfig.Listings.DEFAULT;
    SiteConfig.Listings listings = new SiteConfig.Listings(
        count("homePapers", yaml.homePapers(), defaults.homePapers(), where, source, diagnostics),
        count("pageSize", yaml.pageSize(), defaults.pageSize(), where, source, diagnostics),
        count("feedPapers", yaml.feedPapers(), defaults.feedPapers(), where, source, diagnostics));
    return new SiteConfig(title, description, language, baseUrl, style(yaml.csl(), contentDir, where, source,
        diagnostics), listings);
  }

  /** A list size: from 1 to 1,000, or the default when not given. */
  private static int count(String field, Integer written, int fallback, SourcePosition where, SourceText source,
      Diagnostics diagnostics) {
    if (written == null) {
      return fallback;
    }
    if (written < 1 || written > 1000) {
      diagnostics.error(where, source, field + " is " + written + ", outside 1 to 1000",
          "give a number of papers from 1 to 1000, or leave the field out for " + fallback);
      return fallback;
    }
    return written;
  }

  /** The archive's citation style: a style id of the collection, or the text of a .csl file in the content folder. */
  private static String style(String written, Path contentDir, SourcePosition where, SourceText source,
      Diagnostics diagnostics) {
    if (written == null || written.isBlank()) {
      return SiteConfig.DEFAULT_STYLE;
    }
    return CslStyles.named(written, contentDir, where, source, diagnostics).orElse(SiteConfig.DEFAULT_STYLE);
  }

  /** An absolute http(s) URL with a trailing slash, or empty when the text is not one. */
  static Optional<String> normaliseBaseUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
          || uri.getQuery() != null || uri.getFragment() != null) {
        return Optional.empty();
      }
      return Optional.of(text.endsWith("/") ? text : text + "/");
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
