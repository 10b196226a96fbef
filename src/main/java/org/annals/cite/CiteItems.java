package org.annals.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.config.SiteConfig;
import org.annals.link.LinkedPaper;
import org.annals.link.ResolvedCitation;
import org.annals.model.Folding;
import org.annals.model.Names;
import org.annals.model.Paper;
import org.annals.model.Reference;

/**
 * Turns a paper and its reference list into {@link CiteItem}s. A reference list gives names as
 * written, without saying which word is the family name; the paper's own citations do: the name
 * an author is cited by ({@code Son} in {@code (Son, 2021)}) is their family name. A name cited
 * whole, or never cited, is split at its last word when it has several, or kept whole.
 */
public final class CiteItems {
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern NOT_ALNUM_RUN = java.util.regex.Pattern.compile("[^a-z0-9]+");
  private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]");

  private CiteItems() {}

  /** The paper itself, published in the archive at {@code url} when that is known. */
  public static CiteItem paper(Paper paper, SiteConfig site, Optional<String> url) {
    List<CiteName> names = paper.authors().stream()
        .map(a -> a.givenNames().isEmpty() ? CiteName.literal(a.name()) : CiteName.person(a.familyName(), a.givenNames()))
        .toList();
    String key = key(names, paper.date().map(d -> d.year()), paper.title(), new HashSet<>());
    org.annals.model.Publication p = paper.publication();
    Optional<String> container = p.venue().or(() -> Optional.of(site.title()).filter(t -> !t.isBlank()));
    return new CiteItem(key, p.venue().isPresent() ? "article-journal" : "article", names, paper.date(), paper.title(),
        container, p.volume(), p.issue(), Optional.empty(), Optional.empty(), p.doi(), Optional.empty(), url,
        paper.keywords(), paper.abstractText().text(), site.language(), Map.of(), Optional.empty());
  }

  /**
   * The paper's references, in the order of its list, with unique keys. A bibliography's items keep
   * their own keys and every field they had.
   */
  public static List<CiteItem> references(LinkedPaper linked) {
    Map<String, String> citedFamily = citedFamilyNames(linked);
    Set<String> keys = new HashSet<>();
    List<CiteItem> items = new ArrayList<>();
    for (Reference r : linked.paper().references()) {
      List<CiteName> names = !r.names().isEmpty() ? r.names().stream()
          .map(n -> n.isLiteral() ? CiteName.literal(n.literal()) : CiteName.person(n.family(), n.given())).toList()
          : r.authors().stream().map(name -> split(name, citedFamily.get(name))).toList();
      String key = linked.paper().citesByKey() ? r.key()
          : key(names, Optional.of(r.year()).filter(y -> y != Reference.NO_YEAR), r.title(), keys);
      Optional<org.annals.model.PartialDate> issued = r.publishedDate().or(() -> r.year() == Reference.NO_YEAR
          ? Optional.empty() : Optional.of(org.annals.model.PartialDate.ofYear(r.year())));
      Map<String, Object> csl = linked.paper().citesByKey() ? r.csl() : Map.of();
      items.add(new CiteItem(key, r.type(), names, issued, r.title(), r.container(), r.volume(), r.issue(), r.pages(),
          r.publisher(), r.doi(), r.isbn(), r.url(), List.of(), "", "", csl, r.bibtex()));
    }
    return items;
  }

  /** Listed name → the words of it that the text cites it by, for every author the text names. */
  static Map<String, String> citedFamilyNames(LinkedPaper linked) {
    Map<String, String> family = new HashMap<>();
    for (ResolvedCitation c : linked.citations()) {
      List<String> cited = c.citation().authors();
      List<String> listed = c.reference().authors();
      for (int i = 0; i < Math.min(cited.size(), listed.size()); i++) {
        String tail = tailMatching(listed.get(i), cited.get(i));
        if (tail != null) {
          family.putIfAbsent(listed.get(i), tail);
        }
      }
    }
    return family;
  }

  /** The last words of {@code listed} that fold to {@code cited}, as spelt in {@code listed}. */
  private static String tailMatching(String listed, String cited) {
    String[] words = WHITE_SPACE.split(listed.strip());
    int count = Folding.nameKey(cited).split(" ").length;
    if (count > words.length) {
      return null;
    }
    String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - count, words.length));
    return Folding.nameKey(tail).equals(Folding.nameKey(cited)) ? tail : null;
  }

  /** A listed name split at the family name the text cites it by, or else at its last word. */
  static CiteName split(String name, String citedFamily) {
    String whole = name.strip();
    if (!whole.contains(" ") || whole.equals(citedFamily)) {
      return CiteName.literal(whole);
    }
    String family = citedFamily != null ? citedFamily : Names.lastWord(whole);
    return CiteName.person(family, Names.without(whole, family));
  }

  /** {@code son2021prospects}: family name, year and first title word, folded; a letter is added on a clash. */
  static String key(List<CiteName> names, Optional<Integer> year, String title, Set<String> taken) {
    String who = names.isEmpty() ? "anon" : names.get(0).isLiteral() ? names.get(0).literal() : names.get(0).family();
    String word = java.util.Arrays.stream(NOT_ALNUM_RUN.split(Folding.fold(title)))
        .filter(w -> w.length() > 3).findFirst().orElse("work");
    String base = NOT_ALNUM.matcher(Folding.fold(who)).replaceAll("") + year.map(String::valueOf).orElse("nd") + word;
    String key = base.toLowerCase(Locale.ROOT);
    for (char suffix = 'a'; !taken.add(key); suffix++) {
      key = base + suffix;
    }
    return key;
  }
}
