package org.annals.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.config.SiteConfig;
import org.annals.model.Author;
import org.annals.model.Paper;
import org.annals.model.PartialDate;
import org.annals.model.Reference;
import org.annals.render.view.MetaTag;

/**
 * What indexers read on a paper's page: Highwire Press tags for Google Scholar and Schema.org
 * {@code ScholarlyArticle} JSON-LD. URLs are absolute, so they are given only when the site's base
 * URL is known.
 */
final class ScholarlyMetadata {
  private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("[-–]");

  private ScholarlyMetadata() {}

  static List<MetaTag> highwire(Paper paper, SiteConfig site, Optional<String> paperUrl, Optional<String> fullUrl) {
    List<MetaTag> tags = new ArrayList<>();
    tags.add(new MetaTag("citation_title", paper.title()));
    for (Author author : paper.authors()) {
      tags.add(new MetaTag("citation_author", author.name()));
      author.affiliations().forEach(a -> tags.add(new MetaTag("citation_author_institution", a)));
      author.orcidUrl().ifPresent(o -> tags.add(new MetaTag("citation_author_orcid", o)));
    }
    paper.date().ifPresent(d -> tags.add(new MetaTag("citation_publication_date", highwireDate(d))));
    paper.publication().doi().ifPresent(d -> tags.add(new MetaTag("citation_doi", d)));
    paper.publication().venue().ifPresent(v -> tags.add(new MetaTag("citation_journal_title", v)));
    paper.publication().volume().ifPresent(v -> tags.add(new MetaTag("citation_volume", v)));
    paper.publication().issue().ifPresent(v -> tags.add(new MetaTag("citation_issue", v)));
    if (!paper.keywords().isEmpty()) {
      tags.add(new MetaTag("citation_keywords", String.join("; ", paper.keywords())));
    }
    paperUrl.ifPresent(u -> tags.add(new MetaTag("citation_abstract_html_url", u)));
    fullUrl.ifPresent(u -> tags.add(new MetaTag("citation_fulltext_html_url", u)));
    tags.add(new MetaTag("citation_language", site.language()));
    for (Reference r : paper.references()) {
      StringBuilder value = new StringBuilder();
      r.authors().forEach(a -> value.append("citation_author=").append(clean(a)).append("; "));
      value.append("citation_title=").append(clean(r.title())).append("; ");
      if (r.year() != Reference.NO_YEAR) {
        value.append("citation_publication_date=")
            .append(r.publishedDate().map(ScholarlyMetadata::highwireDate).orElse(Integer.toString(r.year())));
      }
      r.container().ifPresent(c -> value.append("; citation_journal_title=").append(clean(c)));
      r.volume().ifPresent(v -> value.append("; citation_volume=").append(clean(v)));
      r.issue().ifPresent(v -> value.append("; citation_issue=").append(clean(v)));
      r.pages().ifPresent(p -> value.append("; citation_firstpage=").append(clean(DASH.split(p)[0])));
      r.doi().ifPresent(d -> value.append("; citation_doi=").append(clean(d)));
      r.url().ifPresent(u -> value.append("; citation_url=").append(u));
      tags.add(new MetaTag("citation_reference", value.toString()));
    }
    return tags;
  }

  /** {@code 2021/04/19}, {@code 2021/04} or {@code 2021}. */
  static String highwireDate(PartialDate date) {
    return date.iso().replace('-', '/');
  }

  private static String clean(String text) {
    return text.replace(';', ',');
  }

  static String jsonLd(Paper paper, SiteConfig site, Optional<String> paperUrl) {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("@context", "https://schema.org");
    article.put("@type", "ScholarlyArticle");
    article.put("headline", paper.title());
    article.put("name", paper.title());
    article.put("author", paper.authors().stream().map(a -> {
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("@type", "Person");
      person.put("name", a.name());
      person.put("familyName", a.familyName());
      if (!a.givenNames().isEmpty()) {
        person.put("givenName", a.givenNames());
      }
      if (!a.affiliations().isEmpty()) {
        person.put("affiliation", a.affiliations().stream()
            .map(af -> Map.of("@type", "Organization", "name", af)).toList());
      }
      a.orcidUrl().ifPresent(o -> person.put("sameAs", o));
      return person;
    }).toList());
    paper.date().ifPresent(d -> article.put("datePublished", d.iso()));
    paper.publication().doiUrl().ifPresent(d -> article.put("identifier", d));
    paper.publication().license().ifPresent(l -> article.put("license", l));
    if (!paper.keywords().isEmpty()) {
      article.put("keywords", paper.keywords());
    }
    article.put("abstract", paper.abstractText().text());
    article.put("inLanguage", site.language());
    paperUrl.ifPresent(u -> article.put("url", u));
    article.put("isPartOf", Map.of("@type", "WebSite", "name", site.title()));
    article.put("citation", paper.references().stream().map(r -> {
      Map<String, Object> work = new LinkedHashMap<>();
      work.put("@type", "CreativeWork");
      work.put("name", r.title());
      work.put("author", r.authors().stream().map(a -> Map.of("@type", "Person", "name", a)).toList());
      if (r.year() != Reference.NO_YEAR) {
        work.put("datePublished", r.publishedDate().map(PartialDate::iso).orElse(Integer.toString(r.year())));
      }
      r.doiUrl().ifPresent(d -> work.put("identifier", d));
      r.url().ifPresent(u -> work.put("url", u));
      return work;
    }).toList());
    return Json.forHtml(article);
  }
}
