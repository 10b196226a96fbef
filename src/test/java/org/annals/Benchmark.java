package org.annals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds generated archives of several sizes with Annals (the packaged jar, as a maintainer runs it)
 * and with Hugo (the same papers in Hugo's layout), interleaved, and prints wall time, CPU time, peak
 * resident memory, output bytes and files, the Annals/Hugo ratio of medians, and pass or fail
 * against the performance targets. Run by {@code mvn -Pbench package}; Hugo must be on the path.
 *
 * <p>Arguments: {@code [work folder] [sizes, comma-separated] [runs]}; defaults
 * {@code target/bench 1,100,1000,10000 3}.
 */
public final class Benchmark {
  private static final long GIB = 1L << 30;

  private record Run(double wall, double cpu, long peakKib, long bytes, long files) {}

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
    int[] sizes = java.util.Arrays.stream((args.length > 1 ? args[1] : "1,100,1000,10000").split(","))
        .mapToInt(Integer::parseInt).toArray();
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    String heap = args.length > 3 ? args[3] : "none";
    Path jar = Path.of("target/annals.jar").toAbsolutePath();
    List<String> rows = new ArrayList<>();
    List<String> kindTables = new ArrayList<>();
    List<String> serveRows = new ArrayList<>();
    List<String> heapRows = new ArrayList<>();
    List<String> incrementalRows = new ArrayList<>();
    for (int size : sizes) {
      Path content = work.resolve(size + "/content");
      Path hugo = work.resolve(size + "/hugo");
      if (!Files.exists(content)) {
        ArchiveGenerator.generate(content, size, 42);
      }
      if (!Files.exists(hugo)) {
        HugoSite.write(content, hugo);
      }
      long markdown = bytes(content.resolve("papers"));
      List<Run> annals = new ArrayList<>();
      List<Run> hugos = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        Path out = work.resolve(size + "/annals-site");
        delete(out);
        annals.add(timed(List.of("java", "-jar", jar.toString(), "build", "--content", content.toString(), "--out",
            out.toString()), out));
        Path hugoOut = work.resolve(size + "/hugo-site");
        delete(hugoOut);
        hugos.add(timed(List.of("hugo", "--quiet", "--source", hugo.toString(), "--destination", hugoOut.toString()),
            hugoOut));
        System.out.printf(Locale.ROOT, "run %d of %d papers: Annals %.2f s, Hugo %.2f s%n", r + 1, size,
            annals.get(r).wall(), hugos.get(r).wall());
      }
      kindTables.add(OutputKinds.table(OutputKinds.of(work.resolve(size + "/annals-site")), size, markdown));
      if (size >= 1_000 && !heap.isEmpty() && !heap.equals("none")) {
        // Once more with a heap limit, which a large archive is built within by reading its papers twice.
        Path out = work.resolve(size + "/annals-site");
        delete(out);
        Run bounded = timed(List.of("java", "-Xmx" + heap, "-jar", jar.toString(), "build", "--content",
            content.toString(), "--out", out.toString()), out);
        heapRows.add(String.format(Locale.ROOT, "| %,d | -Xmx%s | %.2f s (%.2f s CPU) | %,d MB | %s |", size, heap,
            bounded.wall(), bounded.cpu(), bounded.peakKib() / 1024,
            size >= 10_000 ? (bounded.peakKib() * 1024L <= GIB ? "pass" : "FAIL") + " ≤ 1 GB" : ""));
      }
      if (size >= 100) {
        long edit = serveEdit(jar, content, work.resolve(size + "/preview"));
        serveRows.add(String.format(Locale.ROOT, "| %,d | %,d ms | %s |", size, edit,
            size >= 10_000 ? (edit <= 1_000 ? "pass" : "FAIL") + " ≤ 1 s" : "(target at 10,000)"));
      }
      Run a = median(annals);
      Run h = median(hugos);
      if (size >= 100) {
        // The last run's output and its build cache are still there.
        double[] again = incremental(jar, content, work.resolve(size + "/annals-site"));
        double share = again[0] / a.wall();
        incrementalRows.add(String.format(Locale.ROOT, "| %,d | %.2f s | %.2f s (%.0f %%) | %.2f s | %s | %s |", size,
            a.wall(), again[0], 100 * share, again[1], again[2] == 1 ? "same bytes" : "DIFFERENT",
            size >= 10_000 ? (share <= 0.10 && again[2] == 1 ? "pass" : "FAIL") + " ≤ 10 %" : "(target at 10,000)"));
      }
      double ratio = a.wall() / h.wall();
      double times = (double) a.bytes() / markdown;
      List<String> verdicts = new ArrayList<>();
      verdicts.add((ratio < 1 ? "pass" : "FAIL") + " faster than Hugo");
      if (size >= 10_000) {
        verdicts.add((a.peakKib() * 1024L <= GIB ? "pass" : "FAIL") + " ≤ 1 GB");
      }
      if (size == 1) {
        verdicts.add((a.wall() <= 0.5 ? "pass" : "FAIL") + " ≤ 0.5 s");
      }
      verdicts.add((times <= 4 ? "pass" : "FAIL") + " output ≤ 4× Markdown");
      rows.add(String.format(Locale.ROOT, "| %,d | %.2f s (%.2f s CPU) | %.2f s | %.2f | %,d MB | %,d MB | %,d | %.1f× | %s |",
          size, a.wall(), a.cpu(), h.wall(), ratio, a.peakKib() / 1024, a.bytes() >> 20, a.files(), times,
          String.join("; ", verdicts)));
    }
    System.out.println();
    System.out.println("| papers | Annals (median wall, CPU) | Hugo | Annals/Hugo | Annals peak RSS | Annals output | "
        + "files | output / Markdown | targets |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
    kindTables.forEach(System.out::print);
    table("Annals with a heap limit (one run each, after the others):", "| papers | heap | wall (CPU) | peak RSS | target |",
        heapRows);
    table("A second `annals build` after a one-paragraph edit (the build cache), then after the edit is undone,"
        + " against the clean build's median; the site it leaves is compared with the clean build's:",
        "| papers | clean build | after the edit | after undoing it | site | target |", incrementalRows);
    table("`annals serve`: a one-paragraph edit, from the save to the reload being sent:",
        "| papers | rebuild | target |", serveRows);
  }

  /** Prints a table under its title, if it has rows. */
  private static void table(String title, String header, List<String> rows) {
    if (rows.isEmpty()) {
      return;
    }
    System.out.println();
    System.out.println(title);
    System.out.println();
    System.out.println(header);
    System.out.println(header.replaceAll("[^|]+", "---"));
    rows.forEach(System.out::println);
  }

  private static final Pattern REBUILT = Pattern.compile("Rebuilt in (\\d+) ms");

  /**
   * Starts {@code annals serve} on the archive, waits for its first build, adds a sentence to a
   * paragraph of one paper and returns how long the rebuild took as the server reports it (from
   * the change being seen to the reload being sent); then puts the paper back and stops the server.
   */
  private static long serveEdit(Path jar, Path content, Path preview) throws IOException, InterruptedException {
    delete(preview);
    Path log = Files.createTempFile("serve", ".txt");
    Process server = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", "0", "--content",
        content.toString(), "--out", preview.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Path paper;
    try (Stream<Path> papers = Files.list(content.resolve("papers"))) {
      paper = papers.sorted().skip(7).findFirst().orElseThrow().resolve("paper.md");
    }
    String text = Files.readString(paper, StandardCharsets.UTF_8);
    try {
      await(log, server, "Serving ", 1);
      int at = text.indexOf("\n\n", text.indexOf("\n## 2")) + 2;
      Files.writeString(paper, text.substring(0, at) + "A sentence added to see the preview rebuild. "
          + text.substring(at), StandardCharsets.UTF_8);
      Matcher m = REBUILT.matcher(await(log, server, "Rebuilt in ", 1));
      long ms = -1;
      while (m.find()) {
        ms = Long.parseLong(m.group(1));
      }
      return ms;
    } finally {
      Files.writeString(paper, text, StandardCharsets.UTF_8);
      server.destroy();
      server.waitFor();
      Files.deleteIfExists(log);
      delete(preview);
    }
  }

  /**
   * Adds a sentence to a paragraph of one paper and builds again into the output of the last
   * clean build, then undoes the edit and builds again: the wall times of both builds, and 1 when
   * the site left at the end has the bytes of the clean build's, else 0.
   */
  private static double[] incremental(Path jar, Path content, Path out) throws IOException, InterruptedException {
    String clean = digest(out);
    Path paper;
    try (Stream<Path> papers = Files.list(content.resolve("papers"))) {
      paper = papers.sorted().skip(7).findFirst().orElseThrow().resolve("paper.md");
    }
    String text = Files.readString(paper, StandardCharsets.UTF_8);
    List<String> build = List.of("java", "-jar", jar.toString(), "build", "--content", content.toString(), "--out",
        out.toString());
    Run edited;
    try {
      int at = text.indexOf("\n\n", text.indexOf("\n## 2")) + 2;
      Files.writeString(paper, text.substring(0, at) + "A sentence added to see the site built again. "
          + text.substring(at), StandardCharsets.UTF_8);
      edited = timed(build, out);
    } finally {
      Files.writeString(paper, text, StandardCharsets.UTF_8);
    }
    Run undone = timed(build, out);
    return new double[] {edited.wall(), undone.wall(), digest(out).equals(clean) ? 1 : 0};
  }

  /** The SHA-256 of a folder's files, their paths and bytes, in order. */
  private static String digest(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        sha.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        try (java.io.InputStream in = Files.newInputStream(file)) {
          byte[] buffer = new byte[1 << 16];
          for (int n; (n = in.read(buffer)) > 0;) {
            sha.update(buffer, 0, n);
          }
        }
      }
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the log has {@code count} lines starting with {@code start}; returns the log. */
  private static String await(Path log, Process server, String start, int count)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < deadline) {
      String text = Files.readString(log, StandardCharsets.UTF_8);
      if (text.lines().filter(l -> l.startsWith(start)).count() >= count) {
        return text;
      }
      if (!server.isAlive()) {
        throw new IllegalStateException("annals serve stopped:\n" + text);
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("annals serve did not print '" + start + "' in 10 minutes");
  }

  private static final Pattern ELAPSED = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (?:(\\d+):)?(\\d+):([\\d.]+)");
  private static final Pattern USER = Pattern.compile("User time \\(seconds\\): ([\\d.]+)");
  private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\): ([\\d.]+)");
  private static final Pattern PEAK = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  /** Runs a command under {@code /usr/bin/time -v} and reads what it measured. */
  private static Run timed(List<String> command, Path out) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-v"));
    full.addAll(command);
    Path log = Files.createTempFile("bench", ".txt");
    Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int code = process.waitFor();
    String text = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + text);
    }
    Matcher e = ELAPSED.matcher(text);
    Matcher u = USER.matcher(text);
    Matcher s = SYSTEM.matcher(text);
    Matcher p = PEAK.matcher(text);
    if (!(e.find() && u.find() && s.find() && p.find())) {
      throw new IllegalStateException("no measurements in:\n" + text);
    }
    double wall = (e.group(1) == null ? 0 : Integer.parseInt(e.group(1)) * 3600) + Integer.parseInt(e.group(2)) * 60
        + Double.parseDouble(e.group(3));
    return new Run(wall, Double.parseDouble(u.group(1)) + Double.parseDouble(s.group(1)), Long.parseLong(p.group(1)),
        bytes(out), files(out));
  }

  private static Run median(List<Run> runs) {
    List<Run> sorted = new ArrayList<>(runs);
    sorted.sort((x, y) -> Double.compare(x.wall(), y.wall()));
    return sorted.get(sorted.size() / 2);
  }

  static long bytes(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static long files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
