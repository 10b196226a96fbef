package org.annals.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The Content-Security-Policy every page carries (as a {@code <meta http-equiv>}, since static
 * hosts such as GitHub Pages set no headers) and the preview server sends as a header: scripts,
 * styles, images, fonts and requests from the site itself only; no inline script or style, no
 * {@code eval}, no plugins, no {@code <base>} or form target elsewhere. JSON-LD blocks are data
 * and are not affected. A page that must carry an inline script or style (the 404 page built
 * without a base URL) names each by its SHA-256 hash.
 */
public final class ContentSecurityPolicy {
  /** The policy of every page. */
  public static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'";

  private ContentSecurityPolicy() {}

  /** The policy with one inline script and one inline style allowed by their hashes. */
  public static String allowing(String inlineScript, String inlineStyle) {
    return POLICY + "; script-src 'self' " + hash(inlineScript) + "; style-src 'self' " + hash(inlineStyle);
  }

  /** A CSP source expression for exactly this text: {@code 'sha256-<base64>'}. */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
