package org.annals.content;

import java.util.BitSet;

/**
 * A set of source offsets within one block, stored from the block's start: a {@link BitSet} of
 * absolute offsets would take memory in proportion to where in a long paper the block is.
 */
final class OffsetBits {
  private final int base;
  private final BitSet bits = new BitSet();

  /** A set for offsets from {@code base} on. */
  OffsetBits(int base) {
    this.base = base;
  }

  boolean get(int offset) {
    return offset >= base && bits.get(offset - base);
  }

  /** Adds the offsets [from, to). */
  void set(int from, int to) {
    if (to > from) {
      bits.set(Math.max(0, from - base), Math.max(0, to - base));
    }
  }
}
