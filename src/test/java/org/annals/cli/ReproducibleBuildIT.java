package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.annals.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same bytes: the packaged jar builds each fixture archive in three
 * separate processes, under different locales (Turkish casing, Arabic digits), time zones, file
 * encodings and numbers of cores, and every file of the sites is compared.
 */
class ReproducibleBuildIT {
  private static final Path JAR = Path.of(System.getProperty("annals.jar", "target/annals.jar"));

  @TempDir
  Path temp;

  private static void build(Path content, Path out, List<String> jvmOptions, Map<String, String> env)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toAbsolutePath().toString(), "build", "-q", "--content", content.toString(),
        "--out", out.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile());
    builder.environment().remove("SOURCE_DATE_EPOCH");
    builder.environment().remove("ANNALS_BASE_URL");
    builder.environment().putAll(env);
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
  }

  @Test
  void separateProcessesUnderDifferentLocalesAndTimeZonesWriteTheSameBytes() throws Exception {
    for (String fixture : List.of("first-paper", "small")) {
      Path content = Fixtures.projectDir().resolve("src/test/resources/golden/" + fixture + "/content");
      Path one = temp.resolve(fixture + "-one");
      Path two = temp.resolve(fixture + "-two");
      Path three = temp.resolve(fixture + "-three");
      build(content, one, List.of(), Map.of("TZ", "UTC"));
      build(content, two, List.of("-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1"),
          Map.of("TZ", "Pacific/Kiritimati"));
      build(content, three, List.of("-Duser.language=ar", "-Duser.country=EG", "-XX:ActiveProcessorCount=1"),
          Map.of("TZ", "America/St_Johns"));
      assertThat(Fixtures.tree(one)).isNotEmpty();
      Fixtures.assertSameFiles(one, two);
      Fixtures.assertSameFiles(one, three);
    }
  }
}
