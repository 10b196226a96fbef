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
 * often several events) to a listener once, after a short quiet spell.
 */
final class Watcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 30;

  private final WatchService service;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final Consumer<List<Path>> listener;
  private final Thread thread;

  Watcher(List<Path> roots, Consumer<List<Path>> listener) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    this.listener = listener;
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
        keys.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
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
          listener.accept(new ArrayList<>(changed));
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
        } catch (IOException e) {
          throw new UncheckedIOException(e);
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
