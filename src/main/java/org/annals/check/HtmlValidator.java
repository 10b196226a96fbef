package org.annals.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the Nu Html Checker (the W3C's validator) over every page of a site, in a child JVM so that
 * its libraries stay out of Annals: {@code nu.validator.client.SimpleCommandLineValidator} from the
 * class path given (the {@code vnu.jar}, or the {@code nu.validator:validator} jars).
 */
public final class HtmlValidator {
  private static final Pattern LINE =
      Pattern.compile("^\"file:(.*?)\":(\\d+)\\.(\\d+)(?:-\\d+\\.\\d+)?: (?:error|fatal): (.*)$");

  /** The checker's entry point, run with the output folder as its argument. */
  static final String MAIN_CLASS = "nu.validator.client.SimpleCommandLineValidator";
  /** How long the checker may take before it is stopped. */
  static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final String classpath;
  private final Duration timeout;
  private final String mainClass;

  public HtmlValidator(String classpath) {
    this(classpath, TIMEOUT, MAIN_CLASS);
  }

  HtmlValidator(String classpath, Duration timeout, String mainClass) {
    this.classpath = classpath;
    this.timeout = timeout;
    this.mainClass = mainClass;
  }

  /** One problem per error the checker reports, against the page relative to {@code site}. */
  public List<LinkProblem> validate(Path site) throws IOException, InterruptedException {
    Path root = site.toAbsolutePath().normalize();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The output goes to a file, so that waiting for the checker is what may time out, never reading it.
    Path log = Files.createTempFile("annals-nu", ".txt");
    try {
      Process process = new ProcessBuilder(java, "-Xss8m", "-cp", classpath, mainClass, "--skip-non-html",
          "--no-langdetect", "--errors-only", "--format", "gnu", root.toString())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new IOException("the Nu Html Checker did not finish in " + timeout.toSeconds() + " s");
      }
      return problems(root, Files.readString(log, StandardCharsets.UTF_8), process.exitValue());
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static List<LinkProblem> problems(Path root, String output, int exitValue) {
    List<LinkProblem> problems = new ArrayList<>();
    for (String line : output.split("\\R")) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        String page = root.relativize(Path.of(m.group(1)).toAbsolutePath().normalize()).toString().replace('\\', '/');
        problems.add(new LinkProblem(page + ":" + m.group(2) + ":" + m.group(3), "", "invalid HTML: " + m.group(4)));
      } else if (!line.isBlank() && exitValue != 0 && problems.isEmpty()) {
        problems.add(new LinkProblem("(validator)", "", "the Nu Html Checker failed: " + line));
      }
    }
    if (exitValue != 0 && problems.isEmpty()) {
      problems.add(new LinkProblem("(validator)", "", "the Nu Html Checker exited with " + exitValue));
    }
    return problems;
  }
}
