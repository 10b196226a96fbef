package org.annals.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them, and hands each burst of changes (an editor's save is
 * often several events) to a listener once, after a short quiet spell. A folder that cannot be
 * watched, or a listener that fails, is reported and watching goes on.
 */
final class Watcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 30;

  /** Starts watching one folder. */
  interface Registrar {
    WatchKey register(Path folder, WatchService service) throws IOException;
  }

  private static final Registrar FOLDERS =
      (folder, service) -> folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);

  private final WatchService service;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final Consumer<List<Path>> listener;
  private final Consumer<String> problems;
  private final Registrar registrar;
  private final Thread thread;

  /**
   * @param listener gets each burst of changed paths
   * @param problems gets a one-line description of each problem while watching
   */
  Watcher(List<Path> roots, Consumer<List<Path>> listener, Consumer<String> problems) throws IOException {
    this(roots, listener, problems, FOLDERS);
  }

  Watcher(List<Path> roots, Consumer<List<Path>> listener, Consumer<String> problems, Registrar registrar)
      throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.listener = listener;
    this.problems = problems;
    this.registrar = registrar;
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
    thread = new Thread(this::run, "annals-watch");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path dir : walk.filter(Files::isDirectory).toList()) {
        keys.put(registrar.register(dir, service), dir);
      }
    }
  }

  private void run() {
    try {
      while (true) {
        WatchKey key = service.take();
        Set<Path> changed = new LinkedHashSet<>();
        collect(key, changed);
        WatchKey more;
        while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          collect(more, changed);
        }
        if (!changed.isEmpty()) {
          try {
            listener.accept(new ArrayList<>(changed));
          } catch (RuntimeException e) {
            problems.accept("the rebuild after a change failed: " + e + "; still watching");
          }
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path dir = keys.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || dir == null) {
        changed.add(dir == null ? Path.of(".") : dir);
        continue;
      }
      Path path = dir.resolve((Path) event.context());
      String name = path.getFileName().toString();
      if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp")) {
        continue;
      }
      changed.add(path);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
        try {
          registerTree(path);
        } catch (IOException | UncheckedIOException e) {
          problems.accept("cannot watch " + path + " (" + e.getMessage() + "): changes below it are not seen;"
              + " still watching the rest");
        }
      }
    }
    if (!key.reset()) {
      keys.remove(key);
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException ignored) {
      // closing is best effort
    }
    thread.interrupt();
  }
}
