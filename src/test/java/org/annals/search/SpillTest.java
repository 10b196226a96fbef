package org.annals.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spill gives back every byte array as it was appended, whatever the order of reads and appends. */
class SpillTest {
  @TempDir
  Path temp;

  @Test
  void readsGiveBackWhatWasAppendedInAnyOrder() {
    Random random = new Random(7);
    try (Spill spill = new Spill(temp)) {
      List<byte[]> arrays = new ArrayList<>();
      List<Long> places = new ArrayList<>();
      for (int i = 0; i < 3_000; i++) {
        // Mostly small, as documents' terms and records are; some larger than a window.
        byte[] bytes = new byte[i % 500 == 0 ? 70_000 + random.nextInt(10_000) : random.nextInt(900)];
        random.nextBytes(bytes);
        arrays.add(bytes);
        places.add(spill.append(bytes));
        // Reads between appends: a window read ahead must not outlive what was appended after it.
        if (i % 7 == 0) {
          int earlier = random.nextInt(i + 1);
          assertThat(spill.read(places.get(earlier), arrays.get(earlier).length)).isEqualTo(arrays.get(earlier));
        }
      }
      for (int i = 0; i < arrays.size(); i++) {
        assertThat(spill.read(places.get(i), arrays.get(i).length)).as("in order, %d", i).isEqualTo(arrays.get(i));
      }
      for (int n = 0; n < 5_000; n++) {
        int i = random.nextInt(arrays.size());
        assertThat(spill.read(places.get(i), arrays.get(i).length)).as("at random, %d", i).isEqualTo(arrays.get(i));
      }
    }
  }

  @Test
  void readsFromSeveralThreadsWhileOthersAppend() throws Exception {
    try (Spill spill = new Spill(temp)) {
      int threads = 4;
      List<Thread> running = new ArrayList<>();
      List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int t = 0; t < threads; t++) {
        int seed = t;
        Thread thread = new Thread(() -> {
          try {
            Random random = new Random(seed);
            List<byte[]> mine = new ArrayList<>();
            List<Long> places = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
              byte[] bytes = new byte[1 + random.nextInt(300)];
              random.nextBytes(bytes);
              mine.add(bytes);
              places.add(spill.append(bytes));
              int earlier = random.nextInt(i + 1);
              assertThat(spill.read(places.get(earlier), mine.get(earlier).length)).isEqualTo(mine.get(earlier));
            }
          } catch (Throwable e) {
            failures.add(e);
          }
        });
        running.add(thread);
        thread.start();
      }
      for (Thread thread : running) {
        thread.join();
      }
      assertThat(failures).isEmpty();
    }
  }
}
