package org.annals.site;

/** Hears how far a build is; the command line shows it on a terminal. */
@FunctionalInterface
public interface BuildProgress {
  /** Nothing to show. */
  BuildProgress NONE = (done, total) -> {};

  /** {@code done} of {@code total} papers are written. Called from several threads. */
  void papers(int done, int total);
}
