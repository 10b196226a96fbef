package org.annals.model;

import java.util.regex.Pattern;

/**
 * The one slug rule: a URL segment is lower-case letters and digits in runs joined by single
 * hyphens. Headings are turned into slugs; paper folders must already be slugs.
 */
public final class Slugs {
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final int MAX_LENGTH = 80;

  private Slugs() {}

  /** {@code 3.1. Adjustment of Political Relations} → {@code 3-1-adjustment-of-political-relations}. */
  public static String slugify(String text) {
    String slug = NON_ALNUM.matcher(Folding.fold(text)).replaceAll("-");
    slug = trimDashes(slug);
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = trimDashes(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
    }
    return slug;
  }

  /** Whether a name is a slug as {@link #slugify} makes them: {@code us-japan-relations}, not {@code US_Japan} or {@code -x-}. */
  public static boolean isSlug(String name) {
    return SLUG.matcher(name).matches();
  }

  private static String trimDashes(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }
}
