package org.annals.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The jar's entry point. A Java program spends most of a short run loading classes and running
 * them in the interpreter; a class-data sharing archive made when the jar was built
 * ({@code annals.jsa} beside {@code annals.jar}) and, for a small archive, the quick compiler
 * alone halve the time of a small build. The jar cannot ask for either itself, so when the archive is there the launcher
 * starts the command in a second JVM that has them, with the same JVM options, arguments,
 * streams and working folder, and exits with its code; a build or check is given a heap fitted
 * to its archive ({@link #heap}). Without the archive, with
 * {@code ANNALS_LAUNCHER=off}, or under a debugger, agent or recording, the command runs in this
 * JVM.
 */
public final class Launcher {
  /** Set in the JVM the launcher starts, which runs the command itself: the launcher's process id. */
  static final String LAUNCHED = "annals.launched";
  /** The class-data sharing archive's file name, beside the jar. */
  public static final String ARCHIVE = "annals.jsa";

  private static final List<String> KEEP_IN_PROCESS = List.of("-agentlib", "-agentpath", "-javaagent",
      "-XX:StartFlightRecording", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-Xshare", "-Xdebug");

  private Launcher() {}

  public static void main(String[] args) {
    if (System.getProperty(LAUNCHED) != null) {
      exitWithParent();
      Main.main(args);
      return;
    }
    // This JVM only starts the next: it runs no lambda, stream or other code whose first use costs
    // milliseconds to link.
    Optional<Path> jar = "off".equals(System.getenv("ANNALS_LAUNCHER")) ? Optional.empty() : jar();
    Optional<List<String>> command = jar.isEmpty() ? Optional.empty()
        : command(Path.of(System.getProperty("java.home"), "bin", "java"), jar.get(),
            jvmOptions(jar.get(), List.of(args)), List.of(args));
    if (command.isEmpty()) {
      Main.main(args);
      return;
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException e) {
      Main.main(args);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
      @Override
      public void run() {
        child.destroy();
      }
    }));
    int code;
    while (true) {
      try {
        code = child.waitFor();
        break;
      } catch (InterruptedException e) {
        child.destroy();
      }
    }
    System.exit(code);
  }

  /**
   * The command that runs Annals with the archive beside the jar, or empty when it should run in
   * this JVM: there is no archive, or the JVM runs with a debugger, agent, recording or archive
   * of its own.
   */
  static Optional<List<String>> command(Path java, Path jar, List<String> jvmOptions, List<String> args) {
    Path archive = jar.resolveSibling(ARCHIVE);
    if (!Files.isRegularFile(archive) || !Files.isExecutable(java) || startsAny(jvmOptions, KEEP_IN_PROCESS)) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    // An archive made by another build of the jar or another Java is skipped, silently: the JVM
    // would report it as an error.
    command.add("-XX:SharedArchiveFile=" + archive);
    command.add("-Xshare:auto");
    command.add("-Xlog:disable");
    command.add("-Xlog:all=error,cds*=off:stderr");
    Papers papers = Papers.of(args, jar);
    if (small(args, papers)) {
      command.addAll(QUICK_COMPILER);
      if (oneCompiler(papers.count(), Runtime.getRuntime().availableProcessors())) {
        command.add("-XX:CICompilerCount=1");
      }
    }
    Optional<Long> heap = heap(args, jvmOptions, System.getenv(), Runtime.getRuntime().maxMemory(), papers.markdown());
    if (!"serve".equals(command(args)) && !namesCollector(jvmOptions)) {
      String collector = collector(papers.markdown(), heap);
      command.add(collector);
      command.addAll(wholeHeap(collector, heap, jvmOptions));
    }
    command.add("-XX:-UsePerfData");
    if (hugePagesOnRequest(transparentHugePages()) && !startsAny(jvmOptions, PAGE_OPTIONS)) {
      command.add("-XX:+UseTransparentHugePages");
    }
    if (heap.isPresent()) {
      command.add("-Xmx" + (heap.get() >> 20) + "m");
    }
    command.addAll(jvmOptions);
    command.add("-D" + LAUNCHED + "=" + ProcessHandle.current().pid());
    command.add("-cp");
    command.add(jar.toString());
    command.add(Launcher.class.getName());
    command.addAll(args);
    return Optional.of(command);
  }

  /**
   * This JVM's options. Read from the process's command line when it is {@code java [options] -jar
   * JAR [arguments]}, which costs nothing; otherwise from the management interface, whose classes
   * take 15 ms to load. Options given in {@code JAVA_TOOL_OPTIONS} reach the launched JVM through
   * its environment.
   */
  static List<String> jvmOptions(Path jar, List<String> args) {
    Optional<String[]> line = ProcessHandle.current().info().arguments();
    Optional<List<String>> options = line.isEmpty() ? Optional.empty() : optionsBeforeJar(List.of(line.get()), jar, args);
    return options.isPresent() ? options.get() : ManagementFactory.getRuntimeMXBean().getInputArguments();
  }

  /**
   * The options before {@code -jar JAR} in a command line's arguments (the program's name left
   * out) that ends with the given arguments, or empty when the line is of another form.
   */
  static Optional<List<String>> optionsBeforeJar(List<String> line, Path jar, List<String> args) {
    int at = line.size() - args.size() - 2;
    if (at < 0 || !line.subList(at + 2, line.size()).equals(args) || !line.get(at).equals("-jar")
        || !Path.of(line.get(at + 1)).toAbsolutePath().normalize().equals(jar.toAbsolutePath().normalize())) {
      return Optional.empty();
    }
    for (String option : line.subList(0, at)) {
      if (!option.startsWith("-") || option.startsWith("@") || option.equals("-cp") || option.startsWith("--")) {
        return Optional.empty();
      }
    }
    return Optional.of(line.subList(0, at));
  }

  /** Where Linux tells whether it gives transparent huge pages always, on request or never. */
  static final Path TRANSPARENT_HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
  private static final List<String> PAGE_OPTIONS = List.of("-XX:+UseTransparentHugePages",
      "-XX:-UseTransparentHugePages", "-XX:+UseLargePages", "-XX:-UseLargePages", "-XX:LargePageSizeInBytes");

  /** The setting of {@link #TRANSPARENT_HUGE_PAGES}, or an empty text where there is none. */
  private static String transparentHugePages() {
    try {
      return new String(Files.readAllBytes(TRANSPARENT_HUGE_PAGES), java.nio.charset.StandardCharsets.US_ASCII);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /**
   * Whether the system gives transparent huge pages to the memory that asks for them ({@code
   * always madvise never} with {@code [madvise]} chosen): the launched JVM then asks for them, for
   * its heap and compiled code. Fewer page faults and misses of the processor's address cache make
   * a build faster: one paper in 1.35 s instead of 1.54 s (medians of seven interleaved runs), and
   * a one-paragraph edit of 10,000 papers built 0.9–2.3 s faster, with 2.3–5.5 s less CPU, in five
   * of six interleaved pairs (24.4–26.1 s against 24.0–27.5 s); it costs 26 MB more memory at one paper and
   * 10–20 MB at 10,000. Where the system gives them always the JVM has them already; where never, asking would
   * only print a warning. An option of the user's about large pages is left to decide.
   */
  static boolean hugePagesOnRequest(String setting) {
    return setting.contains("[madvise]");
  }

  /** The least heap a build is given: what a 10,000-paper archive of 224 MB of Markdown needs without slowing. */
  static final long HEAP_FLOOR = 640L << 20;
  /** The heap a build is given for each byte of Markdown, above the floor. */
  static final double HEAP_PER_MARKDOWN_BYTE = 2.5;
  private static final List<String> HEAP_OPTIONS = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM");

  /**
   * The heap a build or check is given, or empty to leave it to Java: for the preview server and
   * small commands, and when the user chose it ({@code -Xmx}, {@code -XX:MaxHeapSize}, {@code
   * -XX:MaxRAM…}, on the command line or in {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS} or
   * {@code _JAVA_OPTIONS}). A build that holds every paper would take whatever Java gives it (a
   * quarter of the machine's memory); one that reads its papers twice needs 1.7 bytes of heap a
   * byte of Markdown at the most (measured at 10,000 papers), so a build is given {@link
   * #HEAP_PER_MARKDOWN_BYTE} bytes of heap a byte of Markdown and at least {@link #HEAP_FLOOR},
   * never more than Java would give it. Within that heap a large archive is read twice.
   */
  static Optional<Long> heap(List<String> args, List<String> jvmOptions, Map<String, String> env, long javaDefault) {
    return heap(args, jvmOptions, env, javaDefault, Papers.of(args).markdown());
  }

  /**
   * The collector of a build or check. One whose heap is less than {@link #TIGHT} times its
   * Markdown holds data that fill much of that heap (a build that reads its papers twice keeps up
   * to 1.7 bytes a byte of Markdown), and runs with the parallel collector, whose many collections
   * then take both cores: 10,000 papers (224 MB of Markdown in the 640 MB heap), in four interleaved
   * pairs, 5–7 % faster in three and 2 % slower in one (65–87 s against 70–85 s), peaking at 838–850 MB
   * against 815–830 MB. Any other runs with the serial collector, which
   * is as fast in a roomy heap on one or two cores and takes less memory: 2,000 papers in 23 s
   * either way, 431–459 MB against 562–575 MB; 100 papers in 2.1 s, 261 MB against 350 MB. The
   * preview server keeps Java's default.
   */
  static String collector(long markdown, Optional<Long> heap) {
    return heap.isPresent() && heap.get() < TIGHT * markdown ? "-XX:+UseParallelGC" : "-XX:+UseSerialGC";
  }

  /**
   * Options that give a build its whole heap from the start, its pages touched once before the
   * build begins: for a build with the parallel collector, whose data fill the heap. Grown as the
   * build goes, the heap is touched page by page by the collector and the build threads: 10,000
   * papers with nothing changed, five interleaved pairs, 13.8–16.1 s against 14.9–16.4 s (median 14.4
   * against 15.0 s), 0.8 s less system time, peaking at 780 MB against 750–760 MB. None when the
   * user chose the initial heap or its touching.
   */
  static List<String> wholeHeap(String collector, Optional<Long> heap, List<String> jvmOptions) {
    if (!"-XX:+UseParallelGC".equals(collector) || heap.isEmpty() || startsAny(jvmOptions, TOUCH_OPTIONS)) {
      return List.of();
    }
    return List.of("-Xms" + (heap.get() >> 20) + "m", "-XX:+AlwaysPreTouch");
  }

  private static final List<String> TOUCH_OPTIONS = List.of("-Xms", "-XX:InitialHeapSize", "-XX:+AlwaysPreTouch",
      "-XX:-AlwaysPreTouch");

  /** A heap smaller than this many times the archive's Markdown is tight: see {@link #collector}. */
  static final long TIGHT = 4;

  /**
   * The papers of the archive a build or check reads, from one listing of its folder: how many
   * folders, their papers' bytes of Markdown, and how many of those papers' Markdown changed since
   * the last build into the same output left its cache ({@link #cacheTime}; all of them in an
   * archive of fewer than {@link #SMALL} papers, which is small either way). None for other
   * commands, or when the folder cannot be listed (the build reports it).
   */
  record Papers(int count, long markdown, int changed) {
    static Papers of(List<String> args) {
      return of(args, null);
    }

    /** The papers, {@code jar} being the jar that builds them (null when unknown: every paper is then changed). */
    static Papers of(List<String> args, Path jar) {
      String command = command(args);
      if (!"build".equals(command) && !"check".equals(command)) {
        return new Papers(0, 0, 0);
      }
      int count = 0;
      long markdown = 0;
      // Each paper's time of change, looked at only for an archive that is not small.
      long[] times = new long[64];
      try (java.nio.file.DirectoryStream<Path> folders = Files.newDirectoryStream(content(args).resolve("papers"))) {
        for (Path folder : folders) {
          if (count == times.length) {
            times = java.util.Arrays.copyOf(times, count * 2);
          }
          // A paper whose file cannot be read is changed: the build reports it.
          times[count++] = Long.MAX_VALUE;
          java.nio.file.attribute.BasicFileAttributes attributes;
          try {
            attributes = Files.readAttributes(org.annals.content.ArchiveReader.paperFile(folder),
                java.nio.file.attribute.BasicFileAttributes.class);
          } catch (IOException e) {
            continue;
          }
          if (attributes.isRegularFile()) {
            markdown += attributes.size();
          }
          times[count - 1] = attributes.lastModifiedTime().toMillis();
        }
      } catch (IOException | RuntimeException e) {
        return new Papers(0, markdown, 0);
      }
      long since = count < SMALL || !"build".equals(command) || jar == null ? Long.MAX_VALUE : cacheTime(args, jar);
      int changed = 0;
      for (int i = 0; i < count; i++) {
        if (since == Long.MAX_VALUE || times[i] >= since) {
          changed++;
        }
      }
      return new Papers(count, markdown, changed);
    }
  }

  /**
   * When the last build into the output the arguments name left its cache, or {@link Long#MAX_VALUE}
   * when that cache cannot be used, as far as file times tell: there is none, {@code --no-cache}
   * is given, or the jar, a file of the settings (directly in the content folder) or of the
   * templates or static folders changed after it. A paper whose Markdown changed before that time
   * is most likely kept from the last build. The build itself decides by the files' digests.
   */
  static long cacheTime(List<String> args, Path jar) {
    if (args.contains("--no-cache")) {
      return Long.MAX_VALUE;
    }
    try {
      Path cache = org.annals.site.BuildCache.fileFor(Path.of(value(args, "--out", BuildCommand.DEFAULT_OUT)));
      long time = Files.getLastModifiedTime(cache).toMillis();
      Path content = content(args);
      if (Files.getLastModifiedTime(jar).toMillis() >= time || newerIn(content, 1, time)
          || newerIn(folder(args, "--templates", content, "templates"), 16, time)
          || newerIn(folder(args, "--static", content, "static"), 16, time)) {
        return Long.MAX_VALUE;
      }
      return time;
    } catch (IOException | RuntimeException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * Whether a file in the folder, or in its folders down to this depth, changed at or after the
   * time; none when it is no folder or null. Walked by hand: this JVM links no stream or lambda.
   */
  private static boolean newerIn(Path folder, int depth, long time) throws IOException {
    if (depth < 1 || folder == null || !Files.isDirectory(folder)) {
      return false;
    }
    try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        java.nio.file.attribute.BasicFileAttributes attributes =
            Files.readAttributes(entry, java.nio.file.attribute.BasicFileAttributes.class);
        if (attributes.isRegularFile() ? attributes.lastModifiedTime().toMillis() >= time
            : attributes.isDirectory() && newerIn(entry, depth - 1, time)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<Long> heap(List<String> args, List<String> jvmOptions, Map<String, String> env,
      long javaDefault, long markdown) {
    String command = command(args);
    if (!"build".equals(command) && !"check".equals(command)) {
      return Optional.empty();
    }
    List<String> given = new ArrayList<>(jvmOptions);
    for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
      java.util.StringTokenizer options = new java.util.StringTokenizer(env.getOrDefault(variable, ""));
      while (options.hasMoreTokens()) {
        given.add(options.nextToken());
      }
    }
    if (startsAny(given, HEAP_OPTIONS)) {
      return Optional.empty();
    }
    return Optional.of(Math.min(javaDefault, Math.max(HEAP_FLOOR, (long) (markdown * HEAP_PER_MARKDOWN_BYTE))));
  }

  /**
   * Archives of fewer papers than this are built, on one or two cores, with one compiler thread
   * instead of the two the JVM would start, which would take a core from the build while it
   * starts: one paper in 0.39 s instead of 0.42 s, ten papers 17 ms faster, thirty 9 ms faster,
   * a hundred 50 ms slower (medians of 9 to 15 interleaved runs).
   */
  static final int ONE_COMPILER = 40;

  /** Whether a build of this many papers on this many cores runs with one compiler thread: see {@link #ONE_COMPILER}. */
  static boolean oneCompiler(int papers, int cores) {
    return papers < ONE_COMPILER && cores <= 2;
  }

  /**
   * The quick compiler alone, which compiles a method after a quarter of the calls (a third of the
   * loop iterations) it would otherwise wait for: a short build spends less time in the interpreter
   * (one paper 17-19 ms faster, ten and thirty papers 4 % faster, a hundred 1.5 %; medians of 5 to
   * 15 interleaved runs).
   */
  static final List<String> QUICK_COMPILER = List.of("-XX:TieredStopAtLevel=1", "-XX:Tier3InvocationThreshold=50",
      "-XX:Tier3MinInvocationThreshold=20", "-XX:Tier3CompileThreshold=500", "-XX:Tier3BackEdgeThreshold=20000");

  /** Archives of fewer papers than this are built with the quick compiler alone. */
  static final int SMALL = 1_500;

  /**
   * Whether the command is over before the optimising compiler pays for itself: a build or check of
   * an archive of fewer than {@link #SMALL} papers, or a command that builds nothing. The quick
   * compiler alone builds 100 papers in 2.5 s instead of 4.0 s, and 1,000 in 24 s instead of 34 s
   * (the optimising compiler's own work takes most of a core for the whole build); at 2,000 papers
   * the two are about even, and at 10,000 the optimising compiler's code builds them in 121 s
   * instead of 166 s. The preview server runs for long, and keeps both.
   *
   * <p>So is a build of a larger archive that keeps most of its papers from the last build into
   * the same output: one whose papers changed since that build ({@link #cacheTime}) are fewer than
   * {@link #SMALL}. It takes what the last build read of the others and makes the search index
   * again, and is over before the optimising compiler's code pays for its compiling (about 19 s
   * of CPU in an edit build of 10,000 papers): a one-sentence edit of 10,000 papers, four
   * interleaved pairs, 18.3–20.7 s (median 18.7 s) with the quick compiler alone against 22.1–24.3 s
   * (22.1 s).
   */
  static boolean small(List<String> args) {
    return small(args, Papers.of(args));
  }

  /** {@link #small(List)} for a build by this jar, whose last build's cache tells which papers changed. */
  static boolean small(List<String> args, Path jar) {
    return small(args, Papers.of(args, jar));
  }

  private static boolean small(List<String> args, Papers papers) {
    // A command that builds nothing has no papers; a build that keeps most papers from the last reads few.
    return !"serve".equals(command(args)) && (papers.count() < SMALL || papers.changed() < SMALL);
  }

  /** Whether any of the options starts with any of the prefixes. */
  private static boolean startsAny(List<String> options, List<String> prefixes) {
    for (String option : options) {
      for (String prefix : prefixes) {
        if (option.startsWith(prefix)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the JVM options choose a collector. */
  private static boolean namesCollector(List<String> options) {
    for (String option : options) {
      if (option.startsWith("-XX:+Use") && option.endsWith("GC")) {
        return true;
      }
    }
    return false;
  }

  /** The content folder the arguments name, or the default. */
  private static Path content(List<String> args) {
    return Path.of(value(args, "--content", "content"));
  }

  /** The folder an option names, or the build's default beside the content folder; null for none. */
  private static Path folder(List<String> args, String option, Path content, String name) {
    String given = value(args, option, null);
    return given != null ? Path.of(given) : org.annals.site.BuildOptions.besideContent(content, name).orElse(null);
  }

  /** The value the arguments give an option, the last if several, or the default. */
  private static String value(List<String> args, String option, String otherwise) {
    String value = otherwise;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.startsWith(option + "=")) {
        value = arg.substring(option.length() + 1);
      } else if (arg.equals(option) && i + 1 < args.size()) {
        value = args.get(++i);
      }
    }
    return value;
  }

  /** The command named in the arguments: the first that is not an option or an option's value. */
  static String command(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("-")) {
        return arg;
      }
      if (!arg.contains("=") && VALUED.contains(arg)) {
        i++;
      }
    }
    return null;
  }

  /** The options before a command that take a value. */
  private static final List<String> VALUED = List.of("--content", "--out", "--templates", "--static", "--base-url",
      "--port", "-p");

  /** The jar this class was loaded from, or empty when it runs from a folder of classes. */
  private static Optional<Path> jar() {
    try {
      Path location = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location)
          : Optional.empty();
    } catch (URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The launched JVM ends when the launcher does, however the launcher was stopped: at once when a
   * process that ends is given to another parent, so a killed build never runs on beside the next.
   */
  private static void exitWithParent() {
    long launcher;
    try {
      launcher = Long.parseLong(System.getProperty(LAUNCHED));
    } catch (NumberFormatException e) {
      // Set by hand, not by the launcher: there is no launcher to follow.
      return;
    }
    Thread watch = new Thread(() -> {
      while (ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == launcher) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
      Runtime.getRuntime().halt(1);
    }, "annals-launcher-watch");
    watch.setDaemon(true);
    watch.start();
  }
}
