package org.annals.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MathRendererTest {
  @Test
  void rendersTexAsMathMlWithItsTexAsAnnotationAndNoStyles() {
    Optional<String> mathml = MathRenderer.mathml("\\sum\\limits_{j=1}^M p_j", true);
    assertThat(mathml).hasValueSatisfying(m -> assertThat(m).startsWith("<math").contains("<munderover>")
        .contains("<annotation encoding=\"application/x-tex\">\\sum\\limits_{j=1}^M p_j</annotation>")
        .doesNotContain("style="));
    assertThat(MathRenderer.mathml("\\frac{1}{", false)).isEmpty();
  }

  /**
   * Rhino looks its regular expressions up once per JVM, through the context class loader of the
   * thread that first needs them; so the first formula of a fresh JVM is rendered in a thread whose
   * context class loader sees nothing, as a worker thread of a host such as Maven's exec:java.
   */
  @Test
  void rendersInAThreadWhoseContextClassLoaderDoesNotSeeAnnals() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), FirstFormula.class.getName()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(out).contains("<mo>≠</mo>");
    assertThat(process.exitValue()).as(out).isZero();
  }

  /** Renders a JVM's first formula in a thread whose context class loader sees nothing. */
  public static final class FirstFormula {
    public static void main(String[] args) throws Exception {
      AtomicReference<Optional<String>> result = new AtomicReference<>();
      try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
        Thread thread = new Thread(() -> result.set(MathRenderer.mathml("\\mathbf{x}_i \\neq y_{i,t-j}", false)));
        thread.setContextClassLoader(empty);
        thread.start();
        thread.join();
      }
      System.out.println(result.get().orElse("no MathML"));
    }
  }
}
