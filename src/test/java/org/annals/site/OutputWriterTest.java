package org.annals.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
  @TempDir
  Path temp;

  @Test
  void aFileMadeAgainAsTheOutputHoldsItIsLeftUntouchedAndOneThatDiffersAnywhereIsReplaced() throws Exception {
    Path out = Files.createDirectories(temp.resolve("site"));
    // Larger than the window a file is read back in, so that a difference lies in a later window.
    byte[] bytes = new byte[200_000];
    new Random(12).nextBytes(bytes);
    FileTime before = FileTime.fromMillis(1_000_000_000_000L);
    List<String> present = List.of("search/same.bin", "search/late.bin", "search/longer.bin");
    for (String path : present) {
      Path file = out.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      Files.setLastModifiedTime(file, before);
    }
    byte[] late = bytes.clone();
    late[150_000] ^= 1;
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);

    try (OutputWriter writer = new OutputWriter(out, present)) {
      writer.write("search/same.bin", bytes.clone());
      writer.write("search/late.bin", late);
      writer.write("search/longer.bin", longer);
      writer.commit();
    }

    assertThat(Files.getLastModifiedTime(out.resolve("search/same.bin"))).as("the same bytes: left untouched")
        .isEqualTo(before);
    assertThat(Arrays.equals(Files.readAllBytes(out.resolve("search/same.bin")), bytes)).isTrue();
    assertThat(Arrays.mismatch(Files.readAllBytes(out.resolve("search/late.bin")), late))
        .as("a file that differs only after its first 64 KB is written again").isEqualTo(-1);
    assertThat(Files.getLastModifiedTime(out.resolve("search/late.bin"))).isNotEqualTo(before);
    assertThat(Arrays.mismatch(Files.readAllBytes(out.resolve("search/longer.bin")), longer)).isEqualTo(-1);
  }
}
