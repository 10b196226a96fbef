package org.annals.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.check.ExternalLinkChecker;
import org.annals.check.HtmlValidator;
import org.annals.check.LinkChecker;
import org.annals.check.LinkProblem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code annals check}: verifies a built site. */
final class CheckCommand implements Callable<Integer> {
  private final Main main;
  private final CommandSpec spec = Specs.command("check", this,
      "Check a built site: every internal link and anchor (pages, sitemap, feed, search index),",
      "links that leave the base path, and HTML validity with the Nu Html Checker.");
  private final PositionalParamSpec site = Specs.add(spec, PositionalParamSpec.builder().index("0").arity("0..1")
      .paramLabel("SITE").type(Path.class).defaultValue("target/site")
      .description("The built site (default: ${DEFAULT-VALUE})."));
  private final OptionSpec baseUrl = Specs.add(spec, OptionSpec.builder("--base-url").paramLabel("URL")
      .type(String.class).description("The URL the site is published at (default: the home page's canonical link, if any)."));
  private final OptionSpec validatorClasspath = Specs.add(spec, OptionSpec.builder("--validator-classpath")
      .paramLabel("CP").type(String.class)
      .description("Class path of the Nu Html Checker (vnu.jar); without it HTML is not validated."));
  private final OptionSpec external = Specs.add(spec, OptionSpec.builder("--external").type(boolean.class)
      .description("Also fetch outside links (needs the network; timeout 15 s each)."));
  private final OptionSpec quiet = Specs.add(spec, OptionSpec.builder("-q", "--quiet").type(boolean.class)
      .description("Print only problems."));

  CheckCommand(Main main) {
    this.main = main;
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws Exception {
    Path site = this.site.getValue();
    String baseUrl = this.baseUrl.getValue();
    String validatorClasspath = this.validatorClasspath.getValue();
    boolean external = Specs.given(this.external);
    boolean quiet = Specs.given(this.quiet);
    if (!Files.isRegularFile(site.resolve("index.html"))) {
      main.err().println(site + ": error: no built site here (no index.html)");
      main.err().println("  hint: run 'annals build' first, or name the site's folder");
      main.err().flush();
      return 1;
    }
    LinkChecker links = new LinkChecker(site, Optional.ofNullable(baseUrl));
    List<LinkProblem> problems = new ArrayList<>(links.check());
    String validated = "";
    if (validatorClasspath != null && !validatorClasspath.isBlank()) {
      problems.addAll(new HtmlValidator(validatorClasspath).validate(site));
      validated = " and HTML validity";
    } else if (!quiet) {
      main.err().println("note: HTML was not validated; pass --validator-classpath with the Nu Html Checker (vnu.jar)");
    }
    if (external) {
      problems.addAll(new ExternalLinkChecker(Duration.ofSeconds(15), 4).check(links.externalLinks()));
    }
    for (LinkProblem problem : problems) {
      main.err().println(problem);
    }
    if (!problems.isEmpty()) {
      main.err().println("check failed: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
          + " in " + site);
      main.err().flush();
      return 1;
    }
    if (!quiet) {
      main.out().println("Checked " + links.pages() + " pages, " + links.links() + " links" + validated
          + (external ? ", " + links.externalLinks().size() + " outside links" : "") + ": no problems");
    }
    main.out().flush();
    main.err().flush();
    return 0;
  }
}
