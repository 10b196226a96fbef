package org.annals.content;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.diag.SourceText;
import org.annals.model.Citation;
import org.annals.model.Folding;

/**
 * Finds author-year citations in the text of one block. Only plain text counts: code, links and
 * HTML are skipped. Parenthetical citations ({@code (Son, 2021)}, {@code (Smith et al., 2020; Lee,
 * 2019)}) are recognised by their form; narrative ones ({@code Smith (2020)}) only where the name
 * before the year is an author in the paper's reference list.
 */
final class CitationScanner {
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
  private static final String PARTICLE = "(?:van|von|de|der|den|da|di|du|le|la|dos|del|bin|al)";
  private static final String NAME = WORD + "(?:\\s+(?:" + WORD + "|" + PARTICLE + "))*";
  private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern PREFIX = Pattern.compile("^(?:see also|see|e\\.g\\.,?|cf\\.|i\\.e\\.,?)\\s+");
  private static final Pattern WORK =
      Pattern.compile("(?<names>" + NAME + "(?:\\s+et\\s+al\\.|(?:,\\s*" + NAME + ")*,?\\s+(?:&|and)\\s+" + NAME + ")?)"
          + ",\\s+(?<year>\\d{4})(?<suffix>[a-z]?)(?:,\\s*(?<locator>(?:pp?\\.|ch\\.|chap\\.|sec\\.|para\\.|§)\\s*\\S[^,;]*))?");
  private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,\\s*(?:&|and)?|\\s&|\\sand)\\s+");
  private static final Pattern NARRATIVE_YEAR =
      Pattern.compile("\\((?<year>\\d{4})(?<suffix>[a-z]?)(?:,\\s*(?<locator>pp?\\.\\s*[^)]+))?\\)");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*|" + PARTICLE);
  private static final int MAX_NAME_WORDS = 4;

  private final SourceText source;
  private final int bodyOffset;
  private final Set<String> authorKeys;

  /**
   * @param authorKeys every folded tail of every author name in the reference list ({@code son},
   *     {@code xuan son}, …): the names that make a narrative citation
   */
  CitationScanner(SourceText source, int bodyOffset, Set<String> authorKeys) {
    this.source = source;
    this.bodyOffset = bodyOffset;
    this.authorKeys = authorKeys;
  }

  /** The citations in {@code block} in reading order, each its own span, with offsets into the body. */
  List<Span> scan(Node block) {
    List<Found> found = new ArrayList<>();
    for (int[] span : TextRuns.of(block)) {
      String text = source.text().substring(bodyOffset + span[0], bodyOffset + span[1]);
      scanParentheticals(text, span[0], found);
      scanNarrative(text, span[0], found);
    }
    found.sort((a, b) -> Integer.compare(a.start, b.start));
    return found.stream().map(f -> new Span(f.start, f.end, List.of(new Span.Cite(f.start, f.end, f.text,
        Optional.empty(), f.authors, f.etAl, f.year, f.suffix, f.locator, Optional.empty(), Optional.empty(),
        f.narrative ? Citation.Mode.NARRATIVE : Citation.Mode.PARENTHETICAL)), Optional.<String>empty())).toList();
  }

  private record Found(int start, int end, String text, List<String> authors, boolean etAl, int year,
      String suffix, Optional<String> locator, boolean narrative) {}

  private void scanParentheticals(String text, int base, List<Found> found) {
    Matcher m = PARENTHETICAL.matcher(text);
    while (m.find()) {
      String inner = m.group(1);
      int innerStart = m.start(1);
      List<Found> works = new ArrayList<>();
      int partStart = 0;
      boolean all = true;
      for (String part : inner.split(";", -1)) {
        int lead = part.length() - part.stripLeading().length();
        String stripped = part.strip();
        Matcher prefix = PREFIX.matcher(stripped);
        int skip = prefix.lookingAt() ? prefix.end() : 0;
        Matcher work = WORK.matcher(stripped.substring(skip));
        if (!work.matches()) {
          all = false;
          break;
        }
        int start = base + innerStart + partStart + lead + skip;
        int end = start + work.end();
        String names = work.group("names");
        boolean etAl = names.matches("(?s).*\\s+et\\s+al\\.");
        List<String> authors = etAl
            ? List.of(names.replaceFirst("\\s+et\\s+al\\.$", ""))
            : List.of(NAME_SPLIT.split(names));
        works.add(new Found(start, end, work.group(), authors, etAl, Integer.parseInt(work.group("year")),
            work.group("suffix"), Optional.ofNullable(work.group("locator")).map(String::strip), false));
        partStart += part.length() + 1;
      }
      if (!all) {
        continue;
      }
      if (works.size() == 1) {
        Found w = works.get(0);
        found.add(new Found(base + m.start(), base + m.end(), m.group(), w.authors, w.etAl, w.year, w.suffix,
            w.locator, false));
      } else {
        found.addAll(works);
      }
    }
  }

  private void scanNarrative(String text, int base, List<Found> found) {
    Matcher m = NARRATIVE_YEAR.matcher(text);
    while (m.find()) {
      if (m.start() == 0 || text.charAt(m.start() - 1) != ' ') {
        continue;
      }
      List<int[]> words = wordsBefore(text, m.start() - 1);
      Optional<Found> hit = narrative(text, words, m, base);
      hit.ifPresent(found::add);
    }
  }

  /** Up to eight whitespace-separated words ending just before {@code end}, nearest last, as [start, end]. */
  private static List<int[]> wordsBefore(String text, int end) {
    List<int[]> words = new ArrayList<>();
    int i = end;
    while (words.size() < 8 && i > 0) {
      int wordEnd = i;
      while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      if (i == wordEnd) {
        break;
      }
      words.add(0, new int[] {i, wordEnd});
      while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
    }
    return words;
  }

  private Optional<Found> narrative(String text, List<int[]> words, Matcher year, int base) {
    int n = words.size();
    boolean etAl = n >= 2 && word(text, words.get(n - 1)).equals("al.") && word(text, words.get(n - 2)).equals("et");
    int last = etAl ? n - 3 : n - 1;
    int[] first = longestName(text, words, last);
    if (first == null) {
      return Optional.empty();
    }
    List<String> authors = new ArrayList<>();
    authors.add(text.substring(words.get(first[0])[0], words.get(last)[1]));
    int nameStart = words.get(first[0])[0];
    if (!etAl && first[0] >= 2) {
      String joiner = word(text, words.get(first[0] - 1));
      if (joiner.equals("&") || joiner.equals("and")) {
        int[] other = longestName(text, words, first[0] - 2);
        if (other != null) {
          authors.add(0, text.substring(words.get(other[0])[0], words.get(first[0] - 2)[1]));
          nameStart = words.get(other[0])[0];
        }
      }
    }
    int end = year.end();
    return Optional.of(new Found(base + nameStart, base + end, text.substring(nameStart, end), authors, etAl,
        Integer.parseInt(year.group("year")), year.group("suffix"),
        Optional.ofNullable(year.group("locator")).map(String::strip), true));
  }

  /** The index of the first word of the longest known author name ending at word {@code last}, or null. */
  private int[] longestName(String text, List<int[]> words, int last) {
    if (last < 0) {
      return null;
    }
    for (int k = Math.min(MAX_NAME_WORDS, last + 1); k >= 1; k--) {
      int from = last - k + 1;
      StringBuilder name = new StringBuilder();
      boolean ok = true;
      for (int i = from; i <= last; i++) {
        String w = word(text, words.get(i));
        if (!NAME_WORD.matcher(w).matches() || (i == from && !Character.isUpperCase(w.codePointAt(0)))) {
          ok = false;
          break;
        }
        name.append(i > from ? " " : "").append(w);
      }
      if (ok && authorKeys.contains(Folding.nameKey(name.toString()))) {
        return new int[] {from};
      }
    }
    return null;
  }

  private static String word(String text, int[] span) {
    return text.substring(span[0], span[1]);
  }
}
