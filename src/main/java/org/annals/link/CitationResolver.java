package org.annals.link;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.annals.diag.Diagnostics;
import org.annals.model.Archive;
import org.annals.model.Citation;
import org.annals.model.Folding;
import org.annals.model.Names;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.Reference;
import org.annals.model.Section;

/**
 * Resolves each citation against its paper's reference list. Names match when the cited name is
 * the whole of an author's name or its last words, folding case and accents; the year and its
 * letter must match. A single cited name prefers the author's single-authored work over a
 * co-authored one. No match, or more than one, is an error whose hint names the candidates; a
 * reference that nothing cites is a warning. Diagnostics carry no source line: the reporter at the
 * edge reads it from the file.
 */
public final class CitationResolver {
  private final Diagnostics diagnostics;

  public CitationResolver(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public LinkedArchive resolve(Archive archive) {
    List<LinkedPaper> papers = archive.papers().parallelStream().map(this::resolve).toList();
    return new LinkedArchive(archive, papers);
  }

  public LinkedPaper resolve(Paper paper) {
    List<ResolvedCitation> resolved = new ArrayList<>();
    java.util.Set<Integer> named = new java.util.HashSet<>();
    for (Paper.Block block : paper.textBlocks()) {
      Section section = block.section();
      Paragraph paragraph = block.paragraph();
      for (Citation citation : paragraph.citations()) {
        List<Reference> candidates = candidates(citation, paper.references());
        candidates.forEach(r -> named.add(r.number()));
        if (candidates.size() == 1) {
          resolved.add(new ResolvedCitation(citation, candidates.get(0), section, paragraph));
          continue;
        }
        if (candidates.isEmpty()) {
          diagnostics.error(citation.position(), null,
              "unresolved citation (" + citation.label() + ")", unresolvedHint(citation, paper.references()));
        } else {
          diagnostics.error(citation.position(), null,
              "ambiguous citation (" + citation.label() + ")",
              "it matches " + describe(candidates) + "; add a letter to the years (2020a, 2020b) "
                  + "in the reference list and in the citation");
        }
      }
    }
    for (Reference reference : paper.references()) {
      if (!named.contains(reference.number())) {
        diagnostics.warning(reference.position(), null,
            "reference [" + reference.number() + "] is not cited in the text",
            "cite it as (" + (reference.authors().isEmpty() ? reference.title() : surname(reference.authors().get(0)))
                + ", " + reference.yearLabel() + ") or remove it from the list");
      }
    }
    return new LinkedPaper(paper, resolved);
  }

  /** The references a citation may mean, best matches only. */
  static List<Reference> candidates(Citation citation, List<Reference> references) {
    if (citation.byKey()) {
      return references.stream().filter(r -> r.key().equals(citation.key().get())).toList();
    }
    List<Reference> matches = references.stream()
        .filter(r -> r.year() == citation.year())
        .filter(r -> citation.yearSuffix().isEmpty() || citation.yearSuffix().equals(r.yearSuffix()))
        .filter(r -> namesMatch(citation, r))
        .toList();
    if (citation.authors().size() == 1 && !citation.etAl() && matches.size() > 1) {
      List<Reference> single = matches.stream().filter(r -> r.authors().size() == 1).toList();
      if (!single.isEmpty()) {
        return single;
      }
    }
    return matches;
  }

  private static boolean namesMatch(Citation citation, Reference reference) {
    List<String> cited = citation.authors();
    List<String> listed = reference.authors();
    if (listed.isEmpty() || cited.isEmpty()) {
      return false;
    }
    if (citation.etAl()) {
      if (listed.size() < Math.max(2, cited.size())) {
        return false;
      }
      for (int i = 0; i < cited.size(); i++) {
        if (!nameMatches(cited.get(i), listed.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (cited.size() == 1) {
      return nameMatches(cited.get(0), listed.get(0));
    }
    if (cited.size() == listed.size() && allMatch(cited, listed)) {
      return true;
    }
    // An organisation whose name has "and" in it, cited whole: (Bureau of Census and Statistics, 1965).
    return listed.size() == 1 && (nameMatches(String.join(" and ", cited), listed.get(0))
        || nameMatches(String.join(" & ", cited), listed.get(0)));
  }

  private static boolean allMatch(List<String> cited, List<String> listed) {
    for (int i = 0; i < cited.size(); i++) {
      if (!nameMatches(cited.get(i), listed.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a cited name is the listed name or its last words, folded; initials before a cited
   * family name ({@code J. Eastman}) must agree with the listed given names ({@code J. Ronald
   * Eastman}, {@code J. R. Eastman}).
   */
  static boolean nameMatches(String cited, String listed) {
    String c = Folding.nameKey(cited);
    String l = Folding.nameKey(listed);
    if (c.isEmpty()) {
      return false;
    }
    if (l.equals(c) || l.endsWith(" " + c)) {
      return true;
    }
    String[] words = c.split(" ");
    int initials = 0;
    while (initials < words.length - 1 && words[initials].length() == 1) {
      initials++;
    }
    if (initials == 0) {
      return false;
    }
    String family = String.join(" ", java.util.Arrays.copyOfRange(words, initials, words.length));
    if (!(l.equals(family) || l.endsWith(" " + family))) {
      return false;
    }
    String[] given = l.substring(0, l.length() - family.length()).strip().split(" ");
    if (given.length < initials || given[0].isEmpty()) {
      return false;
    }
    for (int i = 0; i < initials; i++) {
      if (given[i].charAt(0) != words[i].charAt(0)) {
        return false;
      }
    }
    return true;
  }

  private static String unresolvedHint(Citation citation, List<Reference> references) {
    List<Reference> sameName = references.stream().filter(r -> namesMatch(citation, r)).toList();
    if (!sameName.isEmpty()) {
      return "no work of " + String.join(" & ", citation.authors()) + " from " + citation.year()
          + citation.yearSuffix() + " is listed; the list has " + describe(sameName);
    }
    List<Reference> sameFirst = references.stream()
        .filter(r -> r.year() == citation.year() && nameMatches(citation.authors().get(0), r.authors().get(0)))
        .toList();
    if (!sameFirst.isEmpty()) {
      return "the nearest is " + sameFirst.stream()
          .map(r -> "[" + r.number() + "] " + r.authorLine() + " (" + r.yearLabel() + "), cited as ("
              + citedForm(r) + ")")
          .collect(Collectors.joining("; "));
    }
    List<Reference> sameYear = references.stream().filter(r -> r.year() == citation.year()).toList();
    if (!sameYear.isEmpty()) {
      return "no listed author is named " + String.join(" & ", citation.authors()) + "; works from "
          + citation.year() + " are " + describe(sameYear);
    }
    return "no listed author is named " + String.join(" & ", citation.authors())
        + " and no work is from " + citation.year() + "; add the work to the reference list";
  }

  private static String describe(List<Reference> references) {
    return references.stream()
        .map(r -> "[" + r.number() + "] " + r.authorLine() + " (" + r.yearLabel() + ")")
        .collect(Collectors.joining(", "));
  }

  /** How a reference is cited: {@code Lan & Huy, 2024}, {@code Smith et al., 2020}. */
  private static String citedForm(Reference r) {
    List<String> names = r.authors().stream().map(CitationResolver::surname).toList();
    String who = names.size() > 2 ? names.get(0) + " et al." : String.join(" & ", names);
    return who + ", " + r.yearLabel();
  }

  private static String surname(String name) {
    return Names.lastWord(name);
  }
}
