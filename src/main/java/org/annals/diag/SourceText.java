package org.annals.diag;

import java.nio.file.Path;
import java.util.Arrays;

/** The text of one source file with a map from character offsets to lines and columns. */
public final class SourceText {
  private final Path file;
  private final String text;
  private final int[] lineStarts;

  public SourceText(Path file, String text) {
    this.file = file;
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = i + 1;
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  public Path file() {
    return file;
  }

  public String text() {
    return text;
  }

  /** The position of a character offset; offsets past the end map to the end. */
  public SourcePosition positionOf(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int index = Arrays.binarySearch(lineStarts, clamped);
    int line = index >= 0 ? index : -index - 2;
    int column = text.codePointCount(lineStarts[line], clamped) + 1;
    return new SourcePosition(file, line + 1, column);
  }

  /** The position of a 1-based line and column, clamped to the text. */
  public SourcePosition position(int line, int column) {
    int l = Math.max(1, Math.min(line, lineStarts.length));
    return new SourcePosition(file, l, Math.max(1, column));
  }

  /** The text of a 1-based line, without its line break; empty past the end. */
  public String line(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, end);
  }

  /** The character offset where a 1-based line starts. */
  public int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
  }
}
