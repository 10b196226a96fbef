package org.annals.model;

/**
 * A footnote of a paper, numbered in the order the text first refers to it.
 *
 * @param number its number, from 1
 * @param html its text as HTML, rendered by Annals
 * @param text its text, without markup, on one line
 */
public record Footnote(int number, String html, String text) {
  /** The footnote's anchor: {@code fn-3}. */
  public String anchor() {
    return "fn-" + number;
  }
}
