package org.annals.model;

/**
 * The sentence that holds a citation, as plain text split around the citation.
 *
 * @param before the sentence up to the citation
 * @param cited the citation's text
 * @param after the rest of the sentence
 */
public record CitingSentence(String before, String cited, String after) {
  /** No sentence: what a citation whose sentence is not kept holds. */
  public static final CitingSentence NONE = new CitingSentence("", "", "");
}
