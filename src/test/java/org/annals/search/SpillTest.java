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

  @Test
  void pairsSpilledInBlocksComeBackInTheOrderOfASortOfTheWholeNumbers() {
    // More pairs in a range than a block holds, some hashes many times: in the spill or held, each
    // range comes back sorted by hash, then by document, as a sort of the whole numbers would.
    Random random = new Random(11);
    int[] hashes = new int[400];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = random.nextInt();
    }
    try (Spill spill = new Spill(temp)) {
      SearchIndexBuilder.PairRanges spilled = new SearchIndexBuilder.PairRanges(spill);
      SearchIndexBuilder.PairRanges held = new SearchIndexBuilder.PairRanges(null);
      List<List<Long>> expected = new ArrayList<>();
      for (int range = 0; range < 16; range++) {
        expected.add(new ArrayList<>());
      }
      for (int id = 0; id < 10_000; id++) {
        for (int k = 0; k < 150; k++) {
          int hash = k % 3 == 0 ? hashes[random.nextInt(hashes.length)] : random.nextInt();
          spilled.add(hash, id);
          held.add(hash, id);
          expected.get(hash >>> 28).add(((hash & 0xffffffffL) << 32) | id);
        }
      }
      for (int range = 0; range < 16; range++) {
        long[] sorted = expected.get(range).stream().mapToLong(Long::longValue).sorted().toArray();
        assertThat(sorted.length).as("range %d fills more than a block", range).isGreaterThan(1 << 16);
        assertThat(spilled.sort(range)).as("spilled, range %d", range).isEqualTo(sorted);
        assertThat(held.sort(range)).as("held, range %d", range).isEqualTo(sorted);
      }
    }
  }
}
