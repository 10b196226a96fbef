package org.annals.search;


/**
 * The binary form of a set of document ids, and of the best-scoring of them, as the browser's
 * search script decodes it ({@code search.js}, {@code decodeRecord}). Ids are split into chunks of
 * 65,536; each chunk is written in the smallest of three forms: the sorted list of its low 16 bits
 * as deltas; Elias-Fano (n numbers in about n·(2 + log₂(65536/n)) bits); or a bitmap of 8,192
 * bytes, so that a common word costs at most one bit per document.
 *
 * <pre>
 * record   = varint postingsLength, postings, top
 * postings = varint chunks, { varint chunk, byte kind (0 list, 1 bitmap, 2 Elias-Fano), varint length, bytes }
 *   list   = varint count, count × varint delta (the first from 0)
 *   bitmap = 8192 bytes, bit i of byte i/8 (least significant first) for id chunk·65536 + i
 *   elias-fano = varint count n, byte lowBits l, ceil(n·l / 8) bytes of low bits (number i's l bits
 *            at bit i·l, least significant first), then the high parts in unary: number i sets
 *            bit (value ≫ l) + i of ceil((n + 65536 ≫ l) / 8) bytes
 * top      = varint count, count × (varint delta of id, byte score), ids ascending
 * </pre>
 */
public final class PostingsCodec {
  static final int CHUNK_BITS = 16;
  static final int CHUNK = 1 << CHUNK_BITS;
  static final int BITMAP_BYTES = CHUNK / 8;

  private PostingsCodec() {}

  /**
   * The record of a set of ids (sorted, distinct) and its best documents.
   *
   * @param ids the ids, ascending
   * @param topIds the best ids, ascending
   * @param topScores their scores, 1 to 255
   */
  static byte[] record(int[] ids, int idCount, int[] topIds, int[] topScores) {
    Bytes postings = RECORD.get().clear();
    int chunks = 0;
    for (int i = 0; i < idCount; ) {
      int chunk = ids[i] >>> CHUNK_BITS;
      int end = i;
      while (end < idCount && ids[end] >>> CHUNK_BITS == chunk) {
        end++;
      }
      chunks++;
      i = end;
    }
    postings.varint(chunks);
    Bytes list = LIST.get();
    for (int i = 0; i < idCount; ) {
      int chunk = ids[i] >>> CHUNK_BITS;
      int end = i;
      while (end < idCount && ids[end] >>> CHUNK_BITS == chunk) {
        end++;
      }
      list.clear().varint(end - i);
      int previous = 0;
      for (int k = i; k < end; k++) {
        int low = ids[k] & (CHUNK - 1);
        list.varint(low - previous);
        previous = low;
      }
      postings.varint(chunk);
      int eliasFano = eliasFanoLength(end - i);
      if (list.size <= BITMAP_BYTES && list.size <= eliasFano) {
        postings.write(0);
        postings.varint(list.size);
        postings.write(list.bytes, 0, list.size);
      } else if (eliasFano < BITMAP_BYTES) {
        byte[] bytes = eliasFano(ids, i, end);
        postings.write(2);
        postings.varint(bytes.length);
        postings.write(bytes, 0, bytes.length);
      } else {
        byte[] bitmap = new byte[BITMAP_BYTES];
        for (int k = i; k < end; k++) {
          int low = ids[k] & (CHUNK - 1);
          bitmap[low >>> 3] |= (byte) (1 << (low & 7));
        }
        postings.write(1);
        postings.varint(BITMAP_BYTES);
        postings.write(bitmap, 0, bitmap.length);
      }
      i = end;
    }
    Bytes out = OUT.get().clear();
    out.varint(postings.size);
    out.write(postings.bytes, 0, postings.size);
    out.varint(topIds.length);
    int previous = 0;
    for (int k = 0; k < topIds.length; k++) {
      out.varint(topIds[k] - previous);
      previous = topIds[k];
      out.write(topScores[k]);
    }
    return java.util.Arrays.copyOf(out.bytes, out.size);
  }

