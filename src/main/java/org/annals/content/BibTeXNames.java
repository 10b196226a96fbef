package org.annals.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;

/**
 * Splits a BibTeX name list ({@code author}, {@code editor}) into CSL names by BibTeX's own rules:
 * names are separated by {@code and} outside braces; a name is {@code First von Last},
 * {@code von Last, First} or {@code von Last, Jr, First}; the {@code von} part is the words that
 * start with a lower-case letter; a name wholly in braces ({@code {World Health Organization}}) is
 * taken as it is. LaTeX accents become letters.
 */
final class BibTeXNames {
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

  private BibTeXNames() {}

  /** The names of a field's value, as CSL-JSON name objects. */
  static List<Map<String, Object>> parse(String value) {
    List<Map<String, Object>> names = new ArrayList<>();
    for (String name : splitTopLevel(WHITE_SPACE.matcher(value.replace('~', ' ')).replaceAll(" ").strip(), " and ")) {
      String trimmed = name.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      Map<String, Object> csl = new LinkedHashMap<>();
      if (isWhollyBraced(trimmed)) {
        csl.put("literal", text(trimmed.substring(1, trimmed.length() - 1)));
        names.add(csl);
        continue;
      }
      List<String> parts = splitTopLevel(trimmed, ",");
      String first;
      String vonLast;
      String jr = "";
      if (parts.size() == 1) {
        List<String> words = words(parts.get(0));
        int last = words.size() - 1;
        int von = -1;
        for (int i = 0; i < last; i++) {
          if (startsLower(words.get(i))) {
            von = von < 0 ? i : von;
          } else if (von >= 0) {
            break;
          }
        }
        int familyStart = von >= 0 ? von : last;
        first = String.join(" ", words.subList(0, familyStart));
        vonLast = String.join(" ", words.subList(familyStart, words.size()));
      } else {
        vonLast = parts.get(0).strip();
        first = parts.get(parts.size() - 1).strip();
        if (parts.size() > 2) {
          jr = parts.get(1).strip();
        }
      }
      List<String> vl = words(vonLast);
      int von = 0;
      while (von < vl.size() - 1 && startsLower(vl.get(von))) {
        von++;
      }
      String particle = String.join(" ", vl.subList(0, von));
      String family = String.join(" ", vl.subList(von, vl.size()));
      if (family.isEmpty() && first.isEmpty()) {
        continue;
      }
      if (family.isEmpty()) {
        csl.put("literal", text(first));
      } else {
        csl.put("family", text(family));
        if (!first.isEmpty()) {
          csl.put("given", text(first));
        }
        if (!particle.isEmpty()) {
          csl.put("non-dropping-particle", text(particle));
        }
        if (!jr.isEmpty()) {
          csl.put("suffix", text(jr));
        }
      }
      names.add(csl);
    }
    return names;
  }

  /** Splits at a separator that stands outside braces; {@code and} matches in any case. */
  private static List<String> splitTopLevel(String text, String separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && text.regionMatches(true, i, separator, 0, separator.length())) {
        parts.add(text.substring(from, i));
        from = i + separator.length();
        i = from - 1;
      }
    }
    parts.add(text.substring(from));
    return parts;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String part : splitTopLevel(text.replace('~', ' ').strip(), " ")) {
      if (!part.isBlank()) {
        words.add(part.strip());
      }
    }
    return words;
  }

  /** Whether a word's first letter outside braces is lower case, as the {@code von} part's are. */
  private static boolean startsLower(String word) {
    int depth = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (depth == 0 && Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  private static boolean isWhollyBraced(String name) {
    if (!name.startsWith("{") || !name.endsWith("}")) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0 && i < name.length() - 1) {
        return false;
      }
    }
    return true;
  }

  /** LaTeX to text: accents as letters, braces gone. */
  static String text(String latex) {
    String plain;
    try {
      plain = new LaTeXPrinter().print(new LaTeXParser().parse(latex));
    } catch (ParseException | RuntimeException e) {
      plain = latex;
    }
    return WHITE_SPACE.matcher(plain.replace("{", "").replace("}", "")).replaceAll(" ").strip();
  }
}
