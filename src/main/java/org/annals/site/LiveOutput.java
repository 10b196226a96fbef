package org.annals.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
  private final Set<String> produced = ConcurrentHashMap.newKeySet();
  private final Set<String> changed = ConcurrentHashMap.newKeySet();

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
    produced.add(path);
  }

  @Override
  public int pages() {
    return (int) produced.stream().filter(p -> p.endsWith(".html")).count();
  }

  @Override
  public int files() {
    return produced.size() - pages();
  }

  @Override
  public long bytes() {
    return produced.stream().mapToLong(p -> root.resolve(p).toFile().length()).sum();
  }

  /** Ends a build: removes the files it did not produce (and folders left empty), and returns the paths that changed. */
  public List<String> finish() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String path = root.relativize(file).toString().replace('\\', '/');
        if (!produced.contains(path)) {
          Files.delete(file);
          changed.add(path);
        }
      }
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path dir : walk.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!dir.equals(root)) {
          try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
              Files.delete(dir);
            }
          }
        }
      }
    }
    List<String> result = changed.stream().sorted().toList();
    produced.clear();
    changed.clear();
    return result;
  }

  /** Forgets a failed build's bookkeeping; the files stay as the last good build left them, but for those it rewrote. */
  public void abandon() {
    produced.clear();
    changed.clear();
  }
}
