package org.annals.model;

/**
 * A numbered, labelled thing of a paper that the prose can refer to: a figure, a table or an equation.
 *
 * @param label the label, such as {@code fig-map}; also the element's id on the page
 * @param kind what it is
 * @param number its number among the paper's things of that kind, from 1
 * @param section the slug of the section that holds it
 */
public record Label(String label, Kind kind, int number, String section) {
  /** The kinds of labelled things. */
  public enum Kind {
    FIGURE("Figure"),
    TABLE("Table"),
    EQUATION("Equation");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    /** How the prose names one: {@code Figure}. */
    public String word() {
      return word;
    }
  }

  /** How the prose names it: {@code Figure 2}, {@code Equation 1}. */
  public String name() {
    return kind.word() + " " + number;
  }
}
