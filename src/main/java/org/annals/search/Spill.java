package org.annals.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A temporary file that holds the bytes an index of a large archive would otherwise keep in
 * memory until it is written: each document's stored record, and each pack once full. Writes
 * come from any thread; the file is deleted when the spill is closed, or when the JVM ends.
 */
final class Spill implements AutoCloseable {
  private final FileChannel channel;
  private final AtomicLong end = new AtomicLong();
  /** How many bytes were read from the file. */
  private final AtomicLong read = new AtomicLong();
  private static final int WINDOW = 64 * 1024;
  /**
   * Each thread's bytes of the file last read together: the index's parts read the file beside
   * each other, each in its own order.
   */
  private final ThreadLocal<Window> windows = ThreadLocal.withInitial(Window::new);

  /** Bytes of the file read ahead: from {@code at}, {@code length} of them. */
  private static final class Window {
    final byte[] bytes = new byte[WINDOW];
    long at;
    int length;
  }

  Spill(Path folder) {
    try {
      Path file = Files.createTempFile(folder, "annals-index-", ".spill");
      file.toFile().deleteOnExit();
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary file for the search index in " + folder, e);
    }
  }

  /** Appends bytes; returns where they start. */
  long append(byte[] bytes) {
    long at = end.getAndAdd(bytes.length);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      while (buffer.hasRemaining()) {
        channel.write(buffer, at + buffer.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index's temporary file", e);
    }
    return at;
  }

  /** The {@code length} bytes from {@code at}, read alone. */
  byte[] read(long at, int length) {
    return read(at, length, at + length);
  }

  /**
   * The {@code length} bytes from {@code at}, when the bytes up to {@code runEnd} will be asked for
   * next: this thread reads them together, up to a window's worth, and takes the next from that
   * window. The index reads its packs and dictionaries one after the other, each a few kilobytes.
   */
  byte[] read(long at, int length, long runEnd) {
    byte[] bytes = new byte[length];
    if (length >= WINDOW) {
      readFully(at, bytes, length);
      return bytes;
    }
    Window window = windows.get();
    if (at < window.at || at + length > window.at + window.length) {
      window.at = at;
      window.length = (int) Math.max(length, Math.min(WINDOW, runEnd - at));
      readFully(at, window.bytes, window.length);
    }
    System.arraycopy(window.bytes, (int) (at - window.at), bytes, 0, length);
    return bytes;
  }

  /** Reads {@code length} bytes from {@code at} into {@code into}. */
  void readFully(long at, byte[] into, int length) {
    read.addAndGet(length);
    ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
    try {
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, at + buffer.position()) < 0) {
          throw new IOException("the file ends early");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index's temporary file", e);
    }
  }

  /** How many bytes were appended. */
  long written() {
    return end.get();
  }

  /** How many bytes were read. */
  long bytesRead() {
    return read.get();
  }

  /** A list of byte arrays kept here, each read when asked for. */
  final class Stored extends AbstractList<byte[]> {
    private final List<long[]> places = new ArrayList<>();

    @Override
    public boolean add(byte[] bytes) {
      return places.add(new long[] {append(bytes), bytes.length});
    }

    /** The array at {@code index}, read together with those after it that lie next to it. */
    @Override
    public byte[] get(int index) {
      long[] place = places.get(index);
      long end = place[0] + place[1];
      for (int next = index + 1; next < places.size() && places.get(next)[0] == end
          && end - place[0] < WINDOW; next++) {
        end += places.get(next)[1];
      }
      return read(place[0], (int) place[1], end);
    }

    @Override
    public int size() {
      return places.size();
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
