package org.annals.site;

import java.nio.charset.StandardCharsets;

/** Where a build's files go: a staging folder swapped in at the end, or a preview folder updated in place. */
public interface SiteOutput {
  /** Writes a file at a site-relative path; each path once per build. */
  void write(String path, byte[] content);

  /** Writes a text file as UTF-8. */
  default void write(String path, String text) {
    write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether {@code path} was already written in this build. */
  boolean has(String path);

  /** Marks a file of the previous build as still part of the site, unchanged. */
  void keep(String path);

  /** Marks a file of the previous build, of {@code size} bytes, as still part of the site, unchanged. */
  default void keep(String path, long size) {
    keep(path);
  }

  /** HTML pages in the site so far. */
  int pages();

  /** Other files in the site so far. */
  int files();

  /** Bytes of all files in the site so far. */
  long bytes();
}
