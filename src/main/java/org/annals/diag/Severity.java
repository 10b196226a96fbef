package org.annals.diag;

import java.util.Locale;

/** How serious a diagnostic is: errors fail the build, warnings do not. */
public enum Severity {
  ERROR,
  WARNING;

  /** The lower-case word printed in a diagnostic line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
