package org.annals.content;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourcePosition;
import org.annals.diag.SourceText;

/** Checks a citation style named by its id against the CSL styles collection Annals carries. */
public final class CitationStyleIds {
  private static Set<String> known;

  private CitationStyleIds() {}

  /** The id, when the collection has that style; else an error with the nearest ids. */
  public static Optional<String> check(String id, SourcePosition position, SourceText source, Diagnostics diagnostics) {
    String wanted = id.strip();
    if (CSL.supportsStyle(wanted)) {
      return Optional.of(wanted);
    }
    diagnostics.error(position, source, "no citation style is called '" + wanted + "'",
        "name a style of the CSL styles collection (such as apa, chicago-author-date, ieee, nature, vancouver)"
            + nearest(wanted) + ", or a .csl file in the paper's folder");
    return Optional.empty();
  }

  private static synchronized String nearest(String id) {
    try {
      if (known == null) {
        known = CSL.getSupportedStyles();
      }
    } catch (IOException e) {
      return "";
    }
    return known.stream().filter(s -> s.contains(id) || id.contains(s)).sorted(Comparator.comparingInt(String::length))
        .limit(3).reduce((a, b) -> a + ", " + b).map(s -> "; near it: " + s).orElse("");
  }
}
