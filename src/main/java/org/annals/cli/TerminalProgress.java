package org.annals.cli;

import java.io.PrintWriter;
import org.annals.site.BuildProgress;

/**
 * A live count of written papers on one terminal line, redrawn at most ten times a second and
 * cleared when the build ends. Used only when the output is a terminal, so CI logs stay quiet.
 */
final class TerminalProgress implements BuildProgress {
  private static final long EVERY_NANOS = 100_000_000L;

  private final PrintWriter err;
  private long last;
  private boolean shown;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  /** Whether progress should be shown: a terminal, not CI, not quiet. */
  static boolean wanted(boolean quiet) {
    return !quiet && System.console() != null && System.getenv("CI") == null;
  }

  @Override
  public synchronized void papers(int done, int total) {
    long now = System.nanoTime();
    if (done < total && now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    shown = true;
    err.print("\rWriting papers: " + done + "/" + total + " (" + (100 * done / Math.max(1, total)) + "%)");
    err.flush();
  }

  /** Clears the progress line. */
  synchronized void clear() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
