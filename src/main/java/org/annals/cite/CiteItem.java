package org.annals.cite;

import java.util.List;
import java.util.Optional;
import org.annals.model.PartialDate;

/**
 * One citable work, in the terms all formats share.
 *
 * @param key a citation key, unique within its file, such as {@code son2021prospects}
 * @param kind what the work is
 * @param authors the authors in order
 * @param issued the publication date, if known
 * @param title the title
 * @param container where it was published: the archive's or site's name, if known
 * @param url the address of the work, if known
 * @param keywords the keywords
 * @param abstractText the abstract, or empty
 * @param language the language tag, or empty
 */
public record CiteItem(
    String key,
    Kind kind,
    List<CiteName> authors,
    Optional<PartialDate> issued,
    String title,
    Optional<String> container,
    Optional<String> url,
    List<String> keywords,
    String abstractText,
    String language) {

  public CiteItem {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
  }

  /** The kinds of work Annals cites, with their names in each format. */
  public enum Kind {
    /** A paper of the archive. */
    ARTICLE("article", "GEN", "online"),
    /** A work found on the web, as the references of the first paper are. */
    WEBPAGE("webpage", "ELEC", "online");

    final String csl;
    final String ris;
    final String bibtex;

    Kind(String csl, String ris, String bibtex) {
      this.csl = csl;
      this.ris = ris;
      this.bibtex = bibtex;
    }
  }
}
