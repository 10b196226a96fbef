package org.annals.link;

import org.annals.model.Citation;
import org.annals.model.Paragraph;
import org.annals.model.Reference;
import org.annals.model.Section;

/**
 * A citation with the reference it names and where it stands.
 *
 * @param citation the citation as written
 * @param reference the entry of the reference list it resolves to
 * @param section the section whose own paragraphs hold it
 * @param paragraph the paragraph that holds it
 */
public record ResolvedCitation(Citation citation, Reference reference, Section section, Paragraph paragraph) {}
