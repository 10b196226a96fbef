package org.annals.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.config.SiteConfig;
import org.annals.config.SiteConfigLoader;
import org.annals.content.ArchiveReader;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourcePosition;
import org.annals.link.CitationResolver;
import org.annals.link.LinkedArchive;
import org.annals.link.LinkedPaper;
import org.annals.model.Archive;
import org.annals.model.Paper;
import org.annals.render.ArchivePages;
import org.annals.render.PaperPages;
import org.annals.render.RenderedPage;
import org.annals.render.SiteFiles;
import org.annals.render.Templates;
import org.annals.search.SearchDocuments;
import org.annals.search.SearchIndexBuilder;

/**
 * Runs the stages for one archive: settings, papers read and resolved (each on its own, in
 * parallel), pages rendered paper by paper, then the archive-wide files. A generator remembers each
 * paper's text, model and files: built again into the same output, it reuses every paper whose
 * folder is unchanged (its text, bibliography, figures), so a preview rebuild after a one-paragraph edit reads, resolves and renders
 * one paper. {@link #invalidate()} forgets everything, for changes to settings, templates or
 * static files, which every page depends on.
 */
public final class SiteGenerator {
  private final BuildOptions options;
  private final Map<Path, Cached> cache = new ConcurrentHashMap<>();
  private final Set<Path> lastRendered = ConcurrentHashMap.newKeySet();

  /**
   * What a paper gave the last build: the digest of its text (the text itself is not kept: at
   * 10,000 papers it would be hundreds of megabytes), the stamp of its folder's other files, its model,
   * its warnings, the files it wrote and the fingerprint of what its pages showed of other papers.
   */
  private record Cached(String digest, String stamp, LinkedPaper linked, Diagnostics warnings,
      List<BuildCache.File> files, String fingerprint, String placeKey) {}

  /**
   * One paper's state during a build; a paper read only for its place holds its search documents,
   * made while its text was read.
   */
  private record Step(Path folder, String digest, String stamp, LinkedPaper linked, Diagnostics warnings,
      Cached reused, String placeKey, List<SearchIndexBuilder.Prepared> documents) {}

  /**
   * How many bytes of memory a paper's model and its share of the search index take, for each
   * byte of its Markdown (measured: about 140 KB for the model and 70 KB for the index of a paper of
   * 23.5 KB).
   */
  static final int MODEL_BYTES_PER_BYTE = 9;
  /**
   * The most memory a build holds papers' models in whole: past it, reading each paper twice takes
   * the same time on two cores (10,000 generated papers: 97 s against 100 s) in 1.9 GB instead of
   * 4.7 GB.
   */
  static final long WHOLE_MODELS_BYTES = 512L << 20;

  /** Whether this generator keeps what it built, for the next build into the same output. */
  private final boolean remembers;
  /**
   * Whether papers are read twice: once for their place in the archive, their search documents
   * and their warnings, then again to render their pages; null to decide by the archive's size.
   */
  private final Boolean readTwice;
  /** What the last {@code annals build} into the same output left, and what this one leaves; null for none. */
  private final BuildCache buildCache;

  /** The key of every paper's place in the archive, in order, at the last build; null to make everything again. */
  private String lastArchiveKey;
  /** The catalogue of the last build. */
  private org.annals.link.Catalogue lastCatalogue;
  /** The files of the archive's own pages (lists, feeds, sitemap, 404) at the last build. */
  private List<BuildCache.File> lastArchiveFiles;
  /** The search index's files as last written. */
  private List<String> lastIndexFiles;
  /** The archive whose search index a build left to be made afterwards, if any. */
  private LinkedArchive deferredIndex;
  /** The templates, parsed once until {@link #invalidate()}. */
  private Templates templates;
  /** Whether the last build kept the archive's own pages and catalogue. */
  private volatile boolean keptArchive;

  /** A generator that builds again and again into one output, keeping what it can reuse. */
  public SiteGenerator(BuildOptions options) {
    this(options, true, false);
  }

  /**
   * @param remembers keep each paper's model, files and fingerprint for the next build
   * @param readTwice read each paper twice (see {@link #once}); null to decide by the archive's size
   */
  SiteGenerator(BuildOptions options, boolean remembers, Boolean readTwice) {
    this(options, remembers, readTwice, null);
  }

