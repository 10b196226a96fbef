package org.annals.cite;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.model.PartialDate;

/**
 * One citable work, in the terms all formats share.
 *
 * @param key a citation key, unique within its file, such as {@code son2021prospects}
 * @param type what the work is, as a CSL type such as {@code article-journal} or {@code webpage}
 * @param authors the authors in order
 * @param issued the publication date, if known
 * @param title the title
 * @param container the journal, book or site it appeared in, if known
 * @param volume the volume, if known
 * @param issue the issue, if known
 * @param pages the pages, if known
 * @param publisher the publisher, if known
 * @param doi the DOI, if known
 * @param isbn the ISBN, if known
 * @param url the address of the work, if known
 * @param keywords the keywords
 * @param abstractText the abstract, or empty
 * @param language the language tag, or empty
 * @param csl every field of the work as its bibliography gave it, as CSL-JSON; empty when Annals made the item
 * @param bibtex the entry as written in a BibTeX file, when the work came from one
 */
public record CiteItem(
    String key,
    String type,
    List<CiteName> authors,
    Optional<PartialDate> issued,
    String title,
    Optional<String> container,
    Optional<String> volume,
    Optional<String> issue,
    Optional<String> pages,
    Optional<String> publisher,
    Optional<String> doi,
    Optional<String> isbn,
    Optional<String> url,
    List<String> keywords,
    String abstractText,
    String language,
    Map<String, Object> csl,
    Optional<String> bibtex) {

  public CiteItem {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
    csl = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(csl));
  }

  /** A work with only the fields the formats all know, for tests and for Annals' own items. */
  public static CiteItem of(String key, String type, List<CiteName> authors, Optional<PartialDate> issued, String title,
      Optional<String> container, Optional<String> url, List<String> keywords, String abstractText, String language) {
    return new CiteItem(key, type, authors, issued, title, container, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), url, keywords, abstractText, language,
        Map.of(), Optional.empty());
  }

  /** The RIS type of the work. */
  public String risType() {
    return switch (type) {
      case "article-journal" -> "JOUR";
      case "article-magazine" -> "MGZN";
      case "article-newspaper" -> "NEWS";
      case "book" -> "BOOK";
      case "chapter" -> "CHAP";
      case "paper-conference" -> "CPAPER";
      case "thesis" -> "THES";
      case "report" -> "RPRT";
      case "webpage", "post-weblog", "post" -> "ELEC";
      case "dataset" -> "DATA";
      case "software" -> "COMP";
      case "manuscript" -> "UNPB";
      case "entry-encyclopedia", "entry-dictionary" -> "ENCYC";
      default -> "GEN";
    };
  }

  /** The biblatex entry type of the work. */
  public String bibtexType() {
    return switch (type) {
      case "article-journal", "article-magazine", "article-newspaper" -> "article";
      case "book" -> "book";
      case "chapter" -> "incollection";
      case "paper-conference" -> "inproceedings";
      case "thesis" -> "thesis";
      case "report" -> "report";
      case "dataset" -> "dataset";
      case "software" -> "software";
      case "manuscript" -> "unpublished";
      case "webpage", "post-weblog", "post", "article" -> "online";
      default -> "misc";
    };
  }
}
