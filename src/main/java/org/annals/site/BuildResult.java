package org.annals.site;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a successful build wrote.
 *
 * @param out the output folder
 * @param pages HTML pages written
 * @param files other files written (stylesheets, scripts, data)
 * @param bytes total bytes written
 * @param warnings warnings reported
 * @param elapsed wall time of the build
 * @param keptPapers papers whose files were kept from the last build into the same output
 * @param unreadPapers papers not read again: the build cache held what the last build read of them
 * @param unreadTexts of those, papers whose text was not even read: their files were as the last
 *     build found them, well before it began
 * @param keptArchive whether the archive's own pages (lists, feeds, sitemap) were kept from the last
 *     build, every paper being in the same place
 * @param keptIndex whether the search index was kept from the last build, every paper being
 *     unchanged and in the same place
 */
public record BuildResult(Path out, int pages, int files, long bytes, int warnings, Duration elapsed,
    int keptPapers, int unreadPapers, int unreadTexts, boolean keptArchive, boolean keptIndex) {

  public BuildResult(Path out, int pages, int files, long bytes, int warnings, Duration elapsed) {
    this(out, pages, files, bytes, warnings, elapsed, 0, 0, 0, false, false);
  }

  /**
   * {@code Built 24 pages and 1 file (312 KB) into target/site in 0.84 s, 1 warning}, and when
   * papers were kept from the last build, {@code ; 3 unchanged papers kept}, {@code ; 3
   * unchanged papers and the archive's own pages kept}, or {@code ; 3 unchanged papers, the
   * archive's own pages and its search index kept}.
   */
  public String summary() {
    String alsoKept = keptArchive && keptIndex ? ", the archive's own pages and its search index"
        : keptArchive ? " and the archive's own pages" : keptIndex ? " and the search index" : "";
    return String.format(java.util.Locale.ROOT, "Built %d page%s and %d file%s (%d KB) into %s in %.2f s, %d warning%s",
        pages, pages == 1 ? "" : "s", files, files == 1 ? "" : "s", (bytes + 1023) / 1024,
        out.toString().replace('\\', '/'), elapsed.toNanos() / 1e9, warnings, warnings == 1 ? "" : "s")
        + (keptPapers == 0 ? "" : String.format(java.util.Locale.ROOT, "; %d unchanged paper%s%s kept", keptPapers,
            keptPapers == 1 ? "" : "s", alsoKept));
  }
}
