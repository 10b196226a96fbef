package org.annals.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The preview's output: a folder updated in place, where a file is written only when its bytes
 * changed, and files that the build no longer produces are removed at the end. The preview server
 * serves this folder; {@code annals build} never writes here.
 */
public final class LiveOutput implements SiteOutput {
  private final Path root;
  /** What this build has produced so far; a new set for each build, made as large as the last. */
  private Set<String> produced = ConcurrentHashMap.newKeySet();
  private final Set<String> changed = ConcurrentHashMap.newKeySet();
  /** The size of each file written, so that a rebuild need not look at the files it kept. */
  private final Map<String, Long> sizes = new ConcurrentHashMap<>();
  /** What the last finished build produced; null before the first. */
  private Set<String> last;
  /**
   * The pages, other files and bytes this build has produced, counted as they come: a rebuild
   * that keeps 250,000 files would otherwise look at each of them again to count them.
   */
  private final java.util.concurrent.atomic.AtomicInteger pages = new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger others = new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

  public LiveOutput(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    Files.createDirectories(this.root);
  }

  public Path root() {
    return root;
  }

  @Override
  public void write(String path, byte[] content) {
    if (!produced.add(path)) {
      throw new IllegalStateException("written twice in one build: " + path);
    }
    Path target = root.resolve(path);
    sizes.put(path, (long) content.length);
    count(path, content.length);
    try {
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
        return;
      }
      Files.createDirectories(target.getParent());
      // Written beside and moved in, so the preview server never serves half a file.
      Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
      Files.write(partial, content);
      Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      changed.add(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean has(String path) {
    return produced.contains(path);
  }

  @Override
  public void keep(String path) {
    if (produced.add(path)) {
      count(path, sizes.computeIfAbsent(path, k -> root.resolve(k).toFile().length()));
    }
  }

  private void count(String path, long size) {
    (path.endsWith(".html") ? pages : others).incrementAndGet();
    bytes.addAndGet(size);
  }

  @Override
  public int pages() {
    return pages.get();
  }

  @Override
  public int files() {
    return others.get();
  }

  @Override
  public long bytes() {
    return bytes.get();
  }

  /** Starts counting the next build afresh, in a set sized for as many files as this one produced. */
  private void next() {
    last = produced;
    produced = ConcurrentHashMap.newKeySet(Math.max(16, last.size() + last.size() / 8));
    changed.clear();
    pages.set(0);
    others.set(0);
    bytes.set(0);
  }

  /**
   * Ends a build: removes the files it did not produce (and folders left empty), and returns the
   * paths that changed. The first build looks through the whole folder, which may hold an earlier
   * session's files; later ones compare with what the build before produced, without reading the
   * folder, so a rebuild costs the same whatever the size of the site.
   */
  public List<String> finish() throws IOException {
    List<String> gone = new java.util.ArrayList<>();
    if (last == null) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          String path = root.relativize(file).toString().replace('\\', '/');
          if (!produced.contains(path)) {
            gone.add(path);
          }
        }
      }
    } else {
      for (String path : last) {
        if (!produced.contains(path)) {
          gone.add(path);
        }
      }
    }
    for (String path : gone) {
      remove(path);
    }
    List<String> result = changed.stream().sorted().toList();
    next();
    return result;
  }

  /**
   * Between builds, writes {@code files} in place of the files at {@code old} (those not written
   * again are removed), and returns the paths that changed: for the search index, made after the
   * rebuild whose pages it indexes.
   */
  public List<String> replace(java.util.Collection<String> old, Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      write(file.getKey(), file.getValue());
    }
    java.util.Set<String> now = new java.util.HashSet<>(last == null ? Set.of() : last);
    for (String path : old) {
      if (!files.containsKey(path)) {
        remove(path);
        now.remove(path);
      }
    }
    now.addAll(files.keySet());
    List<String> result = changed.stream().sorted().toList();
    produced = now;
    next();
    return result;
  }

  /** Removes a file no longer produced, and the folders it leaves empty. */
  private void remove(String path) throws IOException {
    Path file = root.resolve(path);
    Files.deleteIfExists(file);
    sizes.remove(path);
    changed.add(path);
    for (Path dir = file.getParent(); dir != null && !dir.equals(root) && dir.startsWith(root); dir = dir.getParent()) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      } catch (java.nio.file.NoSuchFileException e) {
        continue;
      }
      Files.delete(dir);
    }
  }

  /** Forgets a failed build's bookkeeping; the files stay as the last good build left them, but for those it rewrote. */
  public void abandon() {
    produced.clear();
    changed.clear();
    pages.set(0);
    others.set(0);
    bytes.set(0);
  }
}
