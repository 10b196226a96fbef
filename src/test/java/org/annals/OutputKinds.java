package org.annals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The bytes of a built site by kind of file: a paper's section pages, its page, its whole-paper
 * page, its references page, its exports; the search index; the listings (home, papers, authors,
 * topics, years, works, feeds, sitemaps); the assets and the rest.
 */
final class OutputKinds {
  static final List<String> KINDS = List.of("section pages", "paper pages", "whole-paper pages", "references pages",
      "exports", "search index", "listings and feeds", "assets and other");

  private OutputKinds() {}

  /** Bytes and files of each kind, in the order of {@link #KINDS}. */
  static Map<String, long[]> of(Path site) throws IOException {
    Map<String, long[]> kinds = new LinkedHashMap<>();
    KINDS.forEach(k -> kinds.put(k, new long[2]));
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        long[] sum = kinds.get(kind(site.relativize(file)));
        sum[0] += Files.size(file);
        sum[1]++;
      }
    }
    return kinds;
  }

  static String kind(Path relative) {
    int n = relative.getNameCount();
    String first = relative.getName(0).toString();
    String last = relative.getFileName().toString();
    if (first.equals("papers") && n >= 3) {
      String second = relative.getName(2).toString();
      if (n == 3) {
        return last.equals("index.html") ? "paper pages" : last.endsWith(".html") ? "assets and other" : "exports";
      }
      if (n == 4 && last.equals("index.html")) {
        return switch (second) {
          case "full" -> "whole-paper pages";
          case "references" -> "references pages";
          default -> "section pages";
        };
      }
      return "assets and other";
    }
    if (first.equals("search") && n > 1 && !last.equals("index.html")) {
      return "search index";
    }
    if (first.equals("assets") || first.equals("404.html")) {
      return "assets and other";
    }
    return "listings and feeds";
  }

  /** A table of the kinds: bytes in all, per paper, and the share of the whole. */
  static String table(Map<String, long[]> kinds, int papers, long markdown) {
    long total = kinds.values().stream().mapToLong(v -> v[0]).sum();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%nOutput of %,d papers by kind (Markdown %,d bytes, %,d a paper):%n%n",
        papers, markdown, markdown / papers));
    out.append("| kind | files | bytes | per paper | × Markdown | share |\n|---|---|---|---|---|---|\n");
    for (Map.Entry<String, long[]> e : kinds.entrySet()) {
      long bytes = e.getValue()[0];
      out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %.2f | %.1f%% |%n", e.getKey(), e.getValue()[1],
          bytes, bytes / papers, (double) bytes / markdown, 100.0 * bytes / total));
    }
    out.append(String.format(Locale.ROOT, "| all | %,d | %,d | %,d | %.2f | 100%% |%n",
        kinds.values().stream().mapToLong(v -> v[1]).sum(), total, total / papers, (double) total / markdown));
    return out.toString();
  }
}