  private SiteGenerator(BuildOptions options, boolean remembers, Boolean readTwice, BuildCache buildCache) {
    this.options = options;
    this.remembers = remembers;
    this.readTwice = readTwice;
    this.buildCache = buildCache;
  }

  /**
   * A generator for one build, which keeps nothing afterwards. When every paper's model would take
   * more than {@link #WHOLE_MODELS_BYTES} or half the memory the JVM may use
   * ({@link #MODEL_BYTES_PER_BYTE} bytes a byte of Markdown), it reads each paper twice: first for
   * what the catalogue, the archive's own pages and the search index need, keeping only that, then
   * again, paper by paper, to render its pages. The output is the same bytes.
   */
  public static SiteGenerator once(BuildOptions options) {
    return new SiteGenerator(options, false, null);
  }

  /**
   * A generator for one build that keeps the files of every paper the last build into the same
   * output left unchanged ({@link BuildCache}), and records this build in {@code cache}. With
   * something to keep, papers are first read for their place only, and only those whose pages
   * change are read whole.
   */
  public static SiteGenerator once(BuildOptions options, BuildCache cache) {
    return new SiteGenerator(options, false, null, cache);
  }

  /** Words for an index whose stored records wait in a temporary file; an error when none can be made. */
  private static SearchIndexBuilder.Words spillingWords(Diagnostics diagnostics) {
    Path folder = temporaryFolder();
    try {
      return new SearchIndexBuilder.Words(folder);
    } catch (UncheckedIOException e) {
      String why = e.getCause() instanceof java.nio.file.NoSuchFileException ? "the folder does not exist"
          : e.getCause() instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : String.valueOf(e.getCause().getMessage());
      diagnostics.error(SourcePosition.startOf(folder), null, "cannot make the search index's temporary file here: "
          + why, "give Java a writable temporary folder: JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=DIR");
      diagnostics.throwIfErrors();
      throw e;
    }
  }

  /**
   * Words for a build that has papers to keep from the last, which reads papers first for their
   * place only; null, to read them whole as before, when no temporary file can be made.
   */
  private static SearchIndexBuilder.Words keepingWords() {
    try {
      return new SearchIndexBuilder.Words(temporaryFolder());
    } catch (UncheckedIOException e) {
      return null;
    }
  }

  private static Path temporaryFolder() {
    return Path.of(System.getProperty("java.io.tmpdir"));
  }

  /** Whether the papers in these folders are read twice, their models being too large to hold together. */
  private boolean readsTwice(List<Path> folders) {
    if (readTwice != null) {
      return readTwice;
    }
    if (remembers) {
      return false;
    }
    long bytes = 0;
    for (Path folder : folders) {
      try {
        bytes += java.nio.file.Files.size(ArchiveReader.paperFile(folder));
      } catch (IOException e) {
        // The read reports it.
      }
    }
    return readsTwice(bytes, Runtime.getRuntime().maxMemory());
  }

  /** Whether papers of this much Markdown are read twice by a JVM that may use this much memory. */
  static boolean readsTwice(long markdownBytes, long maxMemory) {
    return markdownBytes * MODEL_BYTES_PER_BYTE > Math.min(WHOLE_MODELS_BYTES, maxMemory / 2);
  }

  /** Forgets every paper: the next build renders all of them. */
  public void invalidate() {
    cache.clear();
    templates = null;
    lastArchiveKey = null;
    lastCatalogue = null;
    lastArchiveFiles = null;
  }

  /**
   * Builds everything into {@code out}, the search index included; see
   * {@link #build(SiteOutput, Diagnostics, BuildProgress, Set, boolean)}.
   */
  public BuildResult build(SiteOutput out, Diagnostics diagnostics, BuildProgress progress) {
    return build(out, diagnostics, progress, null, false);
  }

  /**
   * The archive whose search index the last build left to be made, once: its files are made by
   * {@link #indexFiles(LinkedArchive)} and written in place of {@link #lastIndexFiles()}.
   */
  public synchronized Optional<LinkedArchive> takeDeferredIndex() {
    Optional<LinkedArchive> archive = Optional.ofNullable(deferredIndex);
    deferredIndex = null;
    return archive;
  }

