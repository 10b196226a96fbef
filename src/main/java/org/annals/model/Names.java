package org.annals.model;

import java.util.Arrays;

/**
 * The one rule for the parts of a personal name written as one string: unless the author says
 * otherwise, the family name is the last word; the given names are the other words. Words are
 * whole: the family name {@code Ngo} is not found inside {@code Ngoc}.
 */
public final class Names {
  private Names() {}

  /** The last word of a name: its family name when nothing says otherwise. */
  public static String lastWord(String name) {
    String[] words = words(name);
    return words.length == 0 ? "" : words[words.length - 1];
  }

  /** Whether {@code family} is one or more whole, consecutive words of {@code name}. */
  public static boolean containsWords(String name, String family) {
    return find(words(name), words(family)) >= 0;
  }

  /**
   * The words of {@code name} other than those of {@code family}, in order, one space apart; the
   * last whole-word occurrence of the family name is taken out. The name itself when the family
   * name is not among its words.
   */
  public static String without(String name, String family) {
    String[] words = words(name);
    String[] familyWords = words(family);
    int at = find(words, familyWords);
    if (at < 0) {
      return String.join(" ", words);
    }
    StringBuilder rest = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i < at || i >= at + familyWords.length) {
        rest.append(rest.length() > 0 ? " " : "").append(words[i]);
      }
    }
    return rest.toString();
  }

  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

  private static String[] words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? new String[0] : WHITE_SPACE.split(stripped);
  }

  /** The index of the last run of {@code part} in {@code words}, or -1. */
  private static int find(String[] words, String[] part) {
    if (part.length == 0) {
      return -1;
    }
    for (int at = words.length - part.length; at >= 0; at--) {
      if (Arrays.equals(words, at, at + part.length, part, 0, part.length)) {
        return at;
      }
    }
    return -1;
  }
}
