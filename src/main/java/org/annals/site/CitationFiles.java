package org.annals.site;

import java.util.List;
import java.util.Optional;
import org.annals.cite.CitationExports;
import org.annals.cite.CiteItem;
import org.annals.cite.CiteItems;
import org.annals.config.SiteConfig;
import org.annals.link.LinkedPaper;
import org.annals.render.Json;
import org.annals.render.SitePaths;

/** Writes a paper's citation and its reference list as BibTeX, RIS and CSL-JSON files. */
final class CitationFiles {
  private CitationFiles() {}

  static void write(LinkedPaper linked, SiteConfig site, OutputWriter writer) {
    Optional<String> url = site.baseUrl().map(base -> base + SitePaths.paper(linked.paper()));
    write(List.of(CiteItems.paper(linked.paper(), site, url)), SitePaths.paperCitation(linked.paper()), writer);
    write(CiteItems.references(linked), SitePaths.referenceList(linked.paper()), writer);
  }

  private static void write(List<CiteItem> items, String stem, OutputWriter writer) {
    writer.write(stem + ".bib", CitationExports.bibtex(items));
    writer.write(stem + ".ris", CitationExports.ris(items));
    writer.write(stem + ".json", Json.bytes(CitationExports.cslJson(items)));
  }
}
