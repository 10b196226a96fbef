package org.annals.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlValidatorTest {
  /** A checker that never finishes, however much it writes. */
  public static final class Stalling {
    public static void main(String[] args) throws InterruptedException {
      for (int i = 0; i < 2000; i++) {
        System.out.println("working on " + i);
      }
      Thread.sleep(120_000);
    }
  }

  @TempDir
  Path temp;

  @Test
  void stopsACheckerThatDoesNotFinishInTime() {
    HtmlValidator validator = new HtmlValidator(System.getProperty("java.class.path"), Duration.ofSeconds(2),
        Stalling.class.getName());
    long started = System.nanoTime();
    assertThatThrownBy(() -> validator.validate(temp)).isInstanceOf(IOException.class)
        .hasMessage("the Nu Html Checker did not finish in 2 s");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
  }
}
