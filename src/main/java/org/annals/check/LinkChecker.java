package org.annals.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks every internal link of a built site: {@code href} and {@code src} of every HTML page, the
 * URLs of {@code sitemap.xml} and {@code feed.xml}, and the result URLs of the search index. Each
 * must name a file of the site (a folder stands for its {@code index.html}) and, with a fragment,
 * an element id on that page. Links must stay under the site's base path: a link starting with
 * {@code /}, or leaving the site's folder, would break under a project path. Outside links are
 * collected, not fetched.
 */
public final class LinkChecker {
  private final Path root;
  private final Optional<URI> base;
  private final Map<Path, Set<String>> ids = new HashMap<>();
  private final Set<String> external = new TreeSet<>();
  private int links;
  private int pages;

  /**
   * @param baseUrl the URL the site is published at; when empty, the home page's canonical link
   *     tells it, if it has one
   */
  public LinkChecker(Path root, Optional<String> baseUrl) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.base = (baseUrl.isPresent() ? baseUrl : canonicalOf(this.root.resolve("index.html"))).map(URI::create);
  }

  public LinkChecker(Path root) throws IOException {
    this(root, Optional.empty());
  }

  private static Optional<String> canonicalOf(Path home) throws IOException {
    if (!Files.isRegularFile(home)) {
      return Optional.empty();
    }
    String href = Jsoup.parse(Files.readString(home, StandardCharsets.UTF_8)).select("link[rel=canonical]").attr("href");
    return href.isEmpty() ? Optional.empty() : Optional.of(href);
  }

  /** Every problem found, ordered by file and link. */
  public List<LinkProblem> check() throws IOException {
    List<LinkProblem> problems = new ArrayList<>();
    List<Path> htmlPages;
    try (Stream<Path> walk = Files.walk(root)) {
      htmlPages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : htmlPages) {
      Document document = parse(page);
      ids.put(page, document.select("[id]").stream().map(e -> e.attr("id")).collect(Collectors.toSet()));
      String name = name(page);
      pages++;
      for (Element element : document.select("[href], [src]")) {
        if (name.equals("404.html") && element.hasAttr("data-root")) {
          continue; // the 404 page, served at any depth, finds the site's root by script
        }
        String href = element.hasAttr("href") ? element.attr("href") : element.attr("src");
        check(page.getParent(), name, href, true).ifPresent(problems::add);
      }
    }
    Path sitemap = root.resolve("sitemap.xml");
    if (Files.isRegularFile(sitemap)) {
      for (Element loc : xml(sitemap).select("loc")) {
        check(root, "sitemap.xml", loc.text(), false).ifPresent(problems::add);
      }
    }
    Path feed = root.resolve("feed.xml");
    if (Files.isRegularFile(feed)) {
      for (Element link : xml(feed).select("link[href]")) {
        check(root, "feed.xml", link.attr("href"), false).ifPresent(problems::add);
      }
    }
    Path docIndex = root.resolve("search/index/docs.idx");
    if (Files.isRegularFile(docIndex)) {
      ObjectMapper json = new ObjectMapper();
      List<byte[]> packs = new java.util.ArrayList<>();
      for (int i = 0; Files.isRegularFile(root.resolve("search/index/docs/" + i + ".bin")); i++) {
        packs.add(Files.readAllBytes(root.resolve("search/index/docs/" + i + ".bin")));
      }
      List<String> documents = storedDocuments(packs, Files.readAllBytes(docIndex));
      for (int i = 0; i < documents.size(); i++) {
        JsonNode doc = json.readTree(documents.get(i));
        check(root, "search/index/docs.idx (document " + i + ")", doc.get(1).asText(), false).ifPresent(problems::add);
      }
    }
    return problems;
  }

  /**
   * The search index's stored documents as JSON: {@code docs.idx} holds three big-endian 32-bit
   * numbers per document (its file under {@code docs/}, offset and length); each is raw DEFLATE.
   */
  private static List<String> storedDocuments(List<byte[]> packs, byte[] index) {
    java.nio.ByteBuffer entries = java.nio.ByteBuffer.wrap(index);
    List<String> documents = new java.util.ArrayList<>();
    while (entries.remaining() >= 12) {
      int pack = entries.getInt();
      int offset = entries.getInt();
      int length = entries.getInt();
      java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
      inflater.setInput(packs.get(pack), offset, length);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      try {
        while (!inflater.finished()) {
          int n = inflater.inflate(buffer);
          if (n == 0 && inflater.needsInput()) {
            break;
          }
          out.write(buffer, 0, n);
        }
      } catch (java.util.zip.DataFormatException e) {
        documents.add("[\"\",\"\"]");
        continue;
      } finally {
        inflater.end();
      }
      documents.add(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
    return documents;
  }

  /** The outside (http and https) links of the pages, as found by the last {@link #check()}. */
  public Set<String> externalLinks() {
    return external;
  }

  /** How many links the last {@link #check()} followed. */
  public int links() {
    return links;
  }

  /** How many HTML pages the last {@link #check()} read. */
  public int pages() {
    return pages;
  }

  private Optional<LinkProblem> check(Path from, String name, String href, boolean collectExternal) {
    links++;
    if (href.isEmpty()) {
      return Optional.of(new LinkProblem(name, href, "empty link"));
    }
    if (href.startsWith("/")) {
      return Optional.of(new LinkProblem(name, href, "link starts with /, which breaks under a project path"));
    }
    URI uri;
    try {
      uri = new URI(href);
    } catch (URISyntaxException e) {
      return Optional.of(new LinkProblem(name, href, "malformed URL"));
    }
    if (uri.getScheme() != null) {
      if (base.isPresent() && sameHost(uri, base.get())) {
        String basePath = base.get().getPath() == null ? "/" : base.get().getPath();
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.startsWith(basePath)) {
          return Optional.of(new LinkProblem(name, href, "link leaves the site's base path " + basePath));
        }
        return resolve(root, name, href, path.substring(basePath.length()), uri.getFragment());
      }
      if (collectExternal && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        external.add(href);
      }
      return Optional.empty();
    }
    return resolve(from, name, href, uri.getPath() == null ? "" : uri.getPath(), uri.getFragment());
  }

  private static boolean sameHost(URI a, URI b) {
    return a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
  }

  private Optional<LinkProblem> resolve(Path from, String name, String href, String path, String fragment) {
    Path target = from;
    if (!path.isEmpty()) {
      target = from.resolve(path).normalize();
      if (!target.startsWith(root)) {
        return Optional.of(new LinkProblem(name, href, "link leaves the site"));
      }
      if (Files.isDirectory(target)) {
        target = target.resolve("index.html");
      }
      if (!Files.isRegularFile(target)) {
        return Optional.of(new LinkProblem(name, href, "missing page or file"));
      }
    } else if (!name.endsWith(".html")) {
      target = root.resolve("index.html");
    } else {
      target = root.resolve(name);
    }
    if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
        && !idsOf(target).contains(fragment)) {
      return Optional.of(new LinkProblem(name, href, "missing anchor"));
    }
    return Optional.empty();
  }

  private String name(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private Set<String> idsOf(Path page) {
    return ids.computeIfAbsent(page, p -> parse(p).select("[id]").stream()
        .map(e -> e.attr("id")).collect(Collectors.toSet()));
  }

  private static Document parse(Path page) {
    try {
      return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document xml(Path file) throws IOException {
    return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
  }
}
