package org.annals.render.view;

/**
 * A sentence that cites a reference, linked to its paragraph.
 *
 * @param href link to the paragraph on its section page (or on the same page)
 * @param label where it is: {@code 3.1 ¶2}
 * @param before the sentence up to the citation
 * @param cited the citation as written
 * @param after the rest of the sentence
 */
public record CitedPlace(String href, String label, String before, String cited, String after) {}
