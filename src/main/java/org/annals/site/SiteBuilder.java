package org.annals.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.config.SiteConfig;
import org.annals.config.SiteConfigLoader;
import org.annals.content.ArchiveReader;
import org.annals.diag.BuildFailedException;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourcePosition;
import org.annals.link.CitationResolver;
import org.annals.link.LinkedArchive;
import org.annals.model.Archive;
import org.annals.render.PageRenderer;
import org.annals.render.RenderedPage;
import org.annals.render.SiteFiles;
import org.annals.render.Templates;
import org.annals.search.SearchDocuments;
import org.annals.search.SearchIndexBuilder;

/**
 * Builds a site: settings, then every paper read, then citations resolved, then pages rendered
 * paper by paper in parallel and written through one {@link OutputWriter}. Stops at the first stage
 * with errors, reporting all of that stage's errors; the previous output stays as it was.
 */
public final class SiteBuilder {
  private SiteBuilder() {}

  /**
   * Builds the site described by {@code options}.
   *
   * @throws BuildFailedException when the input has errors; {@code diagnostics} holds them all
   */
  public static BuildResult build(BuildOptions options, Diagnostics diagnostics) {
    long started = System.nanoTime();
    checkFolders(options, diagnostics);
    diagnostics.throwIfErrors();

    SiteConfig site = SiteConfigLoader.load(options.content(), options.baseUrl(), diagnostics);
    diagnostics.throwIfErrors();
    Archive archive = ArchiveReader.read(options.content(), site, diagnostics);
    diagnostics.throwIfErrors();
    LinkedArchive linked = new CitationResolver(diagnostics).resolve(archive);
    diagnostics.throwIfErrors();

    Templates templates = new Templates(options.templates());
    PageRenderer renderer = new PageRenderer(site, templates, diagnostics);
    try (OutputWriter writer = new OutputWriter(options.out())) {
      write(writer, renderer.renderHome(linked));
      write(writer, renderer.renderSearch());
      linked.papers().parallelStream().forEach(paper -> write(writer, renderer.renderPaper(paper)));
      diagnostics.throwIfErrors();
      SearchIndexFiles.write(SearchIndexBuilder.build(SearchDocuments.of(linked)), writer);
      write(writer, new SiteFiles(site, templates, diagnostics, options.sourceDate()).render(linked));
      linked.papers().forEach(paper -> CitationFiles.write(paper, site, writer));
      for (Map.Entry<String, byte[]> file : StaticFiles.collect(options.staticDir()).entrySet()) {
        if (writer.has(file.getKey())) {
          diagnostics.error(SourcePosition.startOf(options.staticDir().orElse(Path.of("static")).resolve(file.getKey())),
              null, "static file " + file.getKey() + " would replace a file that Annals generates",
              "rename or remove the static file");
          continue;
        }
        writer.write(file.getKey(), file.getValue());
      }
      diagnostics.throwIfErrors();
      writer.commit();
      return new BuildResult(options.out(), writer.pages(), writer.files(), writer.bytes(),
          diagnostics.warningCount(), Duration.ofNanos(System.nanoTime() - started));
    } catch (IOException | UncheckedIOException e) {
      diagnostics.error(SourcePosition.startOf(options.out()), null, "cannot write the site: " + e.getMessage(),
          "check that the output folder's parent is writable and the disk has space");
      throw new BuildFailedException(diagnostics);
    }
  }

  private static void write(OutputWriter writer, List<RenderedPage> pages) {
    for (RenderedPage page : pages) {
      writer.write(page.path(), page.content());
    }
  }

  private static void checkFolders(BuildOptions options, Diagnostics diagnostics) {
    if (!Files.isDirectory(options.content())) {
      diagnostics.error(SourcePosition.startOf(options.content()), null, "content folder not found",
          "run from the archive's folder or pass --content DIR");
      return;
    }
    requireFolder(options.templates(), "templates", diagnostics);
    requireFolder(options.staticDir(), "static", diagnostics);
    Path out = options.out().toAbsolutePath().normalize();
    for (Optional<Path> input : List.of(Optional.of(options.content()), options.templates(), options.staticDir())) {
      if (input.isEmpty()) {
        continue;
      }
      Path in = input.get().toAbsolutePath().normalize();
      if (out.startsWith(in) || in.startsWith(out)) {
        diagnostics.error(SourcePosition.startOf(options.out()), null,
            "the output folder overlaps the input folder " + input.get(),
            "Annals replaces the output folder whole; choose one outside content, templates and static, such as target/site");
      }
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      diagnostics.error(SourcePosition.startOf(options.out()), null, "the output path is a file",
          "pass --out with a folder path");
    }
  }

  private static void requireFolder(Optional<Path> folder, String what, Diagnostics diagnostics) {
    if (folder.isPresent() && !Files.isDirectory(folder.get())) {
      diagnostics.error(SourcePosition.startOf(folder.get()), null, what + " folder not found",
          "pass an existing folder, or leave the option out to use the built-in " + what);
    }
  }
}
