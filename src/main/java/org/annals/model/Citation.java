package org.annals.model;

import java.util.List;
import java.util.Optional;
import org.annals.diag.SourcePosition;

/**
 * One cited work in the prose, such as {@code Son, 2021} inside {@code (Son, 2021)}.
 *
 * @param id stable anchor of this occurrence, such as {@code c-3-1-2-1}
 * @param text the cited text as it appears in the source, the part that becomes a link
 * @param authors the names as cited: one, two, or the first of an {@code et al.} group
 * @param etAl whether the citation ends the names with {@code et al.}
 * @param year the year cited
 * @param yearSuffix the letter after the year ({@code a} in {@code 2020a}), or empty
 * @param locator a page or other locator such as {@code p. 12}, if given
 * @param narrative whether the name stands in the sentence: {@code Smith (2020)}
 * @param start offset of {@code text} in the paragraph's Markdown
 * @param end offset just past {@code text} in the paragraph's Markdown
 * @param position where {@code text} starts in the source file
 * @param sentence the sentence of the block that holds the citation
 */
public record Citation(
    String id,
    String text,
    List<String> authors,
    boolean etAl,
    int year,
    String yearSuffix,
    Optional<String> locator,
    boolean narrative,
    int start,
    int end,
    SourcePosition position,
    CitingSentence sentence) {

  public Citation {
    authors = List.copyOf(authors);
  }

  /** The names and year as a reader would say them: {@code Lan & Huy, 2024}. */
  public String label() {
    String names = etAl ? authors.get(0) + " et al." : String.join(" & ", authors);
    return names + ", " + year + yearSuffix;
  }
}