  /** Buffers used again by each record a thread writes: most records are of a few ids, and there are millions. */
  private static final ThreadLocal<Bytes> RECORD = ThreadLocal.withInitial(() -> new Bytes(64));
  private static final ThreadLocal<Bytes> LIST = ThreadLocal.withInitial(() -> new Bytes(64));
  private static final ThreadLocal<Bytes> OUT = ThreadLocal.withInitial(() -> new Bytes(64));

  /** Bytes written one by one into an array that grows, without the locks of a stream. */
  static final class Bytes {
    byte[] bytes;
    int size;

    Bytes(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    Bytes clear() {
      size = 0;
      return this;
    }

    void write(int b) {
      if (size == bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, size * 2);
      }
      bytes[size++] = (byte) b;
    }

    void write(byte[] from, int offset, int length) {
      if (size + length > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(size * 2, size + length));
      }
      System.arraycopy(from, offset, bytes, size, length);
      size += length;
    }

    /** Writes a 32-bit number, big-endian. */
    Bytes int32(int value) {
      write(value >>> 24);
      write(value >>> 16 & 0xff);
      write(value >>> 8 & 0xff);
      write(value & 0xff);
      return this;
    }

    /** Writes an unsigned LEB128 number. */
    Bytes varint(long value) {
      while ((value & ~0x7FL) != 0) {
        write((int) ((value & 0x7F) | 0x80));
        value >>>= 7;
      }
      write((int) value);
      return this;
    }
  }

  /** The length of the Elias-Fano form of {@code n} ids of one chunk, as {@link #eliasFano} writes it. */
  static int eliasFanoLength(int n) {
    int l = lowBits(n);
    return varintLength(n) + 1 + (int) (((long) n * l + 7) / 8) + (n + (CHUNK >>> l) + 7) / 8;
  }

  private static int lowBits(int n) {
    return Math.max(0, 31 - Integer.numberOfLeadingZeros(CHUNK / n));
  }

  private static int varintLength(long value) {
    int length = 1;
    while ((value & ~0x7FL) != 0) {
      length++;
      value >>>= 7;
    }
    return length;
  }

  /** The Elias-Fano form of the low 16 bits of {@code ids[from..to)}. */
  static byte[] eliasFano(int[] ids, int from, int to) {
    int n = to - from;
    int l = lowBits(n);
    int lowLength = (int) (((long) n * l + 7) / 8);
    int highLength = (n + (CHUNK >>> l) + 7) / 8;
    int head = varintLength(n) + 1;
    byte[] out = new byte[head + lowLength + highLength];
    out[varint(out, 0, n)] = (byte) l;
    // The low bits of each id, least significant first, packed one after another.
    int mask = (1 << l) - 1;
    long pending = 0;
    int pendingBits = 0;
    int low = head;
    int high = head + lowLength;
    for (int k = 0; k < n; k++) {
      int value = ids[from + k] & (CHUNK - 1);
      pending |= (long) (value & mask) << pendingBits;
      pendingBits += l;
      while (pendingBits >= 8) {
        out[low++] = (byte) pending;
        pending >>>= 8;
        pendingBits -= 8;
      }
      int bit = (value >>> l) + k;
      out[high + (bit >>> 3)] |= (byte) (1 << (bit & 7));
    }
    if (pendingBits > 0) {
      out[low] = (byte) pending;
    }
    return out;
  }

  /** Writes a non-negative int as an unsigned LEB128 number at {@code at}; returns the position after it. */
  static int varint(byte[] into, int at, int value) {
    while ((value & ~0x7f) != 0) {
      into[at++] = (byte) ((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    into[at++] = (byte) value;
    return at;
  }

  /** The 32-bit FNV-1a hash of a text's UTF-8 bytes: how the index names a pair of words. */
  static int hash(String text) {
    return hash(0x811c9dc5, text);
  }

  /** The hash of two words and the space between them, {@code hash(first + " " + second)}, without joining them. */
  static int hash(String first, String second) {
    int h = hash(0x811c9dc5, first);
    h ^= ' ';
    h *= 0x01000193;
    return hash(h, second);
  }

  /** FNV-1a over a text's UTF-8 bytes, from {@code h}, encoding as it goes. */
  private static int hash(int h, String text) {
    for (int i = 0; i < text.length(); i++) {
      int c = text.charAt(i);
      if (c < 0x80) {
        h = (h ^ c) * 0x01000193;
        continue;
      }
      if (Character.isHighSurrogate((char) c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        c = Character.toCodePoint((char) c, text.charAt(++i));
      } else if (Character.isSurrogate((char) c)) {
        c = '?'; // as String.getBytes encodes a lone surrogate
      }
      byte[] bytes = new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      for (byte b : bytes) {
        h = (h ^ (b & 0xff)) * 0x01000193;
      }
    }
    return h;
  }

  /** The ids of a record, ascending: the inverse of {@link #record}, as the browser reads it. */
  static int[] ids(byte[] record) {
    int[] at = {0};
    int length = (int) readVarint(record, at);
    int end = at[0] + length;
    int chunks = (int) readVarint(record, at);
    int[] ids = new int[16];
    int size = 0;
    for (int c = 0; c < chunks; c++) {
      int chunk = (int) readVarint(record, at);
      int kind = record[at[0]++];
      int bytes = (int) readVarint(record, at);
      int start = at[0];
      if (kind == 2) {
        int[] sub = {start};
        int n = (int) readVarint(record, sub);
        int l = record[sub[0]++];
        int lowStart = sub[0];
        int highStart = lowStart + (int) (((long) n * l + 7) / 8);
        int k = 0;
        for (int bit = 0; k < n; bit++) {
          if ((record[highStart + (bit >>> 3)] & (1 << (bit & 7))) != 0) {
            int value = (bit - k) << l;
            for (int b = 0; b < l; b++) {
              int at2 = k * l + b;
              if ((record[lowStart + (at2 >>> 3)] & (1 << (at2 & 7))) != 0) {
                value |= 1 << b;
              }
            }
            if (size == ids.length) {
              ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = (chunk << CHUNK_BITS) | value;
            k++;
          }
        }
      } else if (kind == 1) {
        for (int low = 0; low < CHUNK; low++) {
          if ((record[start + (low >>> 3)] & (1 << (low & 7))) != 0) {
            if (size == ids.length) {
              ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = (chunk << CHUNK_BITS) | low;
          }
        }
      } else {
        int[] sub = {start};
        int count = (int) readVarint(record, sub);
        int previous = 0;
        for (int k = 0; k < count; k++) {
          previous += (int) readVarint(record, sub);
          if (size == ids.length) {
            ids = java.util.Arrays.copyOf(ids, size * 2);
          }
          ids[size++] = (chunk << CHUNK_BITS) | previous;
        }
      }
      at[0] = start + bytes;
    }
    if (at[0] != end) {
      throw new IllegalStateException("record postings end at " + at[0] + ", not " + end);
    }
    return java.util.Arrays.copyOf(ids, size);
  }

  /** The best documents of a record: {@code [ids, scores]}, ids ascending. */
  static int[][] top(byte[] record) {
    int[] at = {0};
    int length = (int) readVarint(record, at);
    at[0] += length;
    int count = (int) readVarint(record, at);
    int[][] top = new int[2][count];
    int id = 0;
    for (int k = 0; k < count; k++) {
      id += (int) readVarint(record, at);
      top[0][k] = id;
      top[1][k] = record[at[0]++] & 0xff;
    }
    return top;
  }

  static long readVarint(byte[] bytes, int[] at) {
    long value = 0;
    int shift = 0;
    int b;
    do {
      b = bytes[at[0]++] & 0xff;
      value |= (long) (b & 0x7f) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    return value;
  }
}
