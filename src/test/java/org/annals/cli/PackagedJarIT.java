package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.annals.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar the way a maintainer does, in a folder that holds only {@code content/}. */
class PackagedJarIT {
  @TempDir
  Path archive;

  private static final Path JAR = Path.of(System.getProperty("annals.jar", "target/annals.jar"));

  private record Result(int code, String out, String err) {}

  private Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Path out = archive.resolve("stdout.txt");
    Path err = archive.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(archive.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void buildsAnArchiveThatHasOnlyContentWithTheBuiltInTemplatesAndStyles() throws Exception {
    Fixtures.copyTree(Fixtures.liveContent(), archive.resolve("content"));
    Result result = run("build");
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("Built " + Fixtures.pageCount(Fixtures.liveContent()) + " pages and ");
    // The jar's built-in templates and styles are the project's: the same files and bytes as the Maven build.
    Path site = archive.resolve("target/site");
    Path mavenSite = Path.of(System.getProperty("annals.site", "target/site"));
    Fixtures.assertSameFiles(mavenSite, site);
  }

  @Test
  void exitsWithOneAndAPositionedMessageOnBadInput() throws Exception {
    Fixtures.copyTree(Fixtures.firstPaperContent(), archive.resolve("content"));
    Path paper = archive.resolve("content/papers/us-japan-relations-biden/paper.md");
    Files.writeString(paper, Files.readString(paper).replace("(Hoanh, 2019)", "(Hoang, 2019)"));
    Result result = run("build");
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("content/papers/us-japan-relations-biden/paper.md:51:1711: error: unresolved citation (Hoang, 2019)\n")
        .doesNotContain("Exception");
    assertThat(archive.resolve("target/site")).doesNotExist();
  }

  @Test
  void runsTheCommandInAJvmWithTheClassDataArchiveThatEndsWithTheLauncher() throws Exception {
    assertThat(JAR.resolveSibling(Launcher.ARCHIVE)).as("made by mvn package").isRegularFile();
    Fixtures.copyTree(Fixtures.firstPaperContent(), archive.resolve("content"));
    Process launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toAbsolutePath().toString(), "serve", "--port", "0").directory(archive.toFile())
        .redirectErrorStream(true).redirectOutput(archive.resolve("log.txt").toFile()).start();
    try {
      ProcessHandle child = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (child == null && System.nanoTime() < deadline) {
        child = launcher.children().findFirst().orElse(null);
        Thread.sleep(50);
      }
      assertThat(child).as("the launched JVM").isNotNull();
      String[] arguments = child.info().arguments().orElse(new String[0]);
      assertThat(arguments).contains("-XX:SharedArchiveFile=" + JAR.toAbsolutePath().resolveSibling(Launcher.ARCHIVE),
          "-Dannals.launched=" + launcher.pid(), "serve", "--port", "0");
      // However the launcher ends, even killed, the JVM it started ends too.
      launcher.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      assertThat(child.onExit().get(15, TimeUnit.SECONDS).isAlive()).isFalse();
    } finally {
      launcher.destroyForcibly();
      launcher.children().forEach(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void theLaunchedJvmMapsTheClassDataArchiveWithPicocliAndAnnalsInIt() throws Exception {
    Fixtures.copyTree(Fixtures.firstPaperContent(), archive.resolve("content"));
    Path log = archive.resolve("classes.txt");
    List<String> args = List.of("build", "-q");
    List<String> command = new java.util.ArrayList<>(Launcher.command(
        Path.of(System.getProperty("java.home"), "bin", "java"), JAR.toAbsolutePath(), List.of(), args).orElseThrow());
    // -Xshare:on: a JVM that cannot map the archive stops instead of going on without it.
    command.addAll(command.indexOf("-cp"), List.of("-Xshare:on", "-Xlog:class+load=info:file=" + log));
    Process process = new ProcessBuilder(command).directory(archive.toFile()).redirectErrorStream(true)
        .redirectOutput(archive.resolve("out.txt").toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(archive.resolve("out.txt"))).isZero();
    assertThat(Files.readString(log))
        .contains("picocli.CommandLine source: shared objects file")
        .contains("org.annals.cli.Main source: shared objects file")
        .contains("freemarker.template.Template source: shared objects file")
        .contains("com.vladsch.flexmark.parser.Parser source: shared objects file");
  }

  @Test
  void anotherJavaPassesOverTheClassDataArchiveSilently() throws Exception {
    // The archive fits only the Java that made it; another finds it invalid and goes on without it.
    Path here = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
    List<Path> others;
    try (java.util.stream.Stream<Path> homes = Files.list(here.getParent().getParent().getParent())) {
      others = homes.map(home -> home.resolve("bin/java")).filter(Files::isExecutable)
          .filter(java -> !sameFile(java, here)).toList();
    }
    org.junit.jupiter.api.Assumptions.assumeFalse(others.isEmpty(), "no other Java installed beside " + here);
    Fixtures.copyTree(Fixtures.firstPaperContent(), archive.resolve("content"));
    for (Path java : others) {
      Process process = new ProcessBuilder(java.toString(), "-jar", JAR.toAbsolutePath().toString(), "build", "-q")
          .directory(archive.toFile()).redirectOutput(archive.resolve("out.txt").toFile())
          .redirectError(archive.resolve("err.txt").toFile()).start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(java.toString()).isZero();
      assertThat(Files.readString(archive.resolve("err.txt"))).as(java.toString()).isEmpty();
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return a.toRealPath().equals(b.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void exitsWithTwoOnAUsageError() throws Exception {
    assertThat(run("build", "--bogus").code()).isEqualTo(2);
    assertThat(run("--version").out()).startsWith("annals ");
  }
}
