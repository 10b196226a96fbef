package org.annals.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The entry point for Maven's {@code exec:java}, which runs inside Maven's own JVM: a non-zero exit
 * code fails the Maven build with an exception instead of ending the JVM.
 */
public final class MavenEntry {
  private MavenEntry() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = Main.run(args, out, err);
    if (code != 0) {
      throw new IllegalStateException("annals " + String.join(" ", args) + " failed with exit code " + code);
    }
  }
}
