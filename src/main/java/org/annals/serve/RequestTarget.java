package org.annals.serve;

import java.net.URI;
import java.util.Locale;

/**
 * What a request asks for, checked before any file is looked up: a path below the site's root and
 * nothing else. A browser normalises the addresses it sends, so whatever fails here was written by
 * hand, and is refused rather than repaired.
 *
 * @param status 0 when the target is accepted, else the status that refuses it
 * @param path the decoded path, starting with {@code /}, when accepted
 * @param rawPath the path as sent, for a redirect to the folder
 * @param reason why it is refused, one short line for the client
 */
record RequestTarget(int status, String path, String rawPath, String reason) {
  /** The longest request target accepted, in characters. */
  static final int MAX_LENGTH = 8 * 1024;

  boolean accepted() {
    return status == 0;
  }

  /** Checks a request target as the server parsed it. */
  static RequestTarget of(URI target) {
    String raw = target.toString();
    if (raw.length() > MAX_LENGTH) {
      return refused(414, "the address is longer than " + MAX_LENGTH + " characters");
    }
    String rawPath = target.getRawPath();
    if (target.isAbsolute() || target.getRawAuthority() != null || raw.startsWith("//") || rawPath == null
        || !rawPath.startsWith("/")) {
      return refused(400, "only a path on this server is served");
    }
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || rawPath.indexOf('\\') >= 0) {
      return refused(400, "an encoded slash or a backslash is not a path");
    }
    String path = target.getPath();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        return refused(400, "a control character is not a path");
      }
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        return refused(403, "outside the site");
      }
      if (segment.equals(".")) {
        return refused(400, "a dot segment is not a path");
      }
    }
    return new RequestTarget(0, path, rawPath, null);
  }

  private static RequestTarget refused(int status, String reason) {
    return new RequestTarget(status, null, null, reason);
  }
}
