package org.annals.model;

import java.util.Optional;

/**
 * An author of a paper.
 *
 * @param name the name as the author writes it
 * @param affiliation the institution or role given with the name, if any
 */
public record Author(String name, Optional<String> affiliation) {}
