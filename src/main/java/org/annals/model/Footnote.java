package org.annals.model;

/**
 * A footnote of a paper, numbered in the order the text first refers to it. Its text is a block
 * like any other: it may cite works and refer to figures.
 *
 * @param number its number, from 1
 * @param paragraph its text, whose id is the footnote's anchor ({@code fn-3})
 * @param section the slug of the section that first refers to it
 */
public record Footnote(int number, Paragraph paragraph, String section) {
  /** The footnote's anchor: {@code fn-3}. */
  public String anchor() {
    return anchorOf(number);
  }

  /** The anchor of footnote {@code number}. */
  public static String anchorOf(int number) {
    return "fn-" + number;
  }

  /** Its text as HTML, with the span marks of its {@link #paragraph()}. */
  public String html() {
    return paragraph.html();
  }

  /** Its text, without markup, on one line. */
  public String text() {
    return paragraph.text();
  }
}
