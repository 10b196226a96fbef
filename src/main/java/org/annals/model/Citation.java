package org.annals.model;

import java.util.List;
import java.util.Optional;
import org.annals.diag.SourcePosition;

/**
 * One cited work in the prose: by its authors and year, such as {@code Son, 2021} inside
 * {@code (Son, 2021)}, or by its bibliography key, such as {@code @son2021} inside
 * {@code [see @son2021, p. 3; @lan2024]}.
 *
 * @param id stable anchor of this occurrence, such as {@code c-3-1-2-1}
 * @param text the cited text as it appears in the source
 * @param key the bibliography key, for a citation in pandoc's form; empty for author-year prose
 * @param authors the names as cited: one, two, or the first of an {@code et al.} group; empty with a key
 * @param etAl whether the citation ends the names with {@code et al.}
 * @param year the year cited, or {@link Reference#NO_YEAR} for {@code n.d.} (and with a key)
 * @param yearSuffix the letter after the year ({@code a} in {@code 2020a}), or empty
 * @param locator a page or other locator such as {@code p. 12} or {@code Chapter 3}, if given
 * @param prefix text before the work inside the citation, such as {@code see}, if given
 * @param suffix text after the work and its locator, such as {@code for a review}, if given
 * @param mode how the citation stands in the sentence
 * @param span which of the paragraph's marked spans shows it (several citations of one pandoc group share one)
 * @param start offset of {@code text} in the paragraph's Markdown
 * @param end offset just past {@code text} in the paragraph's Markdown
 * @param position where {@code text} starts in the source file
 * @param sentence the sentence of the block that holds the citation
 */
public record Citation(
    String id,
    String text,
    Optional<String> key,
    List<String> authors,
    boolean etAl,
    int year,
    String yearSuffix,
    Optional<String> locator,
    Optional<String> prefix,
    Optional<String> suffix,
    Mode mode,
    int span,
    int start,
    int end,
    SourcePosition position,
    CitingSentence sentence) {

  /** How a citation stands in its sentence. */
  public enum Mode {
    /** In parentheses: {@code (Smith, 2020)}, {@code [@smith2020]}. */
    PARENTHETICAL,
    /** The name in the sentence: {@code Smith (2020)}, {@code @smith2020}. */
    NARRATIVE,
    /** The year only, the name being in the sentence already: {@code [-@smith2020]}. */
    SUPPRESS_AUTHOR
  }

  public Citation {
    authors = List.copyOf(authors);
  }

  /** Whether the citation names its work by a bibliography key. */
  public boolean byKey() {
    return key.isPresent();
  }

  /** Whether the name stands in the sentence: {@code Smith (2020)}. */
  public boolean narrative() {
    return mode == Mode.NARRATIVE;
  }

  /** The citation as a reader would say it: {@code Lan & Huy, 2024}, or {@code @key}. */
  public String label() {
    if (key.isPresent()) {
      return "@" + key.get();
    }
    String names = etAl ? authors.get(0) + " et al." : String.join(" & ", authors);
    return names + ", " + (year == Reference.NO_YEAR ? "n.d." : Integer.toString(year)) + yearSuffix;
  }
}
