package org.annals.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The single write path of a build. Files go to a staging folder beside the output folder; {@link
 * #commit()} swaps it in, {@link #discard()} removes it, so a failed build leaves the previous site
 * as it was. Safe to use from several threads.
 */
public final class OutputWriter implements SiteOutput, AutoCloseable {
  private final Path out;
  private final Path staging;
  private final Set<String> written = ConcurrentHashMap.newKeySet();
  /**
   * Writes files while the build goes on: making a folder and a file waits on the file system far
   * more than it uses a core, so several writers hide that wait. The queue is bounded, so rendered
   * pages never pile up in memory: when it is full, the thread that rendered a page writes it.
   */
  private final java.util.concurrent.ThreadPoolExecutor writers = new java.util.concurrent.ThreadPoolExecutor(
      WRITERS, WRITERS, 1, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.ArrayBlockingQueue<>(256),
      runnable -> {
        Thread thread = new Thread(runnable, "annals-writer");
        thread.setDaemon(true);
        return thread;
      }, new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
  private final java.util.concurrent.atomic.AtomicReference<IOException> failure =
      new java.util.concurrent.atomic.AtomicReference<>();
  private static final int WRITERS = 4;
  private final AtomicInteger pages = new AtomicInteger();
  private final AtomicInteger files = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private boolean committed;

  public OutputWriter(Path out) throws IOException {
    this.out = out.toAbsolutePath().normalize();
    Path parent = this.out.getParent();
    Files.createDirectories(parent);
    this.staging = parent.resolve("." + this.out.getFileName() + ".staging");
    Path old = old();
    if (!Files.exists(this.out) && Files.isDirectory(old)) {
      // A build stopped between the two moves of a swap: the previous site is whole in .old.
      Files.move(old, this.out, StandardCopyOption.ATOMIC_MOVE);
    }
    deleteTree(staging);
    Files.createDirectories(staging);
  }

  @Override
  public boolean has(String path) {
    return written.contains(path);
  }

  /** A staged build writes every file afresh, so nothing is kept. */
  @Override
  public void keep(String path) {
    throw new UnsupportedOperationException("a staged build writes every file: " + path);
  }

  @Override
  public void write(String path, byte[] content) {
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("not a site-relative path: " + path);
    }
    if (!written.add(path)) {
      throw new IllegalStateException("written twice in one build: " + path);
    }
    Path target = staging.resolve(path);
    if (failure.get() != null) {
      throw new UncheckedIOException(failure.get());
    }
    writers.execute(() -> {
      try {
        try {
          Files.write(target, content);
        } catch (java.nio.file.NoSuchFileException e) {
          // The file's folder is made when its first file is written: no call for the others, and
          // nothing held to remember which folders are made (130,000 at 10,000 papers).
          Files.createDirectories(target.getParent());
          Files.write(target, content);
        }
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      }
    });
    (path.endsWith(".html") ? pages : files).incrementAndGet();
    bytes.addAndGet(content.length);
  }

  @Override
  public int pages() {
    return pages.get();
  }

  @Override
  public int files() {
    return files.get();
  }

  @Override
  public long bytes() {
    return bytes.get();
  }

  /** Waits for every file to be written; the first failure, if any, is thrown. */
  private void finishWriting() throws IOException {
    writers.shutdown();
    try {
      while (!writers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
        // a slow disk: keep waiting, the files are still being written
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the site", e);
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  /** Replaces the output folder with the staged one, once every file is written. */
  public void commit() throws IOException {
    finishWriting();
    Path old = old();
    deleteTree(old);
    if (Files.exists(out)) {
      Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    committed = true;
    deleteTree(old);
  }

  private Path old() {
    return out.resolveSibling("." + out.getFileName() + ".old");
  }

  /** Removes the staged files, leaving the output folder as it was. */
  public void discard() {
    writers.shutdownNow();
    try {
      writers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      deleteTree(staging);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (!committed) {
      discard();
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
