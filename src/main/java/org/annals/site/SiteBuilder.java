package org.annals.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.annals.diag.BuildFailedException;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourcePosition;

/**
 * Builds a site once, for {@code annals build}: a {@link SiteGenerator} writes through one staged
 * {@link OutputWriter}, whose files go into the output folder only when the whole site is written
 * (a whole site swapped in, or, when the {@link BuildCache} leaves papers to keep, the files written
 * moved in). Stops at the first stage with errors, reporting all of that stage's errors; the
 * previous output and its cache stay as they were.
 */
public final class SiteBuilder {
  private SiteBuilder() {}

  /**
   * Builds the site described by {@code options} into a staging folder and swaps it in.
   *
   * @throws BuildFailedException when the input has errors; {@code diagnostics} holds them all
   */
  public static BuildResult build(BuildOptions options, Diagnostics diagnostics) {
    return build(options, diagnostics, BuildProgress.NONE);
  }

  /** Builds as {@link #build(BuildOptions, Diagnostics)}, telling {@code progress} how far it is. */
  public static BuildResult build(BuildOptions options, Diagnostics diagnostics, BuildProgress progress) {
    return build(options, diagnostics, progress, true);
  }

  /**
   * Builds as {@link #build(BuildOptions, Diagnostics)}; with {@code cached}, keeps the files of
   * every paper that the last build into the same output left unchanged ({@link BuildCache}),
   * else makes every page afresh. Either way the build is recorded for the next.
   */
  public static BuildResult build(BuildOptions options, Diagnostics diagnostics, BuildProgress progress,
      boolean cached) {
    long started = System.nanoTime();
    checkFolders(options, diagnostics);
    diagnostics.throwIfErrors();
    BuildCache cache = cached ? BuildCache.open(options) : BuildCache.fresh(options);
    try (OutputWriter writer = cache.warm() ? new OutputWriter(options.out(), cache.lastFiles())
        : new OutputWriter(options.out())) {
      BuildResult result = SiteGenerator.once(options, cache).build(writer, diagnostics, progress);
      cache.forget();
      writer.commit();
      cache.save();
      return new BuildResult(result.out(), result.pages(), result.files(), result.bytes(), result.warnings(),
          Duration.ofNanos(System.nanoTime() - started), cache.keptPapers(), cache.takenReadings(), cache.unreadTexts(),
          result.keptArchive(), result.keptIndex());
    } catch (IOException | UncheckedIOException e) {
      diagnostics.error(SourcePosition.startOf(options.out()), null, "cannot write the site: " + e.getMessage(),
          "check that the output folder's parent is writable and the disk has space");
      throw new BuildFailedException(diagnostics);
    }
  }

  /**
   * Checks the folders before anything is written: the inputs exist, and the output overlaps none
   * of them (the output folder is replaced or updated, and its staging folder and build cache sit beside it).
   */
  public static void checkFolders(BuildOptions options, Diagnostics diagnostics) {
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
