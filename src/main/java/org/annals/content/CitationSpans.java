package org.annals.content;

import java.util.Arrays;
import java.util.List;

/**
 * Where the citations of a parsed text start and end, as source offsets sorted for lookup: an end
 * sorts before a start at the same offset.
 */
final class CitationSpans {
  static final CitationSpans NONE = new CitationSpans(new long[0]);

  /** Each entry is {@code offset << 1 | (1 if it opens)}, so that sorting orders ends first. */
  private final long[] entries;

  private CitationSpans(long[] entries) {
    this.entries = entries;
  }

  /** The spans {@code [start, end)} given as pairs of source offsets. */
  static CitationSpans of(List<int[]> spans) {
    long[] entries = new long[spans.size() * 2];
    int i = 0;
    for (int[] span : spans) {
      entries[i++] = ((long) span[0] << 1) | 1;
      entries[i++] = (long) span[1] << 1;
    }
    Arrays.sort(entries);
    return new CitationSpans(entries);
  }

  int size() {
    return entries.length;
  }

  int offset(int i) {
    return (int) (entries[i] >> 1);
  }

  boolean opens(int i) {
    return (entries[i] & 1) == 1;
  }

  /** The index of the first entry at or after {@code offset}. */
  int firstAtOrAfter(int offset) {
    int at = Arrays.binarySearch(entries, (long) offset << 1);
    return at >= 0 ? at : -at - 1;
  }
}
