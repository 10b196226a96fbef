package org.annals.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching: case, accents and typographic marks do not count, so {@code Swanstrom}
 * matches {@code Swanström} and {@code Đặng} matches {@code dang}.
 */
public final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Folding() {}

  /**
   * Lower case, without accents; letters that do not decompose (đ, ø, ł, ß, æ…) are spelled out.
   * The browser's search script folds the same way (the shared test vectors hold both to it).
   */
  public static String fold(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      char c = text.charAt(i);
      plain = c < 128;
    }
    if (plain) {
      // Plain ASCII has no accents or special letters to fold: only case.
      return text.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(bare.length());
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      switch (c) {
        case 'đ', 'ð' -> out.append('d');
        case 'ø' -> out.append('o');
        case 'ł' -> out.append('l');
        case 'ß' -> out.append("ss");
        case 'æ' -> out.append("ae");
        case 'œ' -> out.append("oe");
        case 'þ' -> out.append("th");
        case 'ı' -> out.append('i');
        case '\u2018', '\u2019', '\u02bc' -> out.append('\'');
        case '\u201c', '\u201d' -> out.append('"');
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> out.append('-');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A name as a key: folded, with runs of spaces, hyphens and dots made one space. */
  public static String nameKey(String name) {
    String folded = fold(name);
    StringBuilder key = new StringBuilder(folded.length());
    boolean separator = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      // [\s.\-]+ made one space
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '.' || c == '-') {
        separator = true;
      } else {
        if (separator) {
          key.append(' ');
          separator = false;
        }
        key.append(c);
      }
    }
    return key.toString().strip();
  }
}
