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
 *
 * <p>A build that keeps most of the site now in the output folder ({@link BuildCache}) updates it in
 * place instead: the files it keeps stay where they are, the files it writes are staged, and only
 * when every file is written does {@link #commit()} move them in and remove the files the build no
 * longer makes. Staging and swapping a whole site of 250,000 files would take longer than the build.
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
  /** The files of the site in the output folder, for a build that updates it in place; null for a staged whole site. */
  private final Iterable<String> present;
  /** The files this build wrote, as opposed to those it kept, for a build in place. */
  private final Set<String> staged = ConcurrentHashMap.newKeySet();

  /** Writes a whole site into a staging folder, to replace the output folder. */
  public OutputWriter(Path out) throws IOException {
    this(out, null);
  }

  /**
   * @param present the files of the site now in the output folder, when this build updates it in
   *     place; null to stage a whole site and swap it in
   */
  public OutputWriter(Path out, Iterable<String> present) throws IOException {
    this.present = present;
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

  /** Files are kept by the size a build recorded for them: {@link #keep(String, long)}. */
  @Override
  public void keep(String path) {
    throw new UnsupportedOperationException("a file is kept with its recorded size: " + path);
  }

  /**
   * A file of the site in the output folder that a build in place keeps: it stays where it is. A
   * staged build writes every file afresh, so it keeps nothing.
   */
  @Override
  public void keep(String path, long size) {
    if (present == null) {
      throw new UnsupportedOperationException("a staged build writes every file: " + path);
    }
    staged(path);
    (path.endsWith(".html") ? pages : files).incrementAndGet();
    bytes.addAndGet(size);
  }

  /** The staged path of a site-relative path written or kept once in this build. */
  private Path staged(String path) {
    if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("not a site-relative path: " + path);
    }
    if (!written.add(path)) {
      throw new IllegalStateException("written twice in one build: " + path);
    }
    if (failure.get() != null) {
      throw new UncheckedIOException(failure.get());
    }
    return staging.resolve(path);
  }

  @Override
  public void write(String path, byte[] content) {
    Path target = staged(path);
    if (present != null) {
      staged.add(path);
    }
    writers.execute(() -> {
      try {
        if (present != null && holds(path, content)) {
          // The output folder has the file as this build makes it: it stays, untouched.
          staged.remove(path);
          return;
        }
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

  /**
   * Whether the output folder holds a regular file at this path with these bytes. A build in place
   * makes many files again as they were (after an edit to one paper, nine in ten of the search
   * index's); reading one back costs far less than writing it and moving it in.
   */
  private boolean holds(String path, byte[] content) {
    Path existing = out.resolve(path);
    try {
      java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(existing,
          java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() || attributes.size() != content.length) {
        return false;
      }
      // Read back a window at a time into a buffer the thread keeps, to the first difference: the
      // search index alone is 490 MB at 10,000 papers, read back after every edit.
      byte[] window = WINDOW.get();
      try (java.io.InputStream in = Files.newInputStream(existing)) {
        int at = 0;
        while (at < content.length) {
          int read = in.read(window, 0, Math.min(window.length, content.length - at));
          if (read < 0 || java.util.Arrays.mismatch(window, 0, read, content, at, at + read) >= 0) {
            return false;
          }
          at += read;
        }
        return in.read() < 0;
      }
    } catch (IOException e) {
      return false;
    }
  }

  /** Each writer's window onto a file it reads back. */
  private static final ThreadLocal<byte[]> WINDOW = ThreadLocal.withInitial(() -> new byte[1 << 16]);

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

  /**
   * Replaces the output folder with the staged one, once every file is written; or, for a build in
   * place, moves the written files in and removes those the build no longer makes.
   */
  public void commit() throws IOException {
    finishWriting();
    if (present != null) {
      commitInPlace();
      return;
    }
    Path old = old();
    deleteTree(old);
    if (Files.exists(out)) {
      Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    committed = true;
    deleteTree(old);
  }

  private void commitInPlace() throws IOException {
    for (String path : staged) {
      Path target = out.resolve(path);
      try {
        Files.move(staging.resolve(path), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.NoSuchFileException e) {
        Files.createDirectories(target.getParent());
        Files.move(staging.resolve(path), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    for (String path : present) {
      if (written.contains(path)) {
        continue;
      }
      Path gone = out.resolve(path);
      Files.deleteIfExists(gone);
      // Its folders go with it once empty.
      for (Path folder = gone.getParent(); folder != null && !folder.equals(out); folder = folder.getParent()) {
        try {
          Files.delete(folder);
        } catch (java.nio.file.DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
          break;
        }
      }
    }
    committed = true;
    deleteTree(staging);
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
