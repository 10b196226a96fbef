package org.annals.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatcherTest {
  @TempDir
  Path temp;

  @Test
  void reportsAFolderItCannotWatchAndKeepsWatchingTheRest() throws Exception {
    BlockingQueue<List<Path>> changes = new LinkedBlockingQueue<>();
    BlockingQueue<String> problems = new LinkedBlockingQueue<>();
    Watcher.Registrar failing = (folder, service) -> {
      if (folder.getFileName().toString().equals("unreadable")) {
        throw new IOException("Permission denied");
      }
      return folder.register(service, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE,
          java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY, java.nio.file.StandardWatchEventKinds.ENTRY_DELETE);
    };
    try (Watcher watcher = new Watcher(List.of(temp), changes::add, problems::add, failing)) {
      watcher.start();
      Files.createDirectory(temp.resolve("unreadable"));
      assertThat(problems.poll(10, TimeUnit.SECONDS)).startsWith("cannot watch " + temp.resolve("unreadable"))
          .contains("Permission denied").endsWith("still watching the rest");
      assertThat(changes.poll(10, TimeUnit.SECONDS)).contains(temp.resolve("unreadable"));

      Files.writeString(temp.resolve("paper.md"), "changed");
      assertThat(changes.poll(10, TimeUnit.SECONDS)).contains(temp.resolve("paper.md"));
    }
  }

  @Test
  void reportsAFailingListenerAndKeepsWatching() throws Exception {
    BlockingQueue<List<Path>> changes = new LinkedBlockingQueue<>();
    BlockingQueue<String> problems = new LinkedBlockingQueue<>();
    try (Watcher watcher = new Watcher(List.of(temp), paths -> {
      changes.add(paths);
      if (paths.contains(temp.resolve("first.md"))) {
        throw new IllegalStateException("boom");
      }
    }, problems::add)) {
      watcher.start();
      Files.writeString(temp.resolve("first.md"), "one");
      assertThat(problems.poll(10, TimeUnit.SECONDS)).contains("boom").endsWith("still watching");
      changes.clear();
      Files.writeString(temp.resolve("second.md"), "two");
      assertThat(changes.poll(10, TimeUnit.SECONDS)).contains(temp.resolve("second.md"));
    }
  }
}
