package org.annals.model;

import java.util.List;
import java.util.Optional;
import org.annals.diag.SourcePosition;

/**
 * One entry of a paper's numbered reference list.
 *
 * @param number the entry's number in the list
 * @param authors the authors' names as written (an organisation counts as one name)
 * @param year the year of the work
 * @param yearSuffix the letter that tells apart works of the same authors and year, or empty
 * @param title the title of the work
 * @param published the publication date as written after the title, if given
 * @param publishedDate that date, read
 * @param url the address of the work, if given
 * @param position where the entry starts in the source file
 */
public record Reference(
    int number,
    List<String> authors,
    int year,
    String yearSuffix,
    String title,
    Optional<String> published,
    Optional<PartialDate> publishedDate,
    Optional<String> url,
    SourcePosition position) {

  public Reference {
    authors = List.copyOf(authors);
  }

  /** The anchor of the entry on the references page: {@code ref-3}. */
  public String anchor() {
    return "ref-" + number;
  }

  /** The authors joined as written in the list: {@code Ashley Townshend & Tom Corben}. */
  public String authorLine() {
    if (authors.size() <= 2) {
      return String.join(" & ", authors);
    }
    return String.join(", ", authors.subList(0, authors.size() - 1)) + " & " + authors.get(authors.size() - 1);
  }
}
