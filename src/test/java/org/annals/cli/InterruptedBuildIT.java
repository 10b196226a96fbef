package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.annals.ArchiveGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed half-way through, the way a maintainer's Ctrl-C or a CI timeout stops it. */
class InterruptedBuildIT {
  private static final Path JAR = Path.of(System.getProperty("annals.jar", "target/annals.jar")).toAbsolutePath();

  @TempDir
  Path archive;

  private Process start(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(archive.toFile()).redirectErrorStream(true)
        .redirectOutput(archive.resolve("log.txt").toFile()).start();
  }

  private static Map<String, String> digest(Path root) throws Exception {
    Map<String, String> files = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
      }
    }
    return files;
  }

  @Test
  void aBuildKilledHalfWayLeavesThePreviousSiteWhole() throws Exception {
    ArchiveGenerator.generate(archive.resolve("content"), 400, 11);
    Process first = start("build", "-q");
    assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(first.exitValue()).as(Files.readString(archive.resolve("log.txt"))).isZero();
    Path site = archive.resolve("target/site");
    Map<String, String> before = digest(site);
    assertThat(before).hasSizeGreaterThan(5_000);

    Files.writeString(archive.resolve("content/site.yaml"), "title: \"Renamed Archive\"\n");
    Process second = start("build", "-q");
    Path staging = archive.resolve("target/.site.staging");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.isDirectory(staging.resolve("papers")) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(300);
    assertThat(second.isAlive()).as("still building when killed").isTrue();
    second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

    assertThat(digest(site)).isEqualTo(before);

    Process third = start("build", "-q");
    assertThat(third.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(third.exitValue()).isZero();
    assertThat(staging).doesNotExist();
    assertThat(Files.readString(site.resolve("index.html"))).contains("Renamed Archive");
  }
}
