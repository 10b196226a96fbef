package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir
  Path temp;

  @Test
  void buildsTheRealContentAndSummarisesWhatItWrote() {
    Path out = temp.resolve("site");
    Fixtures.Run run = Fixtures.annals("build", "--content", Fixtures.firstPaperContent().toString(), "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).matches("Built " + Fixtures.pageCount(Fixtures.firstPaperContent()) + " pages and \\d+ files \\(\\d+ KB\\) into .*site in \\d+\\.\\d\\d s, 0 warnings\\R");
    assertThat(out.resolve("index.html")).exists();
  }

  @Test
  void isSilentWithQuietAndUsesTheBaseUrlForCanonicalLinks() throws Exception {
    Path out = temp.resolve("site");
    Fixtures.Run run = Fixtures.annals("build", "-q", "--content", Fixtures.firstPaperContent().toString(), "--out",
        out.toString(), "--base-url", "https://example.org/annals");
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out.resolve("papers/us-japan-relations-biden/index.html")))
        .contains("<link rel=\"canonical\" href=\"https://example.org/annals/papers/us-japan-relations-biden/\">");
  }

  @Test
  void refusesABaseUrlThatIsNotAbsolute() {
    Fixtures.Run run = Fixtures.annals("build", "--content", Fixtures.firstPaperContent().toString(), "--out",
        temp.resolve("site").toString(), "--base-url", "example.org");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("error: base URL 'example.org' is not an absolute http or https URL")
        .contains("hint: write it like https://example.org/archive/");
  }

  @Test
  void aSecondBuildKeepsTheUnchangedPapersUnlessToldNotTo() {
    Path out = temp.resolve("site");
    String content = Fixtures.firstPaperContent().toString();
    assertThat(Fixtures.annals("build", "--content", content, "--out", out.toString()).out()).doesNotContain("kept");
    Fixtures.Run again = Fixtures.annals("build", "--content", content, "--out", out.toString());
    assertThat(again.code()).as(again.err()).isZero();
    // Nothing changed: every paper, the archive's own pages and the search index are kept.
    assertThat(again.out())
        .matches("Built .* 0 warnings; \\d+ unchanged papers?, the archive's own pages and its search index kept\\R");
    Fixtures.Run fresh = Fixtures.annals("build", "--no-cache", "--content", content, "--out", out.toString());
    assertThat(fresh.code()).as(fresh.err()).isZero();
    assertThat(fresh.out()).doesNotContain("kept");
    assertThat(Fixtures.annals("build", "--help").out()).contains("--no-cache");
  }

  @Test
  void printsVersionAndHelp() {
    assertThat(Fixtures.annals("--version").out()).startsWith("annals ");
    Fixtures.Run help = Fixtures.annals("build", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--content=DIR", "--templates=DIR", "--static=DIR", "--out=DIR",
        "--base-url=URL", "--quiet", "--verbose");
  }

  @Test
  void answersUsageErrorsWithCodeTwo() {
    Fixtures.Run unknown = Fixtures.annals("build", "--no-such-option");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--no-such-option'");
    assertThat(Fixtures.annals().code()).isEqualTo(2);
    assertThat(Fixtures.annals("frobnicate").code()).isEqualTo(2);
    Fixtures.Run helpOnNothing = Fixtures.annals("help", "frobnicate");
    assertThat(helpOnNothing.code()).isEqualTo(2);
    assertThat(helpOnNothing.err()).startsWith("Unknown subcommand 'frobnicate'.").contains("Usage: annals [-hvV] [COMMAND]");
    Fixtures.Run noSlug = Fixtures.annals("new", "paper");
    assertThat(noSlug.code()).isEqualTo(2);
    assertThat(noSlug.err()).startsWith("Missing required parameter: 'SLUG'");
    Fixtures.Run badPort = Fixtures.annals("serve", "--port", "abc");
    assertThat(badPort.code()).isEqualTo(2);
    assertThat(badPort.err()).startsWith("Invalid value for option '--port': 'abc' is not an int");
    Fixtures.Run noSuchPort = Fixtures.annals("serve", "--port", "70000", "--content", temp.resolve("none").toString());
    assertThat(noSuchPort.code()).isEqualTo(2);
    assertThat(noSuchPort.err()).startsWith("Invalid value for option '--port': 70000 is not a port from 0 to 65535"
        + System.lineSeparator() + "Usage: annals serve ");
    assertThat(Fixtures.annals("serve", "--port", "-1").err())
        .startsWith("Invalid value for option '--port': -1 is not a port from 0 to 65535");
  }

  @Test
  void reportsAMissingContentFolder() {
    Fixtures.Run run = Fixtures.annals("build", "--content", temp.resolve("nothing").toString(), "--out",
        temp.resolve("site").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("nothing:1:1: error: content folder not found")
        .contains("hint: run from the archive's folder or pass --content DIR")
        .endsWith("build failed: 1 error, 0 warnings" + System.lineSeparator());
  }

  @Test
  void anInternalErrorAsksForVerboseAndPrintsItsStackTraceWithIt() {
    java.io.StringWriter text = new java.io.StringWriter();
    java.io.PrintWriter none = new java.io.PrintWriter(java.io.Writer.nullWriter());
    Main plain = new Main(none, new java.io.PrintWriter(text));
    assertThat(plain.internalError(new IllegalStateException("broken"), "; a hint")).isEqualTo(1);
    assertThat(text.toString()).isEqualTo("internal error: java.lang.IllegalStateException: broken; a hint"
        + System.lineSeparator() + "run again with --verbose for the stack trace, and report it" + System.lineSeparator());
    java.io.StringWriter traced = new java.io.StringWriter();
    Main verbose = new Main(none, new java.io.PrintWriter(traced));
    verbose.commandLine().parseArgs("build", "--verbose");
    verbose.internalError(new IllegalStateException("broken"), "");
    assertThat(traced.toString()).startsWith("internal error: java.lang.IllegalStateException: broken")
        .contains("\tat org.annals.cli.MainTest.").doesNotContain("run again with --verbose");
  }

  @Test
  void verboseGivenToAnyCommandTurnsOnStackTraces() {
    java.io.PrintWriter none = new java.io.PrintWriter(java.io.Writer.nullWriter());
    for (String[] args : new String[][] {{"-v", "build"}, {"build", "--verbose"}, {"check", "-v", "site"},
        {"serve", "-v"}, {"new", "paper", "x", "--verbose"}, {"new", "-v", "paper", "x"}}) {
      Main main = new Main(none, none);
      main.commandLine().parseArgs(args);
      assertThat(main.verbose()).as(String.join(" ", args)).isTrue();
    }
    Main quiet = new Main(none, none);
    quiet.commandLine().parseArgs("build", "-q");
    assertThat(quiet.verbose()).isFalse();
  }

  @Test
  void everyCommandAcceptsTheVerboseOptionThatItsErrorsPointTo() {
    // An internal error tells the user to run again with --verbose: every command takes it.
    Fixtures.Run check = Fixtures.annals("check", "--verbose", temp.toString());
    assertThat(check.code()).as(check.err()).isEqualTo(1);
    assertThat(check.err()).startsWith(temp + ": error: no built site here");
    Fixtures.Run create = Fixtures.annals("new", "paper", "fresh", "-v", "--content", temp.resolve("c").toString());
    assertThat(create.code()).as(create.err()).isZero();
    Fixtures.Run serve = Fixtures.annals("serve", "--verbose", "--content", temp.resolve("none").toString());
    assertThat(serve.code()).as(serve.err()).isEqualTo(1);
    Fixtures.Run build = Fixtures.annals("build", "--verbose", "--content", temp.resolve("none").toString());
    assertThat(build.code()).as(build.err()).isEqualTo(1);
    assertThat(Fixtures.annals("help", "check").out()).contains("--verbose");
    assertThat(Fixtures.annals("help").out()).startsWith("Usage: annals [-hvV] [COMMAND]")
        .contains("help   Display help information about the specified command.");
  }
}
