package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
  @TempDir
  Path folder;

  private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");

  @Test
  void withTheArchiveBesideTheJarTheCommandRunsInAJvmThatUsesItWithTheSameOptionsAndArguments() throws Exception {
    Path jar = Files.createFile(folder.resolve("annals.jar"));
    Files.createFile(folder.resolve(Launcher.ARCHIVE));
    Files.createDirectories(folder.resolve("content/papers/one"));
    String content = "--content=" + folder.resolve("content");
    List<String> command = Launcher.command(java, jar, List.of("-Xmx2g", "-Dfoo=bar"), List.of("build", content, "-q"))
        .orElseThrow();
    assertThat(command.get(0)).isEqualTo(java.toString());
    assertThat(command).contains("-XX:SharedArchiveFile=" + folder.resolve(Launcher.ARCHIVE), "-Xshare:auto",
        "-XX:+UseSerialGC", "-Dannals.launched=" + ProcessHandle.current().pid());
    assertThat(command).containsSequence(Launcher.QUICK_COMPILER).contains("-XX:Tier3InvocationThreshold=50");
    assertThat(command.contains("-XX:CICompilerCount=1")).isEqualTo(Runtime.getRuntime().availableProcessors() <= 2);
    // The preview server keeps the default collector and compilers.
    assertThat(Launcher.command(java, jar, List.of(), List.of("serve", content)).orElseThrow())
        .doesNotContain("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:Tier3InvocationThreshold=50",
            "-XX:CICompilerCount=1");
    // A collector of the user's own replaces the serial one (two would stop the JVM).
    assertThat(Launcher.command(java, jar, List.of("-XX:+UseG1GC"), List.of("build", content)).orElseThrow())
        .contains("-XX:+UseG1GC").doesNotContain("-XX:+UseSerialGC");
    // The user's options come after the launcher's, so that they win; the arguments come last, in order.
    assertThat(command.indexOf("-Xmx2g")).isGreaterThan(command.indexOf("-XX:TieredStopAtLevel=1"));
    assertThat(command.subList(command.size() - 6, command.size()))
        .containsExactly("-cp", jar.toString(), Launcher.class.getName(), "build", content, "-q");
  }

  @Test
  void theJvmOptionsAreReadFromACommandLineOfTheFormJavaOptionsJarArguments() {
    Path jar = folder.resolve("annals.jar");
    List<String> args = List.of("build", "--content", "c");
    assertThat(Launcher.optionsBeforeJar(List.of("-Xmx2g", "-Dx=y z", "-jar", jar.toString(), "build", "--content", "c"),
        jar, args)).contains(List.of("-Xmx2g", "-Dx=y z"));
    assertThat(Launcher.optionsBeforeJar(List.of("-jar", jar.toString(), "build", "--content", "c"), jar, args))
        .contains(List.of());
    // Any other form is left to the management interface: another jar, a class path, an option
    // whose value is a separate argument, an argument file, arguments that differ.
    assertThat(Launcher.optionsBeforeJar(List.of("-jar", "other.jar", "build", "--content", "c"), jar, args)).isEmpty();
    assertThat(Launcher.optionsBeforeJar(List.of("-cp", jar.toString(), "org.annals.cli.Launcher", "build",
        "--content", "c"), jar, args)).isEmpty();
    assertThat(Launcher.optionsBeforeJar(List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-jar",
        jar.toString(), "build", "--content", "c"), jar, args)).isEmpty();
    assertThat(Launcher.optionsBeforeJar(List.of("@options", "-jar", jar.toString(), "build", "--content", "c"), jar,
        args)).isEmpty();
    assertThat(Launcher.optionsBeforeJar(List.of("-jar", jar.toString(), "build"), jar, args)).isEmpty();
    // This test's own JVM was not started with -jar: its options come from the management interface.
    assertThat(Launcher.jvmOptions(jar, args)).isEqualTo(
        ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  @Test
  void aBuildIsGivenAHeapOfTwoAndAHalfBytesAByteOfMarkdownAtLeastTheFloorUnlessTheUserChoseOne() throws Exception {
    Path content = folder.resolve("content");
    Files.createDirectories(content.resolve("papers/small"));
    Files.writeString(content.resolve("papers/small/paper.md"), "# A paper\n");
    List<String> build = List.of("build", "--content", content.toString());
    long plenty = 16L << 30;
    assertThat(Launcher.heap(build, List.of(), Map.of(), plenty)).contains(Launcher.HEAP_FLOOR);
    // 400 MB of Markdown (a sparse file: its size without its bytes), in a folder's index.md.
    Files.createDirectories(content.resolve("papers/large"));
    try (java.io.RandomAccessFile large = new java.io.RandomAccessFile(content.resolve("papers/large/index.md").toFile(),
        "rw")) {
      large.setLength(400L << 20);
    }
    long expected = (long) (((400L << 20) + 10) * Launcher.HEAP_PER_MARKDOWN_BYTE);
    assertThat(Launcher.heap(build, List.of(), Map.of(), plenty)).contains(expected);
    assertThat(Launcher.heap(List.of("check", "--content=" + content), List.of(), Map.of(), plenty)).contains(expected);
    // Never more than Java would give.
    assertThat(Launcher.heap(build, List.of(), Map.of(), 512L << 20)).contains(512L << 20);
    // The user's choice stands, wherever it was given; the preview server keeps Java's default.
    assertThat(Launcher.heap(build, List.of("-Xmx2g"), Map.of(), plenty)).isEmpty();
    assertThat(Launcher.heap(build, List.of("-XX:MaxRAMPercentage=50"), Map.of(), plenty)).isEmpty();
    assertThat(Launcher.heap(build, List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Dx=y -Xmx3g"), plenty)).isEmpty();
    assertThat(Launcher.heap(build, List.of(), Map.of("JDK_JAVA_OPTIONS", "-XX:MaxHeapSize=1g"), plenty)).isEmpty();
    assertThat(Launcher.heap(List.of("serve", "--content", content.toString()), List.of(), Map.of(), plenty)).isEmpty();
    // A build whose data fill much of its heap collects with both cores; others with one.
    assertThat(Launcher.collector(400L << 20, Launcher.heap(build, List.of(), Map.of(), plenty)))
        .isEqualTo("-XX:+UseParallelGC");
    assertThat(Launcher.collector(10, Optional.of(Launcher.HEAP_FLOOR))).isEqualTo("-XX:+UseSerialGC");
    assertThat(Launcher.collector(224L << 20, Optional.of(Launcher.HEAP_FLOOR))).isEqualTo("-XX:+UseParallelGC");
    assertThat(Launcher.collector(45L << 20, Optional.of(Launcher.HEAP_FLOOR))).isEqualTo("-XX:+UseSerialGC");
    assertThat(Launcher.collector(400L << 20, Optional.empty())).isEqualTo("-XX:+UseSerialGC");
    // The launched JVM gets it (unless this test runs with a heap of its own in the environment).
    Files.createFile(folder.resolve(Launcher.ARCHIVE));
    Path jar = Files.createFile(folder.resolve("annals.jar"));
    List<String> launched = Launcher.command(java, jar, List.of(), build).orElseThrow();
    Launcher.heap(build, List.of(), System.getenv(), Runtime.getRuntime().maxMemory()).ifPresentOrElse(
        heap -> assertThat(launched).contains("-Xmx" + (heap >> 20) + "m"),
        () -> assertThat(launched).noneMatch(o -> o.startsWith("-Xmx")));
  }

  @Test
  void aBuildWithTheParallelCollectorHasItsWholeHeapTouchedFromTheStart() throws Exception {
    Path jar = Files.createFile(folder.resolve("annals.jar"));
    Files.createFile(folder.resolve(Launcher.ARCHIVE));
    Path paper = Files.createDirectories(folder.resolve("content/papers/one")).resolve("paper.md");
    String content = "--content=" + folder.resolve("content");
    Files.writeString(paper, "# A small paper\n");
    assertThat(Launcher.command(java, jar, List.of(), List.of("build", content)).orElseThrow())
        .contains("-XX:+UseSerialGC").doesNotContain("-XX:+AlwaysPreTouch").noneMatch(o -> o.startsWith("-Xms"));
    // 200 MB of Markdown (a sparse file) in the least heap: tight, so the parallel collector.
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(paper.toFile(), "rw")) {
      file.setLength(200L << 20);
    }
    long plenty = 8L << 30;
    Optional<Long> heap = Launcher.heap(List.of("build", content), List.of(), Map.of(), plenty);
    assertThat(heap).contains(Launcher.HEAP_FLOOR);
    if (Runtime.getRuntime().maxMemory() >= Launcher.HEAP_FLOOR) {
      List<String> command = Launcher.command(java, jar, List.of(), List.of("build", content)).orElseThrow();
      assertThat(command).contains("-XX:+UseParallelGC", "-Xmx640m", "-Xms640m", "-XX:+AlwaysPreTouch");
    }
    assertThat(Launcher.wholeHeap("-XX:+UseParallelGC", heap, List.of()))
        .containsExactly("-Xms640m", "-XX:+AlwaysPreTouch");
    // The user's choice of the initial heap or of touching it stands; the serial collector's heap grows as needed.
    assertThat(Launcher.wholeHeap("-XX:+UseParallelGC", heap, List.of("-Xms1g"))).isEmpty();
    assertThat(Launcher.wholeHeap("-XX:+UseParallelGC", heap, List.of("-XX:-AlwaysPreTouch"))).isEmpty();
    assertThat(Launcher.wholeHeap("-XX:+UseSerialGC", heap, List.of())).isEmpty();
    assertThat(Launcher.wholeHeap("-XX:+UseParallelGC", Optional.empty(), List.of())).isEmpty();
  }

  @Test
  void withoutTheArchiveTheCommandRunsInThisJvm() throws Exception {
    Path jar = Files.createFile(folder.resolve("annals.jar"));
    assertThat(Launcher.command(java, jar, List.of(), List.of("build"))).isEmpty();
  }

  @Test
  void underADebuggerAnAgentOrARecordingTheCommandRunsInThisJvm() throws Exception {
    Path jar = Files.createFile(folder.resolve("annals.jar"));
    Files.createFile(folder.resolve(Launcher.ARCHIVE));
    for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:x.jar",
        "-XX:StartFlightRecording=filename=a.jfr", "-XX:ArchiveClassesAtExit=b.jsa")) {
      assertThat(Launcher.command(java, jar, List.of(option), List.of("build"))).as(option).isEmpty();
    }
  }

  @Test
  void theLaunchedJvmAsksForTransparentHugePagesWhereTheSystemGivesThemOnRequest() throws Exception {
    assertThat(Launcher.hugePagesOnRequest("always [madvise] never\n")).isTrue();
    assertThat(Launcher.hugePagesOnRequest("[always] madvise never\n")).isFalse();
    assertThat(Launcher.hugePagesOnRequest("always madvise [never]\n")).isFalse();
    assertThat(Launcher.hugePagesOnRequest("")).isFalse();
    Path jar = Files.createFile(folder.resolve("annals.jar"));
    Files.createFile(folder.resolve(Launcher.ARCHIVE));
    String setting = Files.isReadable(Launcher.TRANSPARENT_HUGE_PAGES)
        ? Files.readString(Launcher.TRANSPARENT_HUGE_PAGES) : "";
    assertThat(Launcher.command(java, jar, List.of(), List.of("build")).orElseThrow()
        .contains("-XX:+UseTransparentHugePages")).isEqualTo(Launcher.hugePagesOnRequest(setting));
    // The user's choice stands alone.
    assertThat(Launcher.command(java, jar, List.of("-XX:-UseTransparentHugePages"), List.of("build")).orElseThrow())
        .doesNotContain("-XX:+UseTransparentHugePages");
  }

  @Test
  void onlyAFewPapersOnOneOrTwoCoresAreBuiltWithOneCompilerThread() {
    assertThat(Launcher.oneCompiler(0, 1)).isTrue();
    assertThat(Launcher.oneCompiler(1, 2)).isTrue();
    assertThat(Launcher.oneCompiler(Launcher.ONE_COMPILER - 1, 2)).isTrue();
    assertThat(Launcher.oneCompiler(Launcher.ONE_COMPILER, 2)).isFalse();
    assertThat(Launcher.oneCompiler(1, 4)).isFalse();
  }

  @Test
  void onlyASmallArchiveIsBuiltWithTheQuickCompilerAlone() throws Exception {
    Path content = folder.resolve("content");
    for (int i = 0; i < Launcher.SMALL - 1; i++) {
      Files.createDirectories(content.resolve("papers/p" + i));
    }
    assertThat(Launcher.small(List.of("build", "--content", content.toString()))).isTrue();
    Files.createDirectories(content.resolve("papers/last"));
    assertThat(Launcher.small(List.of("build", "--content", content.toString()))).isFalse();
    assertThat(Launcher.small(List.of("-q", "build", "--content=" + content))).isFalse();
    // The preview runs for long; commands that build nothing are short.
    assertThat(Launcher.small(List.of("serve", "--content", folder.resolve("none").toString()))).isFalse();
    assertThat(Launcher.small(List.of("--version"))).isTrue();
    assertThat(Launcher.small(List.of("build", "--content", folder.resolve("none").toString()))).isTrue();
  }

  @Test
  void aLargeArchiveWhoseLastBuildIsKeptForMostPapersIsBuiltWithTheQuickCompilerAlone() throws Exception {
    Path content = folder.resolve("content");
    FileTime before = FileTime.fromMillis(1_000_000_000_000L);
    FileTime after = FileTime.fromMillis(1_000_000_100_000L);
    for (int i = 0; i < Launcher.SMALL; i++) {
      Path paper = Files.createDirectories(content.resolve("papers/p" + i)).resolve("paper.md");
      Files.writeString(paper, "# P\n");
      Files.setLastModifiedTime(paper, before);
    }
    Files.setLastModifiedTime(Files.writeString(content.resolve("site.yaml"), "title: T\n"), before);
    Path jar = Files.setLastModifiedTime(Files.createFile(folder.resolve("annals.jar")), before);
    Path out = folder.resolve("site");
    List<String> build = List.of("build", "--content", content.toString(), "--out=" + out);
    // No last build: every paper is read.
    assertThat(Launcher.small(build, jar)).isFalse();
    Path cache = Files.createFile(org.annals.site.BuildCache.fileFor(out));
    Files.setLastModifiedTime(cache, FileTime.fromMillis(1_000_000_050_000L));
    assertThat(Launcher.small(build, jar)).isTrue();
    assertThat(Launcher.small(build)).as("by a jar unknown").isFalse();
    assertThat(Launcher.small(List.of("build", "--content", content.toString(), "--out", folder.resolve("other")
        .toString()), jar)).as("into another output").isFalse();
    assertThat(Launcher.small(List.of("build", "--no-cache", "--content", content.toString(), "--out=" + out), jar))
        .isFalse();
    // Papers edited since: while fewer than SMALL, the build is still small.
    Files.setLastModifiedTime(content.resolve("papers/p0/paper.md"), after);
    assertThat(Launcher.small(build, jar)).isTrue();
    // A change to what every page depends on makes every page again.
    Path template = Files.createDirectories(folder.resolve("templates/partials")).resolve("head.ftl");
    Files.setLastModifiedTime(Files.writeString(template, "x"), after);
    assertThat(Launcher.small(build, jar)).isFalse();
    // Templates named by the option are the ones looked at.
    Path own = Files.createDirectories(folder.resolve("own-templates"));
    List<String> withOwn = new java.util.ArrayList<>(build);
    withOwn.add("--templates=" + own);
    assertThat(Launcher.small(withOwn, jar)).isTrue();
    Files.setLastModifiedTime(Files.writeString(own.resolve("page.ftl"), "x"), after);
    assertThat(Launcher.small(withOwn, jar)).isFalse();
    Files.setLastModifiedTime(template, before);
    assertThat(Launcher.small(build, jar)).isTrue();
    Files.setLastModifiedTime(content.resolve("site.yaml"), after);
    assertThat(Launcher.small(build, jar)).isFalse();
    Files.setLastModifiedTime(content.resolve("site.yaml"), before);
    Files.setLastModifiedTime(jar, after);
    assertThat(Launcher.small(build, jar)).as("a new Annals").isFalse();
    Files.setLastModifiedTime(jar, before);
    for (int i = 1; i < Launcher.SMALL; i++) {
      Files.setLastModifiedTime(content.resolve("papers/p" + i + "/paper.md"), after);
    }
    assertThat(Launcher.small(build, jar)).as("every paper edited").isFalse();
  }
}
