package org.annals.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a source file.
 *
 * @param file the file, as the user named it (relative paths stay relative)
 * @param line 1-based line number
 * @param column 1-based column, counted in Unicode code points
 */
public record SourcePosition(Path file, int line, int column) {

  public SourcePosition {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file, for problems that concern the file as a whole. */
  public static SourcePosition startOf(Path file) {
    return new SourcePosition(file, 1, 1);
  }

  /** {@code path:line:col}, with forward slashes on every platform. */
  @Override
  public String toString() {
    return file.toString().replace('\\', '/') + ":" + line + ":" + column;
  }
}
