package org.annals.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.annals.content.ArchiveReader;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code annals new}: starts new content from a skeleton. */
final class NewCommand implements Callable<Integer> {
  private final Main main;
  private final CommandSpec spec = Specs.command("new", this, "Create new content from a skeleton.");

  NewCommand(Main main) {
    this.main = main;
    spec.addSubcommand("paper", new Paper(main).spec);
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    main.err().println("Missing kind: try 'annals new paper <slug>'.");
    spec.commandLine().usage(main.err());
    return CommandLine.ExitCode.USAGE;
  }

  /** {@code annals new paper <slug>}: writes {@code content/papers/<slug>/paper.md}, never over an existing one. */
  static final class Paper implements Callable<Integer> {
    private final Main main;
    private final CommandSpec spec = Specs.command("paper", this,
        "Create content/papers/<slug>/paper.md with front matter, sections and a reference list.");
    private final PositionalParamSpec slug = Specs.add(spec, PositionalParamSpec.builder().index("0").arity("1")
        .required(true).paramLabel("SLUG").type(String.class).description("The paper's URL name: lower-case letters, digits, hyphens."));
    private final OptionSpec content = Specs.add(spec, OptionSpec.builder("--content").paramLabel("DIR")
        .type(Path.class).defaultValue("content").description("The content folder (default: ${DEFAULT-VALUE})."));
    private final OptionSpec title = Specs.add(spec, OptionSpec.builder("--title").paramLabel("TITLE")
        .type(String.class).description("The paper's title."));

    private Paper(Main main) {
      this.main = main;
    }

    @Override
    public Integer call() {
      String slug = this.slug.getValue();
      Path content = this.content.getValue();
      String title = this.title.getValue();
      if (!org.annals.model.Slugs.isSlug(slug)) {
        main.err().println("annals: '" + slug + "' is not a slug: use lower-case letters, digits and hyphens,"
            + " such as us-japan-relations");
        main.err().flush();
        return CommandLine.ExitCode.USAGE;
      }
      Path file = content.resolve(ArchiveReader.PAPERS).resolve(slug).resolve(ArchiveReader.PAPER_FILE);
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, skeleton(title == null || title.isBlank() ? "Title of the paper" : title.strip()),
            StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        main.err().println(file + ": error: the paper already exists");
        main.err().println("  hint: choose another slug, or edit the file");
        main.err().flush();
        return 1;
      } catch (IOException e) {
        main.err().println(file + ": error: cannot write the paper: " + e.getMessage());
        main.err().flush();
        return 1;
      }
      main.out().println("Created " + file.toString().replace('\\', '/'));
      main.out().flush();
      return 0;
    }

    /** A paper that builds without errors or warnings and shows every part of the format. */
    static String skeleton(String title) {
      String quoted = title.replace("\\", "\\\\").replace("\"", "\\\"");
      return """
          ---
          title: "%s"
          authors:
            - name: "Given Family"
              affiliation: "Institution, Country"
          # date: 2025-01-31          (a year, or year-month-day)
          keywords: ["first keyword", "second keyword"]
          abstract: "One paragraph that says what the paper finds."
          # areas: "2"                (the section whose subsections are the paper's areas)
          ---

          ## 1. Introduction

          Write the introduction here. Cite a work by its author and year (Family, 2024).

          ## 2. Discussion

          ### 2.1. First area

          Each numbered heading gets its own page; each paragraph gets an anchor.

          ## 3. Conclusion

          Sum up here.

          ## References

          - [1]. Given Family. (2024). *Title of the cited work*. January 31, 2024. <https://example.org/work>
          """.formatted(quoted);
    }
  }
}
