package org.annals.render.view;

import java.util.List;

/**
 * A section as a heading and its own paragraphs, for the whole-paper page.
 *
 * @param id anchor of the heading
 * @param level HTML heading level, 2 to 6
 * @param heading the heading as the author writes it
 * @param href link to the section's own page
 * @param paragraphs the section's own paragraphs
 */
public record SectionBlock(String id, int level, String heading, String href, List<ParagraphView> paragraphs) {}
