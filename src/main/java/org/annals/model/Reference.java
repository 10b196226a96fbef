package org.annals.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.diag.SourcePosition;

/**
 * One work a paper cites: an entry of its numbered reference list, or an item of its bibliography
 * file.
 *
 * @param number the entry's number in the list; for a bibliography, its place among the cited items
 * @param key the key citations name it by: the bibliography key, or the entry's number
 * @param type the kind of work, as a CSL type such as {@code article-journal}, {@code book} or {@code webpage}
 * @param authors the authors' names as read aloud (an organisation counts as one name)
 * @param names the authors' names split as the bibliography gives them; empty for a reference list,
 *     whose names the citations split
 * @param year the year of the work, or {@link #NO_YEAR} for a work without a date ({@code n.d.})
 * @param yearSuffix the letter that tells apart works of the same authors and year, or empty
 * @param title the title of the work
 * @param container the journal, book or site it appeared in, if given
 * @param volume the volume, if given
 * @param issue the issue, if given
 * @param pages the pages, if given
 * @param publisher the publisher, if given
 * @param edition the edition, if given
 * @param doi the DOI, if given
 * @param isbn the ISBN, if given
 * @param published the publication date as written after the title, if given
 * @param publishedDate that date, read
 * @param url the address of the work, if given
 * @param csl every field the source gave, as CSL-JSON, for exports and the citation processor
 * @param bibtex the entry as written in a BibTeX file, when it came from one
 * @param position where the entry starts in its source file
 */
public record Reference(
    int number,
    String key,
    String type,
    List<String> authors,
    List<PersonName> names,
    int year,
    String yearSuffix,
    String title,
    Optional<String> container,
    Optional<String> volume,
    Optional<String> issue,
    Optional<String> pages,
    Optional<String> publisher,
    Optional<String> edition,
    Optional<String> doi,
    Optional<String> isbn,
    Optional<String> published,
    Optional<PartialDate> publishedDate,
    Optional<String> url,
    Map<String, Object> csl,
    Optional<String> bibtex,
    SourcePosition position) {

  /** The year of a work without a date. */
  public static final int NO_YEAR = 0;

  public Reference {
    // Only web, mail and relative addresses become links; readers warn of any other.
    url = url.filter(SafeUrl::isSafe);
    authors = List.copyOf(authors);
    names = List.copyOf(names);
    csl = csl.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(csl));
  }

  /** The anchor of the entry on the references page: {@code ref-3}. */
  public String anchor() {
    return "ref-" + number;
  }

  /** The year as cited: {@code 2020a}, or {@code n.d.}. */
  public String yearLabel() {
    return (year == NO_YEAR ? "n.d." : Integer.toString(year)) + yearSuffix;
  }

  /** The DOI as a URL. */
  public Optional<String> doiUrl() {
    return doi.map(d -> d.startsWith("http") ? d : "https://doi.org/" + d).filter(SafeUrl::isSafe);
  }

  /** The authors joined as written in the list: {@code Ashley Townshend & Tom Corben}. */
  public String authorLine() {
    if (authors.size() <= 2) {
      return String.join(" & ", authors);
    }
    return String.join(", ", authors.subList(0, authors.size() - 1)) + " & " + authors.get(authors.size() - 1);
  }
}
