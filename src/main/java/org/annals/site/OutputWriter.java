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
  /** Folders already made: a file system call per file saved, tens of thousands in a large archive. */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();
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
    try {
      Path folder = target.getParent();
      if (!folders.contains(folder)) {
        Files.createDirectories(folder);
        folders.add(folder);
      }
      Files.write(target, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /** Replaces the output folder with the staged one. */
  public void commit() throws IOException {
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
