package org.annals.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs from content may become links: {@code http}, {@code https} and {@code mailto}
 * addresses, and relative and fragment URLs. Anything else ({@code javascript:}, {@code vbscript:},
 * {@code data:}, and every other scheme) is shown as text. The test reads a URL as a browser does:
 * leading and trailing spaces and control characters are ignored, tabs and line breaks anywhere
 * are removed, and the scheme is compared without regard to letter case. Character references
 * ({@code &#106;}) must be decoded before the test, as Markdown does.
 */
public final class SafeUrl {
  private SafeUrl() {}

  /** Whether a URL, as written after decoding character references, may be a link's target. */
  public static boolean isSafe(String url) {
    String scheme = scheme(url);
    return scheme == null || scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
  }

  /** The URL if it is safe. */
  public static Optional<String> of(String url) {
    return url != null && isSafe(url) ? Optional.of(url) : Optional.empty();
  }

  /** The scheme a browser would read, in lower case, or null for a relative URL. */
  static String scheme(String url) {
    StringBuilder seen = new StringBuilder();
    int start = 0;
    int end = url.length();
    while (start < end && url.charAt(start) <= ' ') {
      start++;
    }
    for (int i = start; i < end; i++) {
      char c = url.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (c == ':') {
        return seen.isEmpty() ? null : seen.toString().toLowerCase(Locale.ROOT);
      }
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean later = seen.length() > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.');
      if (!letter && !later) {
        return null; // a slash, '?', '#' or any other character first: no scheme
      }
      seen.append(c);
    }
    return null;
  }
}
