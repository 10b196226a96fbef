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
  /** How many appends are writing now. */
  private final java.util.concurrent.atomic.AtomicInteger appending = new java.util.concurrent.atomic.AtomicInteger();
  private static final int WINDOW = 64 * 1024;
  /**
   * Each thread's bytes of the file last read ahead: the index's parts read the file beside each
   * other, each in its own order.
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
    appending.incrementAndGet();
    try {
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
    } finally {
      appending.decrementAndGet();
    }
  }

  /**
   * The {@code length} bytes from {@code at}. The index reads its documents' terms, pairs and
   * records a few hundred bytes at a time, mostly near the last read (a paper's documents lie
   * together): each read takes them from a window of the file read ahead, when it holds them, so
   * that half a million documents cost tens of thousands of reads of the file, not millions.
   */
  byte[] read(long at, int length) {
    byte[] bytes = new byte[length];
    if (length >= WINDOW) {
      read(at, bytes, length);
      return bytes;
    }
    Window window = windows.get();
    if (at < window.at || at + length > window.at + window.length) {
      // Read ahead only over what every append has written: a reserved part may still be empty.
      long written = end.get();
      long ahead = appending.get() == 0 ? Math.min(WINDOW, written - at) : length;
      window.at = at;
      window.length = (int) Math.max(length, ahead);
      read(at, window.bytes, window.length);
    }
    System.arraycopy(window.bytes, (int) (at - window.at), bytes, 0, length);
    return bytes;
  }

  private void read(long at, byte[] into, int length) {
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

  /** A list of byte arrays kept here, each read when asked for. */
  final class Stored extends AbstractList<byte[]> {
    private final List<long[]> places = new ArrayList<>();

    @Override
    public boolean add(byte[] bytes) {
      return places.add(new long[] {append(bytes), bytes.length});
    }

    @Override
    public byte[] get(int index) {
      long[] place = places.get(index);
      return read(place[0], (int) place[1]);
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
