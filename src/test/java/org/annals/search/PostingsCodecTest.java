package org.annals.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PostingsCodecTest {
  /** Random sets of ids below {@code universe}, each id kept with probability {@code density}. */
  private static int[] ids(Random random, int universe, double density) {
    return IntStream.range(0, universe).filter(i -> random.nextDouble() < density).toArray();
  }

  @Test
  void everyFormGivesBackTheIdsItWasGiven() {
    Random random = new Random(11);
    for (double density : new double[] {0.0001, 0.001, 0.01, 0.05, 0.1, 0.2, 0.35, 0.6, 0.95}) {
      int[] ids = ids(random, 200_000, density);
      byte[] record = PostingsCodec.record(ids, ids.length, new int[0], new int[0]);
      assertThat(PostingsCodec.ids(record)).as("density " + density).containsExactly(ids);
      // Never more than a bitmap (one bit per id of each chunk used) plus a few bytes per chunk.
      assertThat(record.length).as("density " + density).isLessThanOrEqualTo(4 * (8_192 + 8));
    }
  }

  @Test
  void eliasFanoTakesAboutTwoBitsPlusTheLogarithmOfTheGapPerId() {
    Random random = new Random(5);
    int[] ids = ids(random, 65_536, 0.12);
    byte[] record = PostingsCodec.record(ids, ids.length, new int[0], new int[0]);
    // Deltas would take a byte each, a bitmap 8,192 bytes: Elias-Fano takes about 5 bits an id.
    assertThat(record.length).isLessThan(ids.length * 21 / 32 + 64).isLessThan(ids.length);
    assertThat(PostingsCodec.ids(record)).containsExactly(ids);
  }

  @Test
  void keepsTheBestIdsAndTheirScores() {
    int[] ids = {3, 70_000, 140_001};
    byte[] record = PostingsCodec.record(ids, ids.length, new int[] {3, 140_001}, new int[] {200, 7});
    int[][] top = PostingsCodec.top(record);
    assertThat(top[0]).containsExactly(3, 140_001);
    assertThat(top[1]).containsExactly(200, 7);
  }

  @Test
  void theLengthOfTheEliasFanoFormIsKnownWithoutWritingIt() {
    Random random = new Random(3);
    for (int n : new int[] {1, 2, 3, 7, 8, 100, 127, 128, 129, 1_000, 4_096, 16_384, 40_000, 65_536}) {
      int[] ids = random.ints(0, 65_536).distinct().limit(n).sorted().toArray();
      assertThat(PostingsCodec.eliasFanoLength(n)).as("n " + n).isEqualTo(PostingsCodec.eliasFano(ids, 0, n).length);
    }
  }
}
