package org.annals.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.annals.config.SiteConfig;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourcePosition;
import org.annals.model.Archive;
import org.annals.model.Paper;
import org.annals.model.PartialDate;

/** Reads every paper under {@code content/papers/}, in parallel, into an {@link Archive}. */
public final class ArchiveReader {
  /** The folder of papers inside the content folder. */
  public static final String PAPERS = "papers";
  /** The file of a paper inside its folder. */
  public static final String PAPER_FILE = "paper.md";
  /** The other name a paper's file may have, as Quarto and Hugo name it. */
  public static final String INDEX_FILE = "index.md";


  private ArchiveReader() {}

  /** Reads the archive; problems go to {@code diagnostics}, and papers with errors are left out. */
  public static Archive read(Path contentDir, SiteConfig site, Diagnostics diagnostics) {
    List<Paper> papers = paperFolders(contentDir, diagnostics).parallelStream()
        .map(folder -> readSource(folder, diagnostics).flatMap(text -> parse(folder, text, diagnostics)))
        .flatMap(Optional::stream)
        .toList();
    return new Archive(site, ordered(papers));
  }

  /** The folders of {@code content/papers/}, sorted by name. */
  public static List<Path> paperFolders(Path contentDir, Diagnostics diagnostics) {
    Path papersDir = contentDir.resolve(PAPERS);
    if (!Files.isDirectory(papersDir)) {
      diagnostics.error(SourcePosition.startOf(papersDir), null, "no papers folder",
          "create " + papersDir + "/<slug>/" + PAPER_FILE + " for each paper");
      return List.of();
    }
    try (Stream<Path> entries = Files.list(papersDir)) {
      List<Path> folders = entries.sorted().filter(entry -> isPaperFolder(entry, contentDir, diagnostics)).toList();
      if (folders.isEmpty()) {
        diagnostics.error(SourcePosition.startOf(papersDir), null, "the papers folder holds no paper",
            "create " + papersDir + "/<slug>/" + PAPER_FILE);
      }
      return folders;
    } catch (IOException e) {
      diagnostics.error(SourcePosition.startOf(papersDir), null, "cannot list the papers: " + e.getMessage(),
          "check the folder's permissions");
      return List.of();
    }
  }

  /**
   * Whether an entry of the papers folder is a paper's folder: a folder, or a link to one inside
   * the content folder; a link that leads outside it or round in a loop is an error.
   */
  private static boolean isPaperFolder(Path entry, Path contentDir, Diagnostics diagnostics) {
    // One look at the entry itself answers for all but links: a preview rebuild lists 10,000 folders.
    java.nio.file.attribute.BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(entry, java.nio.file.attribute.BasicFileAttributes.class,
          java.nio.file.LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false;
    }
    if (!attributes.isSymbolicLink()) {
      return attributes.isDirectory();
    }
    try {
      Path real = entry.toRealPath();
      if (!real.startsWith(contentDir.toRealPath())) {
        diagnostics.error(SourcePosition.startOf(entry), null, "paper folder is a link to a folder outside the"
            + " content folder", "move or copy the paper into " + contentDir.resolve(PAPERS));
        return false;
      }
      return Files.isDirectory(real);
    } catch (IOException e) {
      diagnostics.error(SourcePosition.startOf(entry), null, "paper folder is a link that leads nowhere or round in"
          + " a loop", "point it at a folder inside the content folder, or remove it");
      return false;
    }
  }

  /** The Markdown file of a paper folder: {@code paper.md}, or else {@code index.md}. */
  public static Path paperFile(Path folder) {
    Path paper = folder.resolve(PAPER_FILE);
    Path index = folder.resolve(INDEX_FILE);
    return !Files.isRegularFile(paper) && Files.isRegularFile(index) ? index : paper;
  }

  /** The text of a paper folder's {@code paper.md} (or {@code index.md}), with Windows line ends made Unix ones. */
  public static Optional<String> readSource(Path folder, Diagnostics diagnostics) {
    String slug = folder.getFileName().toString();
    Path file = paperFile(folder);
    if (!org.annals.model.Slugs.isSlug(slug)) {
      diagnostics.error(SourcePosition.startOf(folder), null, "paper folder name '" + slug + "' is not a URL slug",
          "use lower-case letters, digits and hyphens, such as us-japan-relations");
      return Optional.empty();
    }
    if (slug.equals("page")) {
      diagnostics.error(SourcePosition.startOf(folder), null, "a paper folder cannot be named 'page'",
          "papers/page/ holds the list of papers beyond its first page; rename the folder");
      return Optional.empty();
    }
    if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.error(SourcePosition.startOf(file), null, file.getFileName() + " is a folder, not a file",
          "the paper's text is the file " + PAPER_FILE + " in its folder; move what the folder holds elsewhere");
      return Optional.empty();
    }
    if (!Files.isRegularFile(file) && !Files.isSymbolicLink(file)) {
      diagnostics.error(SourcePosition.startOf(file), null, "paper folder has no " + PAPER_FILE,
          "add " + file + " (or " + INDEX_FILE + ") or remove the folder");
      return Optional.empty();
    }
    if (Files.isRegularFile(folder.resolve(INDEX_FILE)) && file.getFileName().toString().equals(PAPER_FILE)) {
      diagnostics.error(SourcePosition.startOf(folder.resolve(INDEX_FILE)), null,
          "paper folder has both " + PAPER_FILE + " and " + INDEX_FILE, "keep one of them");
      return Optional.empty();
    }
    Path content = folder.getParent() == null ? null : folder.getParent().getParent();
    return org.annals.diag.TextFiles.read(file, content, org.annals.diag.TextFiles.MAX_PAPER_BYTES, diagnostics);
  }

  /** Reads the paper of a folder from its text. */
  public static Optional<Paper> parse(Path folder, String text, Diagnostics diagnostics) {
    return parse(folder, text, true, diagnostics);
  }

  /** Reads the paper of a folder from its text; without {@code blockHtml}, its blocks' HTML is left empty. */
  public static Optional<Paper> parse(Path folder, String text, boolean blockHtml, Diagnostics diagnostics) {
    return new PaperReader(diagnostics, blockHtml).read(folder.getFileName().toString(), paperFile(folder), text);
  }

  /** The papers in the archive's order. */
  public static List<Paper> ordered(java.util.Collection<Paper> papers) {
    return papers.stream().sorted(newestFirst()).toList();
  }

  /** Newest first; undated papers last; then by title and slug, so the order never depends on the file system. */
  private static Comparator<Paper> newestFirst() {
    Comparator<Optional<PartialDate>> byDate = (a, b) -> {
      if (a.isPresent() && b.isPresent()) {
        return b.get().compareTo(a.get());
      }
      return Boolean.compare(a.isEmpty(), b.isEmpty());
    };
    return Comparator.comparing(Paper::date, byDate).thenComparing(Paper::title).thenComparing(Paper::slug);
  }
}
