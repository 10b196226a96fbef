package org.annals.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

  private final String classpath;

  public HtmlValidator(String classpath) {
    this.classpath = classpath;
  }

  /** One problem per error the checker reports, against the page relative to {@code site}. */
  public List<LinkProblem> validate(Path site) throws IOException, InterruptedException {
    Path root = site.toAbsolutePath().normalize();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xss8m", "-cp", classpath,
        "nu.validator.client.SimpleCommandLineValidator", "--skip-non-html", "--no-langdetect", "--errors-only",
        "--format", "gnu", root.toString())
        .redirectErrorStream(true)
        .start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("the Nu Html Checker did not finish in 10 minutes");
    }
    List<LinkProblem> problems = new ArrayList<>();
    for (String line : new String(output, StandardCharsets.UTF_8).split("\\R")) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        String page = root.relativize(Path.of(m.group(1)).toAbsolutePath().normalize()).toString().replace('\\', '/');
        problems.add(new LinkProblem(page + ":" + m.group(2) + ":" + m.group(3), "", "invalid HTML: " + m.group(4)));
      } else if (!line.isBlank() && process.exitValue() != 0 && problems.isEmpty()) {
        problems.add(new LinkProblem("(validator)", "", "the Nu Html Checker failed: " + line));
      }
    }
    if (process.exitValue() != 0 && problems.isEmpty()) {
      problems.add(new LinkProblem("(validator)", "", "the Nu Html Checker exited with " + process.exitValue()));
    }
    return problems;
  }
}
