package org.annals.site;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last {@code annals build} into an output folder wrote, kept beside it ({@code
 * target/.site.cache} for {@code target/site}), so that the next build keeps the pages of every
 * paper that has not changed instead of reading and rendering it again.
 *
 * <p>The cache holds, for each paper folder, the digest of its text, the stamp of its other files,
 * the fingerprint of what its pages show of other papers, and the files it wrote with their sizes;
 * and the key of every paper's place with the files of the archive's own pages. A paper's files are
 * kept when all three are unchanged and each file is still in the output as that build left it (the
 * same size and time of change). The whole cache is one {@link #key}: the
 * digest of Annals' own code and version, the settings, the templates, the static files and the
 * build's options; a change to any of them makes every page again.
 *
 * <p>Beside it, a folder ({@code target/.site.cache.papers}) keeps each paper's {@link Reading}: what
 * reading it for its place gave. A build takes it, instead of reading the paper, when the paper's
 * text and files are unchanged.
 */
public final class BuildCache {
  private static final int MAGIC = 0x414e4331; // "ANC1"
  private static final int FORMAT = 6;
  /**
   * How long before a build a paper's files must have last changed for the build to take them,
   * with the same names, sizes and times of change, as the text the last build read: longer than
   * the coarsest clock of a file system (two seconds), so that a file changed while a build read
   * it, within one tick of that clock, is read again.
   */
  static final long SETTLED_MILLIS = 3_000;

  /**
   * A file a build wrote: its size, and its time of change in nanoseconds, as the file system
   * keeps it (-1 until it is written).
   */
  public record File(String path, long size, long modified) {
    File(String path, long size) {
      this(path, size, -1);
    }
  }

  /**
   * What one paper gave a build: the digests of its text, of its other files' stamp and of its
   * fingerprint, and its files, held compactly (at 10,000 papers, 250,000 files): their paths
   * front-coded in UTF-8, their sizes and their times of change (-1 until the file is written).
   */
  static final class Paper {
    final String digest;
    final String stamp;
    final String fingerprint;
    private final byte[] paths;
    private final long[] sizes;
    private final long[] modified;

    private Paper(String digest, String stamp, String fingerprint, byte[] paths, long[] sizes, long[] modified) {
      this.digest = digest;
      this.stamp = stamp;
      this.fingerprint = fingerprint;
      this.paths = paths;
      this.sizes = sizes;
      this.modified = modified;
    }

    static Paper of(String digest, String stamp, String fingerprint, List<File> files) {
      java.io.ByteArrayOutputStream paths = new java.io.ByteArrayOutputStream(files.size() * 24);
      long[] sizes = new long[files.size()];
      long[] modified = new long[files.size()];
      byte[] previous = new byte[0];
      for (int i = 0; i < files.size(); i++) {
        byte[] path = files.get(i).path().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int shared = 0;
        while (shared < Math.min(path.length, previous.length) && shared < 255 && path[shared] == previous[shared]) {
          shared++;
        }
        paths.write(shared);
        int rest = path.length - shared;
        paths.write(rest >>> 8);
        paths.write(rest);
        paths.write(path, shared, rest);
        sizes[i] = files.get(i).size();
        modified[i] = files.get(i).modified();
        previous = path;
      }
      return new Paper(digest, stamp, fingerprint, paths.toByteArray(), sizes, modified);
    }

    /** The files, their paths decoded. */
    List<File> files() {
      List<File> files = new ArrayList<>(sizes.length);
      byte[] path = new byte[0];
      int at = 0;
      for (int i = 0; i < sizes.length; i++) {
        int shared = paths[at++] & 0xff;
        int rest = (paths[at++] & 0xff) << 8 | paths[at++] & 0xff;
        byte[] next = java.util.Arrays.copyOf(path, shared + rest);
        System.arraycopy(paths, at, next, shared, rest);
        at += rest;
        path = next;
        files.add(new File(new String(path, java.nio.charset.StandardCharsets.UTF_8), sizes[i], modified[i]));
      }
      return files;
    }
  }

  private final Path file;
  private final Path out;
  private final String key;
  private final Map<String, Paper> last;
  private final String lastArchiveKey;
  /** When the last build began, in milliseconds since 1970; {@link Long#MIN_VALUE} when unknown. */
  private final long lastBegan;
  /** When this build began. */
  private final long began = System.currentTimeMillis();
  private final List<File> lastArchiveFiles;
  /** The last build's static files, which every build writes. */
  private final List<File> lastOthers;
  /** The last build's search index files, with their sizes and times of change. */
  private final List<File> lastIndex;

  private final Map<String, Paper> next = new ConcurrentHashMap<>();
  private volatile String nextArchiveKey;
  private volatile List<File> nextArchiveFiles = List.of();
  private volatile List<File> nextOthers = List.of();
  private volatile List<File> nextIndex = List.of();
  private final java.util.concurrent.atomic.AtomicInteger kept = new java.util.concurrent.atomic.AtomicInteger();
  /** The folder of the papers' readings. */
  private final Path readings;
  /** Whether readings are taken from it: not by a build that makes everything afresh. */
  private final boolean takesReadings;
  private final java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger unreadTexts = new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean readingsMade;
  /** The words the readings are numbered with: kept beside the cache, for the next build. */
  private volatile org.annals.search.SearchIndexBuilder.Words words;

  private BuildCache(Path file, Path out, String key, Map<String, Paper> last, long lastBegan, String lastArchiveKey,
      List<File> lastArchiveFiles, List<File> lastOthers, List<File> lastIndex, boolean takesReadings) {
    this.lastBegan = lastBegan;
    this.readings = readingsFor(file);
    this.takesReadings = takesReadings;
    this.file = file;
    this.out = out;
    this.key = key;
    this.last = last;
    this.lastArchiveKey = lastArchiveKey;
    this.lastArchiveFiles = lastArchiveFiles;
    this.lastOthers = lastOthers;
    this.lastIndex = lastIndex;
  }

  /** The lexicon the readings' search documents are numbered with, beside a cache file. */
  static Path lexiconFor(Path cacheFile) {
    return cacheFile.resolveSibling(cacheFile.getFileName() + ".words");
  }

  /**
   * Numbers {@code words} as the last build did, from the lexicon it kept, so that its readings are
   * taken as they are; and keeps them to be saved with this build for the next. A cache that takes
   * no readings starts a lexicon afresh.
   */
  void numbers(org.annals.search.SearchIndexBuilder.Words words) {
    if (takesReadings) {
      words.load(lexiconFor(file), key);
    }
    this.words = words;
  }

  /** The folder of the papers' readings beside a cache file. */
  static Path readingsFor(Path cacheFile) {
    return cacheFile.resolveSibling(cacheFile.getFileName() + ".papers");
  }

  /** The cache file of a build into {@code out}: a hidden file beside it. */
  public static Path fileFor(Path out) {
    Path absolute = out.toAbsolutePath().normalize();
    return absolute.resolveSibling("." + absolute.getFileName() + ".cache");
  }

  /**
   * The cache for a build with these options: what the last build left, when it was made by the
   * same Annals with the same settings, templates, static files and options; else an empty one,
   * which keeps nothing. A cache that cannot be read is as good as none.
   */
  public static BuildCache open(BuildOptions options) {
    Path out = options.out().toAbsolutePath().normalize();
    Path file = fileFor(out);
    String key = key(options);
    if (Files.isDirectory(out) && Files.isRegularFile(file)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
        if (in.readInt() == MAGIC && in.readInt() == FORMAT && in.readUTF().equals(key)) {
          long began = in.readLong();
          String archiveKey = in.readUTF();
          List<File> archiveFiles = readFiles(in);
          int papers = in.readInt();
          Map<String, Paper> last = new HashMap<>(papers * 2);
          for (int i = 0; i < papers; i++) {
            String folder = in.readUTF();
            String digest = in.readUTF();
            String stamp = in.readUTF();
            String fingerprint = in.readUTF();
            byte[] paths = new byte[in.readInt()];
            in.readFully(paths);
            int count = in.readInt();
            long[] sizes = new long[count];
            long[] modified = new long[count];
            for (int f = 0; f < count; f++) {
              sizes[f] = in.readLong();
              modified[f] = in.readLong();
            }
            last.put(folder, new Paper(digest, stamp, fingerprint, paths, sizes, modified));
          }
          List<File> others = readFiles(in);
          List<File> index = readFiles(in);
          return new BuildCache(file, out, key, last, began, archiveKey, archiveFiles, others, index, true);
        }
      } catch (IOException | RuntimeException e) {
        // Unreadable or from another version: every page is made again.
      }
    }
    return empty(options.out(), key, true);
  }

  /** A cache for a build that makes every page afresh, and records itself for the next. */
  public static BuildCache fresh(BuildOptions options) {
    return empty(options.out(), key(options), false);
  }

  /**
   * A cache that keeps no page from before, but records this build for the next; with {@code
   * takesReadings}, it still gives the readings of unchanged papers.
   */
  static BuildCache empty(Path out, String key, boolean takesReadings) {
    Path absolute = out.toAbsolutePath().normalize();
    return new BuildCache(fileFor(absolute), absolute, key, Map.of(), Long.MIN_VALUE, "", List.of(), List.of(),
        List.of(), takesReadings);
  }

  /**
   * The paper in {@code folder} (its name) as the last build read it for its place, when its text
   * and files are the same ({@code digest}, {@code stamp}); null otherwise, or when this cache takes
   * no readings, or when it cannot be read.
   */
  Reading.Taken reading(String folder, String digest, String stamp, org.annals.search.SearchIndexBuilder.Words words,
      org.annals.link.LinkedPaper.Shared shared) {
    if (!takesReadings) {
      return null;
    }
    try {
      Reading.Taken reading = Reading.decode(readings.resolve(folder), key, digest, stamp, words, shared);
      if (reading != null) {
        taken.incrementAndGet();
      }
      return reading;
    } catch (IOException | RuntimeException e) {
      // Not there, or from a build that stopped while writing it: the paper is read.
      return null;
    }
  }

  /**
   * The digest of the text of the paper in {@code folder} (its name) as the last build knew it, when
   * its files' stamp is the one that build recorded and all of them, the text included, last
   * changed ({@code listed}) well before that build began: the text is then the one it read, and
   * need not be read to be known, as make and Git take a file whose size and time are unchanged.
   * Null otherwise: a text changed during that build, or within a tick of the file system's clock
   * of it, or that is a link, is read and its digest worked out.
   */
  String settledDigest(String folder, String stamp, Listing listed) {
    Paper before = last.get(folder);
    if (before == null || listed == null || listed.linked() || !before.stamp.equals(stamp)
        || lastBegan == Long.MIN_VALUE || listed.newest() >= lastBegan - SETTLED_MILLIS) {
      return null;
    }
    return before.digest;
  }

  /** Counts a paper taken as the last build read it without its text being read: see {@link #settledDigest}. */
  void knownUnread() {
    unreadTexts.incrementAndGet();
  }

  /** How many papers this build took as the last build read them without even reading their text. */
  public int unreadTexts() {
    return unreadTexts.get();
  }

  /** How many papers this build took as the last build read them, instead of reading them. */
  public int takenReadings() {
    return taken.get();
  }

  /** Keeps what reading a paper for its place gave, for the next build. */
  void remember(String folder, byte[] reading) {
    try {
      if (!readingsMade) {
        Files.createDirectories(readings);
        readingsMade = true;
      }
      Files.write(readings.resolve(folder), reading);
    } catch (IOException e) {
      // The next build reads the paper.
    }
  }

  /** The key readings are kept under. */
  String key() {
    return key;
  }

  /** Whether the last build left anything to keep. */
  boolean warm() {
    return !last.isEmpty();
  }

  /** Every file of the last build's site, paper by paper, decoded as they are asked for. */
  public Iterable<String> lastFiles() {
    return () -> java.util.stream.Stream.concat(
        java.util.stream.Stream.concat(lastArchiveFiles.stream(),
            java.util.stream.Stream.concat(lastOthers.stream(), lastIndex.stream())),
        last.values().stream().flatMap(paper -> paper.files().stream())).map(File::path).iterator();
  }

  /** How many papers this build kept from the last. */
  public int keptPapers() {
    return kept.get();
  }

  /**
   * The files the last build wrote for the paper in {@code folder} (its name), when its text, other
   * files and fingerprint are the same and every file is still in the output as written, after
   * recording them as this build's; empty otherwise.
   */
  Optional<List<File>> keep(String folder, String digest, String stamp, String fingerprint) {
    Paper before = last.get(folder);
    if (before == null || !before.fingerprint.equals(digest(fingerprint))) {
      return Optional.empty();
    }
    return keepUnchanged(folder, digest, stamp);
  }

  /**
   * The files the last build wrote for the paper in {@code folder}, as {@link #keep} gives them,
   * whatever its fingerprint: for a build in which every paper has the place it had in the last
   * ({@link #samePlaces}), where what an unchanged paper's pages show of the others is the same.
   */
  Optional<List<File>> keepUnchanged(String folder, String digest, String stamp) {
    Paper before = last.get(folder);
    if (before == null || !before.digest.equals(digest) || !before.stamp.equals(stamp)) {
      return Optional.empty();
    }
    List<File> files = before.files();
    if (!intact(files)) {
      return Optional.empty();
    }
    next.put(folder, before);
    kept.incrementAndGet();
    return Optional.of(files);
  }

  /** Records the files a paper wrote in this build. */
  void written(String folder, String digest, String stamp, String fingerprint, List<File> files) {
    next.put(folder, Paper.of(digest, stamp, digest(fingerprint), files));
  }

  /**
   * Records the files every build writes: the static files, and the search index's, which the next
   * build keeps as they are if every paper is unchanged ({@link #keepableIndex}); their sizes and
   * times of change are recorded once the output is in place.
   */
  void others(java.util.Collection<String> statics, java.util.Collection<String> index) {
    nextOthers = statics.stream().sorted().map(path -> new File(path, 0, 0)).toList();
    nextIndex = index.stream().sorted().map(path -> new File(path, -1, -1)).toList();
  }

  /**
   * The search index's files as the last build left them, when each is still in the output as it
   * was left: for a build in which every paper has the place it had and is unchanged, whose
   * documents are those the last build indexed.
   */
  Optional<List<File>> keepableIndex() {
    return lastIndex.isEmpty() || !intact(lastIndex) ? Optional.empty() : Optional.of(lastIndex);
  }

  /** Whether every paper has the place it had in the last build: the archive's key is the same. */
  boolean samePlaces(String archiveKey) {
    return !lastArchiveFiles.isEmpty() && lastArchiveKey.equals(archiveKey);
  }

  /** The files of the archive's own pages as the last build wrote them, when every paper's place is the same. */
  Optional<List<File>> keepableArchive(String archiveKey) {
    if (lastArchiveFiles.isEmpty() || !lastArchiveKey.equals(archiveKey) || !intact(lastArchiveFiles)) {
      return Optional.empty();
    }
    return Optional.of(lastArchiveFiles);
  }

  /** Whether each file is in the output with the size and time of change it was left with. */
  private boolean intact(List<File> files) {
    for (File f : files) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(out.resolve(f.path()), BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile() || attributes.size() != f.size()
            || attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) != f.modified()) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }


  /** Records the key of every paper's place and the files of the archive's own pages. */
  void archive(String archiveKey, List<File> files) {
    nextArchiveKey = archiveKey;
    nextArchiveFiles = List.copyOf(files);
  }

  /** Forgets the cache file, before the output it describes is replaced. */
  public void forget() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A cache left behind is checked file by file before anything is kept from it.
    }
  }

  /**
   * Writes what this build recorded, once its output is in place, with the time of change of each
   * file it wrote, as the file system keeps it (the files it kept keep theirs).
   */
  public void save() {
    if (nextArchiveKey == null) {
      return;
    }
    java.util.function.ToLongFunction<String> modified = path -> {
      try {
        return Files.getLastModifiedTime(out.resolve(path), LinkOption.NOFOLLOW_LINKS)
            .to(java.util.concurrent.TimeUnit.NANOSECONDS);
      } catch (IOException e) {
        return -1;
      }
    };
    java.util.function.ToLongFunction<String> size = path -> {
      try {
        return Files.size(out.resolve(path));
      } catch (IOException e) {
        return -1;
      }
    };
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary),
          1 << 16))) {
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        data.writeUTF(key);
        data.writeLong(began);
        data.writeUTF(nextArchiveKey);
        writeFiles(data, nextArchiveFiles, size, modified);
        List<String> folders = new ArrayList<>(next.keySet());
        folders.sort(null);
        data.writeInt(folders.size());
        for (String folder : folders) {
          Paper paper = next.get(folder);
          data.writeUTF(folder);
          data.writeUTF(paper.digest);
          data.writeUTF(paper.stamp);
          data.writeUTF(paper.fingerprint);
          data.writeInt(paper.paths.length);
          data.write(paper.paths);
          data.writeInt(paper.sizes.length);
          List<File> files = null;
          for (int f = 0; f < paper.sizes.length; f++) {
            data.writeLong(paper.sizes[f]);
            if (paper.modified[f] < 0 && files == null) {
              files = paper.files();
            }
            data.writeLong(paper.modified[f] >= 0 ? paper.modified[f] : modified.applyAsLong(files.get(f).path()));
          }
        }
        writeFiles(data, nextOthers, size, modified);
        writeFiles(data, nextIndex, size, modified);
      }
      if (words != null) {
        // Before the cache that names the readings numbered with it.
        words.save(lexiconFor(file), key);
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      forgetReadingsOfOthers();
    } catch (IOException e) {
      // The next build makes every page again.
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // nothing more to do
      }
    }
  }

  /** Deletes the readings of papers this build did not have: folders removed or renamed. */
  private void forgetReadingsOfOthers() throws IOException {
    if (!Files.isDirectory(readings)) {
      return;
    }
    try (java.nio.file.DirectoryStream<Path> all = Files.newDirectoryStream(readings)) {
      for (Path reading : all) {
        if (!next.containsKey(reading.getFileName().toString())) {
          Files.deleteIfExists(reading);
        }
      }
    }
  }

  /** Writes the files, with the size and time of change each has in the output where they are not known. */
  private static void writeFiles(DataOutputStream data, List<File> files, java.util.function.ToLongFunction<String> size,
      java.util.function.ToLongFunction<String> modified) throws IOException {
    data.writeInt(files.size());
    for (File f : files) {
      data.writeUTF(f.path());
      data.writeLong(f.size() >= 0 ? f.size() : size.applyAsLong(f.path()));
      data.writeLong(f.modified() >= 0 ? f.modified() : modified.applyAsLong(f.path()));
    }
  }

  private static List<File> readFiles(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > 10_000_000) {
      throw new IOException("not a cache");
    }
    List<File> files = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      files.add(new File(in.readUTF(), in.readLong(), in.readLong()));
    }
    return files;
  }

  /**
   * The key of everything every page depends on besides its paper: Annals' code and version, the
   * settings and any other file of the content folder outside the paper folders, the templates,
   * the static files, and the options.
   */
  static String key(BuildOptions options) {
    StringBuilder key = new StringBuilder();
    key.append("code ").append(code()).append('\n');
    key.append("content ").append(options.content().toAbsolutePath().normalize()).append('\n');
    key.append("out ").append(options.out().toAbsolutePath().normalize()).append('\n');
    key.append("base ").append(options.baseUrl().orElse("")).append('\n');
    key.append("date ").append(options.sourceDate().map(String::valueOf).orElse("")).append('\n');
    Path content = options.content().toAbsolutePath().normalize();
    Path papers = content.resolve("papers");
    // Each paper folder has its own stamp; anything else in the content folder is settings.
    stamp(key, "settings", content, dir -> !dir.startsWith(papers) || dir.equals(papers));
    options.templates().ifPresent(folder -> stamp(key, "templates", folder, dir -> true));
    options.staticDir().ifPresent(folder -> stamp(key, "static", folder, dir -> true));
    return digest(key.toString());
  }

  /** Appends a folder's {@link #listing}, or a line of its own when it cannot be listed. */
  private static void stamp(StringBuilder key, String what, Path folder, java.util.function.Predicate<Path> enter) {
    Path root = folder.toAbsolutePath().normalize();
    key.append(what).append(' ').append(root).append('\n');
    if (Files.isDirectory(root)) {
      key.append(Optional.ofNullable(listing(root, enter)).orElse("unlisted " + System.nanoTime() + "\n"));
    }
  }

  /**
   * The name (relative to {@code folder}), size and time of change of every file under {@code
   * folder}, by name, one a line, entering only the subfolders {@code enter} takes; a link counts as
   * the file it points to. Null when the folder cannot be listed.
   */
  static String listing(Path folder, java.util.function.Predicate<Path> enter) {
    Listing listed = listed(folder, enter);
    return listed == null ? null : listed.text();
  }

  /**
   * The lines of {@link #listing(Path, java.util.function.Predicate)}, with the latest time any of
   * the files changed (their contents or, where the file system tells, their other attributes),
   * in milliseconds since 1970, and whether any is a symbolic link.
   */
  record Listing(String text, long newest, boolean linked) {}

  static Listing listed(Path folder, java.util.function.Predicate<Path> enter) {
    java.util.TreeMap<String, String> lines = new java.util.TreeMap<>();
    long[] newest = {Long.MIN_VALUE};
    boolean[] linked = {false};
    try {
      Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
        @Override
        public java.nio.file.FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          return dir.equals(folder) || enter.test(dir) ? java.nio.file.FileVisitResult.CONTINUE
              : java.nio.file.FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          linked[0] |= attributes.isSymbolicLink();
          BasicFileAttributes target = attributes.isSymbolicLink() && Files.exists(file)
              ? Files.readAttributes(file, BasicFileAttributes.class) : attributes;
          if (target.isRegularFile()) {
            String name = folder.relativize(file).toString();
            long modified = target.lastModifiedTime().toMillis();
            lines.put(name, name + '\0' + target.size() + '\0' + modified + '\n');
            newest[0] = Math.max(newest[0], Math.max(modified, changed(file, target)));
          }
          return java.nio.file.FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      return null;
    }
    return new Listing(String.join("", lines.values()), newest[0], linked[0]);
  }

  /**
   * When a file's attributes last changed (its status change time, which no program sets), where
   * the file system tells; else its time of change.
   */
  private static long changed(Path file, BasicFileAttributes attributes) {
    if (UNIX_ATTRIBUTES) {
      try {
        Object ctime = Files.getAttribute(file, "unix:ctime");
        if (ctime instanceof java.nio.file.attribute.FileTime time) {
          return time.toMillis();
        }
      } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
        // Not told: the time of change stands for it.
      }
    }
    return attributes.lastModifiedTime().toMillis();
  }

  private static final boolean UNIX_ATTRIBUTES =
      java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

  /**
   * The code Annals runs: its jar's central directory (every entry's name, checksum and sizes), or
   * its class folder's files.
   */
  private static String code() {
    try {
      Path source = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      StringBuilder code = new StringBuilder();
      if (Files.isRegularFile(source)) {
        Optional<byte[]> directory = centralDirectory(source);
        if (directory.isPresent()) {
          return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(directory.get()));
        }
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(source.toFile())) {
          jar.stream().forEach(e -> code.append(e.getName()).append('\0').append(e.getCrc()).append('\0')
              .append(e.getSize()).append('\n'));
        }
      } else {
        stamp(code, "classes", source, dir -> true);
      }
      return digest(code.toString());
    } catch (IOException | java.net.URISyntaxException | java.security.NoSuchAlgorithmException | RuntimeException e) {
      // Code that cannot be identified shares its cache with nothing.
      return "unknown " + System.nanoTime();
    }
  }

  /**
   * The bytes of a zip file's central directory, found by its end record (read in a few
   * milliseconds, where listing 18,000 entries takes a cold JVM about 90); empty for a zip64 file or
   * one without the record.
   */
  static Optional<byte[]> centralDirectory(Path zip) throws IOException {
    try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(zip.toFile(), "r")) {
      long length = file.length();
      // The end record is 22 bytes and a comment of at most 65,535.
      int tail = (int) Math.min(length, 22 + 65_535);
      byte[] end = new byte[tail];
      file.seek(length - tail);
      file.readFully(end);
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(end).order(java.nio.ByteOrder.LITTLE_ENDIAN);
      for (int at = tail - 22; at >= 0; at--) {
        if (buffer.getInt(at) != 0x06054b50) {
          continue;
        }
        long size = buffer.getInt(at + 12) & 0xffffffffL;
        long offset = buffer.getInt(at + 16) & 0xffffffffL;
        if (size == 0xffffffffL || offset == 0xffffffffL || offset + size > length - tail + at) {
          return Optional.empty();
        }
        byte[] directory = new byte[(int) size];
        file.seek(offset);
        file.readFully(directory);
        return Optional.of(directory);
      }
      return Optional.empty();
    }
  }

  /** The SHA-256 of a text's UTF-8, in hex. */
  static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