  /** Whether the last build kept the archive's own pages and catalogue, every paper's place being unchanged. */
  boolean keptArchive() {
    return keptArchive;
  }

  /** The search index's files as last written. */
  public synchronized List<String> lastIndexFiles() {
    return lastIndexFiles == null ? List.of() : lastIndexFiles;
  }

  /** Records the files of a search index written after its build. */
  public synchronized void indexWritten(java.util.Collection<String> files) {
    lastIndexFiles = files.stream().sorted().toList();
  }

  /** The files of an archive's search index, by path. */
  public static Map<String, byte[]> indexFiles(LinkedArchive archive) {
    return SearchIndexFiles.files(SearchIndexBuilder.build(SearchDocuments.of(archive)));
  }

  /**
   * Builds into {@code out}, whose folders the caller has checked with {@link
   * SiteBuilder#checkFolders} before creating the output. Throws {@link
   * org.annals.diag.BuildFailedException} when the input has errors, after recording all of them.
   *
   * <p>A rebuild reuses what it can. Papers whose folders are unchanged keep their pages. When every
   * paper keeps its {@link org.annals.link.Catalogue#placeKey place} (an edit to a paper's text that
   * changes no title, author, date, keyword, abstract, first sentence, reference, heading or citing
   * sentence), the catalogue, the archive's own pages and feeds are those of the last build.
   *
   * @param touched the paper folders that changed since the last build, as a watcher saw them; the
   *     others are taken from the last build without looking at them; null to look at every folder
   * @param deferIndex keep the last search index and leave this archive's to be made afterwards
   *     ({@link #takeDeferredIndex()}), so that the pages are written first; the first build of a
   *     generator always makes its index
   */
  public BuildResult build(SiteOutput out, Diagnostics diagnostics, BuildProgress progress, Set<Path> touched,
      boolean deferIndex) {
    long started = System.nanoTime();
    // The static files are read from the jar while the papers are read.
    java.util.concurrent.CompletableFuture<Map<String, byte[]>> statics = java.util.concurrent.CompletableFuture
        .supplyAsync(() -> {
          try {
            return StaticFiles.collect(options.staticDir());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }, ARCHIVE_WIDE);
    // So are the templates, the first time.
    java.util.concurrent.CompletableFuture<Templates> templates = this.templates != null
        ? java.util.concurrent.CompletableFuture.completedFuture(this.templates)
        : java.util.concurrent.CompletableFuture.supplyAsync(() -> new Templates(options.templates()).parsed(),
            ARCHIVE_WIDE);
    SiteConfig site = SiteConfigLoader.load(options.content(), options.baseUrl(), diagnostics);
    diagnostics.throwIfErrors();

    List<Path> folders = ArchiveReader.paperFolders(options.content(), diagnostics);
    boolean twice = readsTwice(folders);
    SearchIndexBuilder.Words words = twice ? spillingWords(diagnostics)
        : buildCache != null && buildCache.warm() ? keepingWords() : null;
    boolean placeOnly = words != null;
    if (words == null && buildCache != null) {
      // Papers read whole still give the cache what reading them for their place would.
      words = new SearchIndexBuilder.Words();
    }
    if (buildCache != null) {
      buildCache.numbers(words);
    }
    try {
      return build(out, diagnostics, progress, touched, deferIndex, started, site, folders, words, placeOnly, statics,
          templates);
    } finally {
      if (words != null) {
        words.close();
      }
    }
  }

  private BuildResult build(SiteOutput out, Diagnostics diagnostics, BuildProgress progress, Set<Path> touched,
      boolean deferIndex, long started, SiteConfig site, List<Path> folders, SearchIndexBuilder.Words words,
      boolean twice, java.util.concurrent.CompletableFuture<Map<String, byte[]>> staticFiles,
      java.util.concurrent.CompletableFuture<Templates> madeTemplates) {
    // The papers' models are held only while their pages are made: the search index, which may still
    // be in the making, then has their memory.
    Pages pages = pages(out, diagnostics, progress, touched, deferIndex, site, folders, words, twice, staticFiles,
        madeTemplates);
    List<String> indexFiles = new ArrayList<>();
    if (pages.deferred()) {
      lastIndexFiles.forEach(out::keep);
      indexFiles.addAll(lastIndexFiles);
    } else if (pages.keptIndex().isPresent()) {
      for (BuildCache.File file : pages.keptIndex().get()) {
        out.keep(file.path(), file.size());
        indexFiles.add(file.path());
      }
    } else {
      SearchIndexFiles.write(pages.searchIndex().get(), (path, bytes) -> {
        out.write(path, bytes);
        indexFiles.add(path);
      });
    }
    Map<String, byte[]> statics = pages.statics();
    for (Map.Entry<String, byte[]> file : statics.entrySet()) {
      if (out.has(file.getKey())) {
        diagnostics.error(SourcePosition.startOf(options.staticDir().orElse(Path.of("static")).resolve(file.getKey())),
            null, "static file " + file.getKey() + " would replace a file that Annals generates",
            "rename or remove the static file");
        continue;
      }
      out.write(file.getKey(), file.getValue());
    }
    diagnostics.throwIfErrors();
    if (buildCache != null) {
      buildCache.archive(pages.archiveKey(), pages.archiveFiles());
      buildCache.others(statics.keySet(), indexFiles);
    }
    cache.clear();
    cache.putAll(pages.next());
    synchronized (this) {
      lastArchiveKey = pages.archiveKey();
      keptArchive = pages.samePlaces();
      lastCatalogue = pages.catalogue();
      lastArchiveFiles = List.copyOf(pages.archiveFiles());
      lastIndexFiles = List.copyOf(indexFiles);
      deferredIndex = pages.deferred() ? pages.archive() : null;
    }
    return new BuildResult(options.out(), out.pages(), out.files(), out.bytes(), diagnostics.warningCount(),
        Duration.ofNanos(System.nanoTime() - started), 0, 0, 0, pages.archiveKept(), pages.keptIndex().isPresent());
  }

  /**
   * What making the pages leaves the rest of a build: the archive's own files and whether they were
   * kept from the last build, the search index (being made, or made when asked), the last build's
   * index files when they are kept as they are, whether it was deferred, the static files, the key
   * of the papers' places and whether it was the last build's, and for a generator that builds
   * again, the catalogue, the papers it keeps and the archive whose index was deferred.
   */
  private record Pages(List<BuildCache.File> archiveFiles, boolean archiveKept,
      java.util.function.Supplier<org.annals.search.SearchIndex> searchIndex,
      Optional<List<BuildCache.File>> keptIndex, boolean deferred,
      Map<String, byte[]> statics, String archiveKey, boolean samePlaces, org.annals.link.Catalogue catalogue,
      Map<Path, Cached> next, LinkedArchive archive) {}

  /**
   * Reads the papers, makes the catalogue, starts the search index and writes every page: the
   * papers', the archive's own and its feeds and sitemap.
   */
  private Pages pages(SiteOutput out, Diagnostics diagnostics, BuildProgress progress, Set<Path> touched,
      boolean deferIndex, SiteConfig site, List<Path> folders, SearchIndexBuilder.Words words, boolean twice,
      java.util.concurrent.CompletableFuture<Map<String, byte[]>> staticFiles,
      java.util.concurrent.CompletableFuture<Templates> madeTemplates) {
    LinkedPaper.Shared shared = new LinkedPaper.Shared();
    List<Step> steps = folders.parallelStream()
        .map(folder -> read(folder, touched, diagnostics, words, twice, shared))
        .filter(Objects::nonNull)
        .toList();
    diagnostics.throwIfErrors();
    Map<Paper, Step> byPaper = new java.util.IdentityHashMap<>();
    steps.forEach(step -> byPaper.put(step.linked().paper(), step));
    List<Paper> ordered = ArchiveReader.ordered(byPaper.keySet());
    List<LinkedPaper> papers = ordered.stream().map(p -> byPaper.get(p).linked()).toList();
    // Only a generator that builds again compares the papers' places with the last build's.
    StringBuilder places = new StringBuilder();
    if (comparesPlaces()) {
      ordered.forEach(p -> places.append(byPaper.get(p).placeKey()).append('\n'));
    }
    String archiveKey = comparesPlaces() ? digest(places.toString()) : null;
    boolean samePlaces = archiveKey != null && archiveKey.equals(lastArchiveKey) && lastCatalogue != null
        && lastArchiveFiles != null;
    // The archive's own pages are kept when every paper keeps its place since the last build, in
    // memory or in the build cache.
    Optional<List<BuildCache.File>> archiveKept = samePlaces ? Optional.of(lastArchiveFiles)
        : buildCache == null ? Optional.empty() : buildCache.keepableArchive(archiveKey);
    org.annals.link.Catalogue catalogue;
    if (samePlaces) {
      Map<Paper, Paper> replaced = new java.util.IdentityHashMap<>();
      for (Step step : steps) {
        Cached before = cache.get(step.folder());
        if (step.reused() == null && before != null) {
          replaced.put(step.linked().paper(), before.linked().paper());
        }
      }
      catalogue = lastCatalogue.replacing(replaced);
    } else {
      catalogue = org.annals.link.Catalogue.of(papers);
    }
    LinkedArchive linked = new LinkedArchive(new Archive(site, ordered), papers, catalogue);

    Templates templates = join(madeTemplates);
    this.templates = templates;
    PaperPages renderer = new PaperPages(site, templates, diagnostics);
    ArchivePages archivePages = new ArchivePages(site, templates, diagnostics);
    AtomicInteger done = new AtomicInteger();
    // Papers whose text and files are those the last build had: when all are, so are the index's documents.
    AtomicInteger unchangedPapers = new AtomicInteger();
    lastRendered.clear();
    Map<Path, Cached> next = new ConcurrentHashMap<>();
    // The archive's pages and search index need only the model: they are made while papers render.
    // The archive's pages are written as they are made: at 10,000 papers they weigh 300 MB.
    java.util.concurrent.CompletableFuture<List<BuildCache.File>> archiveWide = archiveKept.isPresent()
        ? java.util.concurrent.CompletableFuture.completedFuture(List.of())
        : java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          List<BuildCache.File> written = new ArrayList<>();
          archivePages.render(linked, page -> written.add(write(out, page)));
          return written;
        }, ARCHIVE_WIDE);
    boolean deferred = deferIndex && lastIndexFiles != null;
    // The index holds what it needs of the papers, not their models.
    List<SearchIndexBuilder.Prepared> documents = deferred || words == null ? null
        : documents(ordered, byPaper, catalogue, words);
    boolean placesCached = buildCache != null && buildCache.samePlaces(archiveKey);
    // With every paper in its place, most pages are kept and the papers' models are let go soon:
    // the index is made after them, in the memory they held, instead of beside them, where the
    // collector ran out of room (a one-sentence edit of 10,000 papers, four interleaved pairs:
    // 18.8–19.8 s against 20.1–25.6 s, collections 3.7 s against 6.8 s).
    java.util.function.Supplier<org.annals.search.SearchIndex> searchIndex;
    if (deferred) {
      searchIndex = () -> null;
    } else if (placesCached && documents != null) {
      searchIndex = () -> SearchIndexBuilder.build(documents, words);
    } else {
      java.util.concurrent.CompletableFuture<org.annals.search.SearchIndex> making = documents != null
          ? java.util.concurrent.CompletableFuture.supplyAsync(() -> SearchIndexBuilder.build(documents, words),
              ARCHIVE_WIDE)
          : java.util.concurrent.CompletableFuture.supplyAsync(
              () -> SearchIndexBuilder.build(SearchDocuments.of(linked)), ARCHIVE_WIDE);
      searchIndex = () -> join(making);
    }
    try {
      steps.parallelStream().forEach(step -> {
        String name = step.folder().getFileName().toString();
        // With every paper in its place the catalogue is the last one, and so is what an unchanged
        // paper's pages show of it.
        Optional<List<BuildCache.File>> unchanged = placesCached && step.reused() == null
            ? buildCache.keepUnchanged(name, step.digest(), step.stamp()) : Optional.empty();
        String fingerprint = unchanged.isPresent() ? null
            : samePlaces && step.reused() != null ? step.reused().fingerprint()
            : catalogue.fingerprint(step.linked().paper());
        boolean reuse = step.reused() != null && step.reused().fingerprint().equals(fingerprint);
        Optional<List<BuildCache.File>> kept = unchanged.isPresent() ? unchanged
            : reuse || buildCache == null ? Optional.empty()
            : buildCache.keep(name, step.digest(), step.stamp(), fingerprint);
        kept.ifPresent(files -> files.forEach(f -> out.keep(f.path(), f.size())));
        if (unchanged.isPresent()) {
          unchangedPapers.incrementAndGet();
        }
        Cached cached = reuse ? keep(step.reused(), out)
            : kept.isPresent() ? null
            : twice ? writeAgain(step, renderer, catalogue, fingerprint, site, out, diagnostics)
            : write(step, renderer, catalogue, fingerprint, site, out);
        if (buildCache != null && kept.isEmpty() && cached != null) {
          buildCache.written(name, step.digest(), step.stamp(), fingerprint, cached.files());
        }
        if (!reuse && kept.isEmpty()) {
          lastRendered.add(step.folder());
        }
        if (remembers && cached != null) {
          next.put(step.folder(), cached);
        }
        progress.papers(done.incrementAndGet(), steps.size());
      });
    } catch (RuntimeException | Error e) {
      // The archive's pages are being written into the same output: let them finish before it goes.
      archiveWide.handle((written, failure) -> null).join();
      throw e;
    }
    List<BuildCache.File> archiveFiles = new ArrayList<>();
    if (archiveKept.isPresent()) {
      archiveKept.get().forEach(f -> out.keep(f.path(), f.size()));
      archiveFiles.addAll(archiveKept.get());
    } else {
      archiveFiles.addAll(join(archiveWide));
    }
    Map<String, byte[]> statics = join(staticFiles);
    if (archiveKept.isEmpty()) {
      byte[] css = statics.get(org.annals.link.SitePaths.STYLESHEET);
      String stylesheet = css == null ? "" : new String(css, java.nio.charset.StandardCharsets.UTF_8);
      List<RenderedPage> pages = new SiteFiles(site, templates, diagnostics, options.sourceDate(), stylesheet)
          .render(linked);
      pages.forEach(page -> archiveFiles.add(write(out, page)));
    }
    diagnostics.throwIfErrors();
    // Every paper unchanged and in its place: the documents, and so the index, are the last build's.
    Optional<List<BuildCache.File>> keptIndex = !deferred && placesCached && unchangedPapers.get() == steps.size()
        ? buildCache.keepableIndex() : Optional.empty();
    return new Pages(archiveFiles, archiveKept.isPresent(), searchIndex, keptIndex, deferred, statics, archiveKey,
        samePlaces, remembers ? catalogue : null, next, deferred ? linked : null);
  }

  /**
   * Reads and resolves one paper, or takes it from the cache when its text is unchanged; null on
   * errors. With {@code words}, its search documents are prepared with those words, and with a
   * build cache, what reading it for its place gives is kept there for the next build. With {@code
   * placeOnly}, the paper is kept for its place only (a second reading renders it), its strings
   * {@code shared} with the other papers'; it is then taken from the build cache when its text and
   * files are those the last build read.
   */
  private Step read(Path folder, Set<Path> touched, Diagnostics diagnostics, SearchIndexBuilder.Words words,
      boolean placeOnly, LinkedPaper.Shared shared) {
    Cached known = cache.get(folder);
    if (known != null && touched != null && !touched.contains(folder.toAbsolutePath().normalize())) {
      diagnostics.addAll(known.warnings());
      return new Step(folder, known.digest(), known.stamp(), known.linked(), known.warnings(), known, known.placeKey(),
          null);
    }
    String name = folder.getFileName().toString();
    // A generator that remembers nothing compares no stamps.
    boolean stamped = remembers || buildCache != null;
    BuildCache.Listing listed = stamped ? BuildCache.listed(folder, dir -> true) : null;
    String stamp = stamped ? stamp(listed) : "";
    Cached cached = cache.get(folder);
    if (placeOnly && buildCache != null && cached == null) {
      // Files as they were well before the last build began: that build's reading, the text unread.
      String settled = buildCache.settledDigest(name, stamp, listed);
      Step step = settled == null ? null : taken(folder, name, settled, stamp, words, shared, diagnostics);
      if (step != null) {
        buildCache.knownUnread();
        return step;
      }
    }
    Optional<String> text = ArchiveReader.readSource(folder, diagnostics);
    if (text.isEmpty()) {
      return null;
    }
    String digest = digest(text.get());
    if (cached != null && cached.digest().equals(digest) && cached.stamp().equals(stamp)) {
      diagnostics.addAll(cached.warnings());
      return new Step(folder, digest, stamp, cached.linked(), cached.warnings(), cached, cached.placeKey(), null);
    }
    if (placeOnly && buildCache != null) {
      // Unchanged since the last build read it: what that reading gave, without reading it again.
      Step step = taken(folder, name, digest, stamp, words, shared, diagnostics);
      if (step != null) {
        return step;
      }
    }
    Diagnostics local = new Diagnostics();
    // A reading that keeps only the paper's place renders no HTML: the second reading does.
    Optional<LinkedPaper> linked = ArchiveReader.parse(folder, text.get(), !placeOnly, local)
        .map(paper -> new CitationResolver(local).resolve(paper));
    diagnostics.addAll(local);
    if (linked.isEmpty() || local.hasErrors()) {
      return null;
    }
    if (words == null) {
      return new Step(folder, digest, stamp, linked.get(), local, null, placeKey(linked.get(), comparesPlaces()), null);
    }
    LinkedPaper place = linked.get().placeOnly(ArchivePages.PLACES_PER_PAPER, shared);
    LinkedPaper kept = placeOnly ? place : linked.get();
    String placeKey = placeKey(linked.get(), comparesPlaces());
    List<org.annals.search.SearchDocument> searched = SearchDocuments.of(linked.get());
    if (buildCache == null) {
      return new Step(folder, digest, stamp, kept, local, null, placeKey,
          searched.stream().map(d -> SearchIndexBuilder.prepare(d, words)).toList());
    }
    // Kept for the next build, which takes it while the paper is unchanged.
    SearchIndexBuilder.Portable portable = new SearchIndexBuilder.Portable();
    List<SearchIndexBuilder.Prepared> documents = searched.stream()
        .map(d -> SearchIndexBuilder.prepare(d, words, portable)).toList();
    byte[] reading;
    try {
      reading = Reading.encode(buildCache.key(), digest, stamp, place, local, placeKey, portable);
    } catch (IOException e) {
      // Not kept: the next build reads the paper again.
      reading = null;
    }
    if (reading != null) {
      buildCache.remember(name, reading);
    }
    return new Step(folder, digest, stamp, kept, local, null, placeKey, documents);
  }

  /** The paper as the last build read it for its place, when that reading is for this text and these files; else null. */
  private Step taken(Path folder, String name, String digest, String stamp, SearchIndexBuilder.Words words,
      LinkedPaper.Shared shared, Diagnostics diagnostics) {
    Reading.Taken taken = buildCache.reading(name, digest, stamp, words, shared);
    if (taken == null) {
      return null;
    }
    diagnostics.addAll(taken.warnings());
    return new Step(folder, digest, stamp, taken.linked(), taken.warnings(), null, taken.placeKey(),
        taken.documents());
  }

  /** The search documents of papers read for their place, in the archive's order, then its authors'. */
  private static List<SearchIndexBuilder.Prepared> documents(List<Paper> ordered, Map<Paper, Step> byPaper,
      org.annals.link.Catalogue catalogue, SearchIndexBuilder.Words words) {
    List<SearchIndexBuilder.Prepared> documents = new ArrayList<>();
    ordered.forEach(paper -> documents.addAll(byPaper.get(paper).documents()));
    SearchDocuments.authors(catalogue).forEach(d -> documents.add(SearchIndexBuilder.prepare(d, words)));
    return documents;
  }

  /**
   * Reads a paper read before for its place again, whole, and writes its pages; the catalogue
   * answers for it by its place. Null, with an error, when its text changed since the first reading.
   */
  private static Cached writeAgain(Step step, PaperPages renderer, org.annals.link.Catalogue catalogue,
      String fingerprint, SiteConfig site, SiteOutput out, Diagnostics diagnostics) {
    Diagnostics local = new Diagnostics();
    Optional<String> text = ArchiveReader.readSource(step.folder(), local);
    if (text.isEmpty() || !digest(text.get()).equals(step.digest())) {
      diagnostics.error(org.annals.diag.SourcePosition.startOf(ArchiveReader.paperFile(step.folder())), null,
          "the paper changed while the site was being built", "build again once it is saved");
      return null;
    }
    Optional<LinkedPaper> linked = ArchiveReader.parse(step.folder(), text.get(), local)
        .map(paper -> new CitationResolver(local).resolve(paper));
    if (linked.isEmpty() || local.hasErrors()) {
      diagnostics.error(org.annals.diag.SourcePosition.startOf(ArchiveReader.paperFile(step.folder())), null,
          "the paper or its bibliography changed while the site was being built", "build again once it is saved");
      return null;
    }
    Step whole = new Step(step.folder(), step.digest(), step.stamp(), linked.get(), step.warnings(), null,
        step.placeKey(), null);
    return write(whole, renderer, catalogue.replacing(Map.of(linked.get().paper(), step.linked().paper())),
        fingerprint, site, out);
  }

  /**
   * A paper's place in the archive: {@link org.annals.link.Catalogue#placeKey} and every citing
   * sentence, which the pages of works cited across papers show.
   */
  private static String placeKey(LinkedPaper linked, boolean compared) {
    // A generator that builds once without a cache never compares it.
    return compared ? placeKey(linked) : "";
  }

  /** Whether this generator compares papers' places with a last build's: in memory, or in a cache. */
  private boolean comparesPlaces() {
    return remembers || buildCache != null;
  }

  private static String placeKey(LinkedPaper linked) {
    StringBuilder key = new StringBuilder(org.annals.link.Catalogue.placeKey(linked.paper()));
    for (org.annals.link.ResolvedCitation c : linked.citations()) {
      key.append(c.reference().number()).append(' ').append(c.section().slug()).append(' ').append(c.paragraph().id())
          .append(' ').append(c.citation().sentence()).append('\n');
    }
    return digest(key.toString());
  }

  /** The SHA-256 of a paper's text, in hex. */
  private static String digest(String text) {
    return BuildCache.digest(text);
  }

  /**
   * The names, sizes and times of change of every file in a paper's folder: its bibliography,
   * citation style and figures are read with its text, so a change to any of them is a change to
   * the paper. A folder that cannot be listed gets a stamp of its own, so the paper is read afresh.
   */
  private static String stamp(BuildCache.Listing listed) {
    return listed == null ? "unlisted " + System.nanoTime() : digest(listed.text());
  }

  private static Cached keep(Cached cached, SiteOutput out) {
    cached.files().forEach(f -> out.keep(f.path(), f.size()));
    return cached;
  }

  private static Cached write(Step step, PaperPages renderer, org.annals.link.Catalogue catalogue, String fingerprint,
      SiteConfig site, SiteOutput out) {
    List<BuildCache.File> files = new ArrayList<>();
    for (RenderedPage page : renderer.render(step.linked(), catalogue)) {
      files.add(write(out, page));
    }
    CitationFiles.files(step.linked(), site).forEach((path, bytes) -> {
      out.write(path, bytes);
      files.add(new BuildCache.File(path, bytes.length));
    });
    AssetFiles.files(step.linked().paper()).forEach((path, bytes) -> {
      out.write(path, bytes);
      files.add(new BuildCache.File(path, bytes.length));
    });
    return new Cached(step.digest(), step.stamp(), step.linked(), step.warnings(), List.copyOf(files), fingerprint,
        step.placeKey());
  }

  /** Runs the archive-wide work beside the papers' rendering, one task a thread. */
  private static final java.util.concurrent.Executor ARCHIVE_WIDE =
      org.annals.diag.Background.threads("annals-archive");

  private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
    return org.annals.diag.Background.join(future);
  }

  /** Writes a page as UTF-8; the file and its size. */
  private static BuildCache.File write(SiteOutput out, RenderedPage page) {
    byte[] bytes = page.content().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.write(page.path(), bytes);
    return new BuildCache.File(page.path(), bytes.length);
  }

  /** The paper folders whose pages the last build rendered afresh; the others it kept. */
  public Set<Path> lastRendered() {
    return Set.copyOf(lastRendered);
  }
}
