package org.annals.check;

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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal link of a built site: {@code href} and {@code src} of every HTML page must
 * name a file of the site (a folder stands for its {@code index.html}) and, with a fragment, an
 * element id on that page. Links must be relative: one starting with {@code /} would break under a
 * project path. Outside links ({@code https:}, {@code mailto:}) are not fetched.
 */
public final class LinkChecker {
  private final Path root;
  private final Map<Path, Set<String>> ids = new HashMap<>();

  public LinkChecker(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Every problem found, ordered by page and link. */
  public List<LinkProblem> check() throws IOException {
    List<LinkProblem> problems = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(root)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : pages) {
      Document document = parse(page);
      ids.put(page, document.select("[id]").stream().map(e -> e.attr("id")).collect(Collectors.toSet()));
      String name = root.relativize(page).toString().replace('\\', '/');
      for (Element element : document.select("[href], [src]")) {
        String href = element.hasAttr("href") ? element.attr("href") : element.attr("src");
        checkLink(page, name, href).ifPresent(problems::add);
      }
    }
    return problems;
  }

  private java.util.Optional<LinkProblem> checkLink(Path page, String name, String href) {
    if (href.isEmpty()) {
      return java.util.Optional.of(new LinkProblem(name, href, "empty link"));
    }
    if (href.startsWith("/")) {
      return java.util.Optional.of(new LinkProblem(name, href, "link starts with /, which breaks under a project path"));
    }
    URI uri;
    try {
      uri = new URI(href);
    } catch (URISyntaxException e) {
      return java.util.Optional.of(new LinkProblem(name, href, "malformed URL"));
    }
    if (uri.getScheme() != null) {
      return java.util.Optional.empty();
    }
    Path target = page.getParent();
    String path = uri.getRawPath() == null ? "" : uri.getPath();
    if (!path.isEmpty()) {
      target = target.resolve(path).normalize();
      if (!target.startsWith(root)) {
        return java.util.Optional.of(new LinkProblem(name, href, "link leaves the site"));
      }
      if (Files.isDirectory(target)) {
        target = target.resolve("index.html");
      }
      if (!Files.isRegularFile(target)) {
        return java.util.Optional.of(new LinkProblem(name, href, "missing page or file"));
      }
    } else {
      target = page;
    }
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
        && !idsOf(target).contains(fragment)) {
      return java.util.Optional.of(new LinkProblem(name, href, "missing anchor"));
    }
    return java.util.Optional.empty();
  }

  private Set<String> idsOf(Path page) {
    return ids.computeIfAbsent(page, p -> parse(p).select("[id]").stream()
        .map(e -> e.attr("id")).collect(Collectors.toSet()));
  }

  private Document parse(Path page) {
    try {
      return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
