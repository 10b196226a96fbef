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
import org.annals.model.Reference;

/**
 * Finds author-year citations in the text of one block, as APA and its kin write them. Only plain
 * text counts: code, links and HTML are skipped.
 *
 * <p>In parentheses, each {@code ;}-separated part is one work or several by the same authors:
 * names (particles such as {@code van} allowed, organisations with lower-case joining words such
 * as {@code Australian Bureau of Statistics}, initials such as {@code J. Eastman}), joined by
 * {@code ,}, {@code &} or {@code and}, maybe ending {@code et al.}; then one or more years
 * ({@code 2019, 2020a}, {@code n.d.}); then maybe a locator ({@code p. 12}, {@code Chapter 3});
 * then maybe free text ({@code for a review}). Words before the names are a prefix
 * ({@code see}, {@code based on the algorithm of}); a prefix other than the usual ones is only
 * taken when the name is an author of the reference list, so that ordinary parenthetical remarks
 * stay text. Narrative citations ({@code Smith (2020)}, {@code Smith and Lee’s (2018)}) are taken
 * only where the name before the year is an author of the reference list.
 */
final class CitationScanner {
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
  private static final String PARTICLE = "(?:van|von|de|der|den|da|di|du|le|la|dos|del|bin|al|ter|te)";
  private static final String JOINER = "(?:of|for|the|on|in|at|des|du|für|und|y|et)";
  private static final String NAME = "(?:" + PARTICLE + "\\s+)*" + WORD + "(?:\\s+(?:" + WORD + "|" + PARTICLE + "|"
      + JOINER + "(?=\\s+\\p{Lu})))*";
  private static final String NAMES = NAME + "(?:,\\s*" + NAME + ")*(?:,?\\s+(?:&|and)\\s+" + NAME + ")?"
      + "(?:,?\\s+et\\s+al\\.)?";
  private static final String YEAR = "(?:\\d{4}[a-z]?|n\\.\\s?d\\.(?:-[a-z])?|in press)";
  private static final String LOCATOR = "(?:pp?\\.|paras?\\.|ch\\.|chap\\.|[Cc]hapters?|sec\\.|[Ss]ections?|§|"
      + "[Ff]ig\\.|[Ff]igures?|[Tt]ables?|[Aa]ppendix|[Pp]art|[Vv]ol\\.|[Vv]olume|l\\.|ll\\.|n\\.)"
      + "\\s*[\\w.]+(?:\\s*[-–]\\s*\\w+)?(?:,\\s*\\d+(?:\\s*[-–]\\s*\\d+)?)*";
  private static final Pattern WORK = Pattern.compile("(?<names>" + NAMES + "),\\s+(?<years>" + YEAR
      + "(?:,\\s*" + YEAR + ")*)(?:,\\s*(?<locator>" + LOCATOR + "))?(?:,\\s*(?<suffix>[^,;].*))?");
  private static final Pattern ONE_YEAR = Pattern.compile("(\\d{4}|n\\.\\s?d\\.|in press)-?([a-z]?)");
  private static final Pattern COMMON_PREFIX =
      Pattern.compile("^(?:see also|see|e\\.g\\.,?|cf\\.|i\\.e\\.,?|also|compare|as in|following|after)\\s+");
  private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,\\s*(?:&|and)?|\\s&|\\sand)\\s+");
  private static final Pattern ENDS_ET_AL = Pattern.compile("(?s).*\\s+et\\s+al\\.");
  private static final Pattern ET_AL_TAIL = Pattern.compile(",?\\s+et\\s+al\\.$");
  private static final Pattern POSSESSIVE = Pattern.compile(".+['’]s?");
  private static final Pattern AL = Pattern.compile("al\\.(['’]s)?");
  private static final Pattern NARRATIVE_YEAR = Pattern.compile("\\((?<years>" + YEAR + "(?:,\\s*" + YEAR + ")*)"
      + "(?:,\\s*(?<locator>" + LOCATOR + "))?\\)");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’.-]*|" + PARTICLE);
  private static final int MAX_NAME_WORDS = 5;
  /** Longer parentheticals are prose, not citations; the bound keeps the matching linear. */
  private static final int MAX_PART = 300;

  private final SourceText source;
  private final int bodyOffset;
  private final Set<String> authorKeys;

  /**
   * @param authorKeys every folded tail of every author name in the reference list ({@code son},
   *     {@code xuan son}, …): the names that make a narrative citation
   */
  /** The paper's body, taken once. */
  private final String body;

  CitationScanner(SourceText source, int bodyOffset, Set<String> authorKeys) {
    this.source = source;
    this.bodyOffset = bodyOffset;
    this.authorKeys = authorKeys;
    this.body = source.text().substring(bodyOffset);
  }

  /** The citations in {@code block} in reading order, each its own span, with offsets into the body. */
  List<Span> scan(Node block) {
    List<Found> found = new ArrayList<>();
    if (TextRuns.holdsText(block)) {
      String text = TextRuns.plainSource(body, block);
      scanParentheticals(text, block.getStartOffset(), found);
      scanNarrative(text, block.getStartOffset(), found);
    }
    found.sort((a, b) -> Integer.compare(a.start, b.start));
    List<Span> spans = new ArrayList<>();
    for (Found f : found) {
      if (!spans.isEmpty() && spans.get(spans.size() - 1).end() > f.start) {
        continue;
      }
      spans.add(new Span(f.start, f.end, List.of(new Span.Cite(f.start, f.end, f.text, Optional.empty(), f.authors,
          f.etAl, f.year, f.suffix, f.locator, f.prefix, f.suffixText,
          f.narrative ? Citation.Mode.NARRATIVE : Citation.Mode.PARENTHETICAL)), Optional.empty()));
    }
    return spans;
  }

  private record Found(int start, int end, String text, List<String> authors, boolean etAl, int year,
      String suffix, Optional<String> locator, Optional<String> prefix, Optional<String> suffixText,
      boolean narrative) {}

  /**
   * The next parenthesis with no parenthesis inside, at or after {@code from}: its start and its
   * end (after the closing one), as the expression {@code \(([^()]*)\)} finds it; null when there is none.
   */
  static int[] nextParenthetical(String text, int from) {
    int open = text.indexOf('(', from);
    while (open >= 0) {
      int next = open + 1;
      while (next < text.length() && text.charAt(next) != '(' && text.charAt(next) != ')') {
        next++;
      }
      if (next == text.length()) {
        return null;
      }
      if (text.charAt(next) == ')') {
        return new int[] {open, next + 1};
      }
      open = next;
    }
    return null;
  }

  private void scanParentheticals(String text, int base, List<Found> found) {
    for (int[] m = nextParenthetical(text, 0); m != null; m = nextParenthetical(text, m[1])) {
      int innerStart = m[0] + 1;
      String inner = text.substring(innerStart, m[1] - 1);
      List<Found> works = new ArrayList<>();
      int partStart = 0;
      boolean all = true;
      for (String part : inner.split(";", -1)) {
        int lead = part.length() - part.stripLeading().length();
        List<Found> parsed = part.length() > MAX_PART ? List.of()
            : work(part.strip(), base + innerStart + partStart + lead);
        if (parsed.isEmpty()) {
          all = false;
        }
        works.addAll(parsed);
        partStart += part.length() + 1;
      }
      if (works.isEmpty()) {
        continue;
      }
      if (all && works.size() == 1 && works.get(0).prefix.isEmpty() && works.get(0).suffixText.isEmpty()) {
        // A lone work is linked with its parentheses: (Son, 2021).
        Found w = works.get(0);
        found.add(new Found(base + m[0], base + m[1], text.substring(m[0], m[1]), w.authors, w.etAl, w.year,
            w.suffix, w.locator, w.prefix, w.suffixText, false));
      } else {
        found.addAll(works);
      }
    }
  }

  /**
   * The works of one part of a parenthetical, one per year; {@code at} is where the part starts in
   * the body. Empty when the part is not a citation.
   */
  private List<Found> work(String part, int at) {
    Matcher common = COMMON_PREFIX.matcher(part);
    int from = common.lookingAt() ? common.end() : 0;
    List<Found> fallback = List.of();
    for (int start = from; start < part.length(); start = nextWord(part, start)) {
      Matcher work = WORK.matcher(part).region(start, part.length());
      if (!work.matches()) {
        continue;
      }
      String names = work.group("names");
      boolean etAl = ENDS_ET_AL.matcher(names).matches();
      List<String> authors = List.of(NAME_SPLIT.split(ET_AL_TAIL.matcher(names).replaceFirst("")));
      boolean known = authors.stream().allMatch(this::known);
      if (known || (start == from && fallback.isEmpty())) {
        List<Found> works = works(part, at, start, work, authors, etAl);
        if (known) {
          return works;
        }
        fallback = works;
      }
    }
    // Words before the names that are not a usual prefix make a citation only with known authors.
    return fallback;
  }

  /** The works of a matched part, one per year. */
  private List<Found> works(String part, int at, int start, Matcher work, List<String> authors, boolean etAl) {
    Optional<String> prefix = Optional.of(part.substring(0, start).strip()).filter(s -> !s.isEmpty());
    Optional<String> locator = Optional.ofNullable(work.group("locator")).map(String::strip);
    Optional<String> suffixText = Optional.ofNullable(work.group("suffix")).map(String::strip);
    List<Found> works = new ArrayList<>();
    Matcher year = ONE_YEAR.matcher(part).region(work.start("years"), work.end("years"));
    int lastEnd = work.end("locator") >= 0 ? work.end("locator") : work.end("years");
    while (year.find()) {
      boolean first = works.isEmpty();
      boolean last = year.end() == work.end("years");
      int citeStart = at + (first ? start : year.start());
      int citeEnd = at + (last ? lastEnd : year.end());
      works.add(new Found(citeStart, citeEnd, source.text().substring(bodyOffset + citeStart, bodyOffset + citeEnd),
          authors, etAl, yearOf(year.group(1)), year.group(2), last ? locator : Optional.empty(),
          first ? prefix : Optional.empty(), last ? suffixText : Optional.empty(), false));
    }
    return works;
  }

  private static int nextWord(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int yearOf(String written) {
    return Character.isDigit(written.charAt(0)) ? Integer.parseInt(written) : Reference.NO_YEAR;
  }

  /** Whether a cited name is, by its last words, an author of the reference list. */
  private boolean known(String name) {
    String[] words = Folding.nameKey(name).split(" ");
    for (int i = 0; i < words.length; i++) {
      if (authorKeys.contains(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)))) {
        return true;
      }
    }
    return false;
  }

  private void scanNarrative(String text, int base, List<Found> found) {
    // A year in parentheses follows a space; no such year has a parenthesis inside: the expression is
    // tried only where a space and an opening parenthesis are.
    Matcher m = NARRATIVE_YEAR.matcher(text);
    for (int space = text.indexOf(" ("); space >= 0; space = text.indexOf(" (", space + 2)) {
      if (m.region(space + 1, text.length()).lookingAt()) {
        List<int[]> words = wordsBefore(text, space);
        narrative(text, words, m, base, found);
      }
    }
  }

  /** Up to eight words ending just before {@code end}, nearest last, as [start, end], without opening brackets. */
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
      int wordStart = i;
      while (wordStart < wordEnd && "([“\"‘".indexOf(text.charAt(wordStart)) >= 0) {
        wordStart++;
      }
      words.add(0, new int[] {wordStart, wordEnd});
      if (wordStart > i) {
        break; // an opening bracket or quote starts the name
      }
      while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
    }
    return words;
  }

  private void narrative(String text, List<int[]> words, Matcher yearGroup, int base, List<Found> found) {
    int n = words.size();
    boolean possessive = n > 0 && POSSESSIVE.matcher(word(text, words.get(n - 1))).matches();
    boolean etAl = n >= 2 && AL.matcher(word(text, words.get(n - 1))).matches()
        && word(text, words.get(n - 2)).equals("et");
    int last = etAl ? n - 3 : n - 1;
    int[] first = longestName(text, words, last, possessive && !etAl);
    if (first == null) {
      return;
    }
    List<String> authors = new ArrayList<>();
    authors.add(strip(text.substring(words.get(first[0])[0], words.get(last)[1])));
    int nameStart = words.get(first[0])[0];
    if (!etAl && first[0] >= 2) {
      String joiner = word(text, words.get(first[0] - 1));
      if (joiner.equals("&") || joiner.equals("and")) {
        int[] other = longestName(text, words, first[0] - 2, false);
        if (other != null) {
          authors.add(0, text.substring(words.get(other[0])[0], words.get(first[0] - 2)[1]).replaceFirst(",$", ""));
          nameStart = words.get(other[0])[0];
        }
      }
    }
    Optional<String> locator = Optional.ofNullable(yearGroup.group("locator")).map(String::strip);
    Matcher year = ONE_YEAR.matcher(text).region(yearGroup.start("years"), yearGroup.end("years"));
    boolean firstYear = true;
    while (year.find()) {
      boolean lastYear = year.end() == yearGroup.end("years");
      int start = firstYear ? nameStart : year.start();
      int end = lastYear ? yearGroup.end() : year.end();
      found.add(new Found(base + start, base + end, text.substring(start, end), authors, etAl, yearOf(year.group(1)),
          year.group(2), lastYear ? locator : Optional.empty(), Optional.empty(), Optional.empty(), true));
      firstYear = false;
    }
  }

  /** A name without a possessive ending: {@code Lee’s} → {@code Lee}. */
  private static String strip(String name) {
    return name.replaceFirst("['’]s?$", "");
  }

  /** The index of the first word of the longest known author name ending at word {@code last}, or null. */
  private int[] longestName(String text, List<int[]> words, int last, boolean possessive) {
    if (last < 0) {
      return null;
    }
    for (int k = Math.min(MAX_NAME_WORDS, last + 1); k >= 1; k--) {
      int from = last - k + 1;
      StringBuilder name = new StringBuilder();
      boolean ok = true;
      for (int i = from; i <= last; i++) {
        String w = word(text, words.get(i));
        if (i == last && possessive) {
          w = strip(w);
        }
        if (!NAME_WORD.matcher(w).matches() || (i == from && !Character.isUpperCase(w.codePointAt(0))
            && !w.matches(PARTICLE))) {
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
