package org.annals.link;

import org.annals.model.Paper;
import org.annals.model.Section;

/**
 * Where each page lives in the output, as site-relative paths, and how one page links to another.
 * Page paths are folders ending in {@code /} (served as their {@code index.html}); links between
 * pages are always relative, so the site works at a domain root and under a project path.
 */
public final class SitePaths {
  /** The stylesheet, relative to the site root. */
  public static final String STYLESHEET = "assets/annals.css";
  /** The site's icon. */
  public static final String ICON = "assets/favicon.svg";
  /** The scripts every page loads: search, then citation previews. */
  public static final java.util.List<String> SCRIPTS = java.util.List.of("assets/search.js", "assets/citations.js");
  /** The Atom feed of the papers. */
  public static final String FEED = "feed.xml";
  /** The sitemap. */
  public static final String SITEMAP = "sitemap.xml";
  /** The robots file. */
  public static final String ROBOTS = "robots.txt";
  /** The page served for a missing address. */
  public static final String NOT_FOUND = "404.html";

  private SitePaths() {}

  public static String home() {
    return "";
  }

  public static String search() {
    return "search/";
  }

  /** The folder of the search index files. */
  public static String searchIndex() {
    return "search/index/";
  }

  public static String paper(Paper paper) {
    return "papers/" + paper.slug() + "/";
  }

  public static String section(Paper paper, Section section) {
    return paper(paper) + section.slug() + "/";
  }

  /** The list of all papers, newest first: page 1 at {@code papers/}, then {@code papers/page/2/}. */
  public static String allPapers(int page) {
    return paged("papers/", page);
  }

  /** The index of years. */
  public static String years() {
    return "years/";
  }

  /** The papers of one year ({@code years/2021/}), or of none ({@code years/undated/}). */
  public static String year(String slug, int page) {
    return paged("years/" + slug + "/", page);
  }

  /** The index of authors, by family name. */
  public static String authors(int page) {
    return paged("authors/", page);
  }

  /** An author's page. */
  public static String author(String slug, int page) {
    return paged("authors/" + slug + "/", page);
  }

  /** An author's feed. */
  public static String authorFeed(String slug) {
    return "authors/" + slug + "/feed.xml";
  }

  /** The index of topics. */
  public static String topics(int page) {
    return paged("topics/", page);
  }

  /** A topic's page. */
  public static String topic(String slug, int page) {
    return paged("topics/" + slug + "/", page);
  }

  /** A topic's feed. */
  public static String topicFeed(String slug) {
    return "topics/" + slug + "/feed.xml";
  }

  /** The index of works cited by several papers. */
  public static String works(int page) {
    return paged("works/", page);
  }

  /** The page of a work cited by several papers. */
  public static String work(String slug, int page) {
    return paged("works/" + slug + "/", page);
  }

  /** Page {@code page} (from 1) of a listing whose first page is {@code first}. */
  public static String paged(String first, int page) {
    return page <= 1 ? first : first + "page/" + page + "/";
  }

  public static String full(Paper paper) {
    return paper(paper) + "full/";
  }

  public static String references(Paper paper) {
    return paper(paper) + "references/";
  }

  /** The paper's citation files, without extension: {@code papers/x/cite} (.bib, .ris, .json). */
  public static String paperCitation(Paper paper) {
    return paper(paper) + "cite";
  }

  /** The paper's reference list files, without extension: {@code papers/x/references} (.bib, .ris, .json). */
  public static String referenceList(Paper paper) {
    return paper(paper) + "references";
  }

  /** The file a page path is written to: {@code papers/x/} → {@code papers/x/index.html}. */
  public static String file(String page) {
    return page.isEmpty() || page.endsWith("/") ? page + "index.html" : page;
  }

  /**
   * The relative URL from the page at {@code fromPage} (a folder path ending in {@code /}, or empty
   * for the root) to {@code target} (a site-relative path, optionally with {@code #fragment}): up
   * from the page's folders that the target does not share, then down the target's path. The paths
   * are compared segment by segment in place, with no arrays of segments.
   *
   * @throws IllegalArgumentException when {@code fromPage} is not a folder path
   */
  public static String relative(String fromPage, String target) {
    if (!fromPage.isEmpty() && !fromPage.endsWith("/")) {
      throw new IllegalArgumentException("not a page's folder path: " + fromPage);
    }
    String fragment = "";
    int hash = target.indexOf('#');
    if (hash >= 0) {
      fragment = target.substring(hash);
      target = target.substring(0, hash);
    }
    int fromSegments = 0;
    for (int i = 0; i < fromPage.length(); i++) {
      if (fromPage.charAt(i) == '/') {
        fromSegments++;
      }
    }
    int common = 0;
    int f = 0;
    int t = 0;
    while (common < fromSegments) {
      int fromEnd = fromPage.indexOf('/', f);
      int targetEnd = target.indexOf('/', t);
      // The target's last segment, its file, is never one of the page's folders.
      if (targetEnd < 0 || fromEnd - f != targetEnd - t || !fromPage.regionMatches(f, target, t, fromEnd - f)) {
        break;
      }
      common++;
      f = fromEnd + 1;
      t = targetEnd + 1;
    }
    int up = fromSegments - common;
    if (up == 0 && t == target.length()) {
      return fragment.isEmpty() ? "./" : fragment;
    }
    StringBuilder out = new StringBuilder(3 * up + target.length() - t + fragment.length());
    for (int i = 0; i < up; i++) {
      out.append("../");
    }
    return out.append(target, t, target.length()).append(fragment).toString();
  }

  /** The relative URL of the site root from a page: {@code ../../} or {@code ./}. */
  public static String root(String fromPage) {
    String up = relative(fromPage, "");
    return up.isEmpty() || up.startsWith("#") ? "./" : up;
  }
}
