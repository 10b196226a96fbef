package org.annals.diag;

/** Thrown at a stage boundary when the stage recorded errors; carries all of them. */
public final class BuildFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Diagnostics diagnostics;

  public BuildFailedException(Diagnostics diagnostics) {
    super("build failed: " + diagnostics.summary());
    this.diagnostics = diagnostics;
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }
}
