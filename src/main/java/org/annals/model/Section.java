package org.annals.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.diag.SourcePosition;

/**
 * A section of a paper, with its subsections.
 *
 * @param number the author's number, such as {@code 3.1}, or empty for an unnumbered section
 * @param title the heading without its number
 * @param slug stable URL segment, such as {@code 3-1-adjustment-of-political-relations}
 * @param level 1 for a section ({@code ##}), 2 for a subsection ({@code ###}), and so on
 * @param paragraphs the section's own blocks, before its first subsection
 * @param children the subsections, in order
 * @param position where the heading is in the source file
 * @param summary the first sentence of the section's first prose paragraph (tables and code
 *     skipped), whole; empty when the section has none
 */
public record Section(
    Optional<String> number,
    String title,
    String slug,
    int level,
    List<Paragraph> paragraphs,
    List<Section> children,
    SourcePosition position,
    String summary) {

  public Section {
    paragraphs = List.copyOf(paragraphs);
    children = List.copyOf(children);
  }

  /** The heading as pages show it: {@code 3.1 Adjustment of Political Relations} (one form of the number everywhere). */
  public String heading() {
    return number.map(n -> n + " " + title).orElse(title);
  }

  /** This section and all below it, in document order. */
  public Stream<Section> flatten() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(Section::flatten));
  }
}
