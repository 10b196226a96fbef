package org.annals.site;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.annals.cite.CitationExports;
import org.annals.cite.CiteItem;
import org.annals.cite.CiteItems;
import org.annals.config.SiteConfig;
import org.annals.link.LinkedPaper;
import org.annals.render.Json;
import org.annals.link.SitePaths;

/** Writes a paper's citation and its reference list as BibTeX, RIS and CSL-JSON files. */
final class CitationFiles {
  private CitationFiles() {}

  /** Site-relative path → content of the six files. */
  static Map<String, byte[]> files(LinkedPaper linked, SiteConfig site) {
    Optional<String> url = site.baseUrl().map(base -> base + SitePaths.paper(linked.paper()));
    Map<String, byte[]> files = new LinkedHashMap<>();
    add(files, List.of(CiteItems.paper(linked.paper(), site, url)), SitePaths.paperCitation(linked.paper()));
    add(files, CiteItems.references(linked), SitePaths.referenceList(linked.paper()));
    return files;
  }

  private static void add(Map<String, byte[]> files, List<CiteItem> items, String stem) {
    files.put(stem + ".bib", CitationExports.bibtex(items).getBytes(StandardCharsets.UTF_8));
    files.put(stem + ".ris", CitationExports.ris(items).getBytes(StandardCharsets.UTF_8));
    files.put(stem + ".json", Json.fileBytes(CitationExports.cslJson(items)));
  }
}
