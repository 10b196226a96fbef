package org.annals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the papers of an archive in Annals' format as a Hugo site, for the benchmark: each paper a
 * branch bundle whose index holds its front matter and abstract, with one page per top-level
 * section (its subsections in it) and one for its references; a home page and a list of all
 * papers. Every page carries the paper's table of contents, so Hugo need not query the collection
 * to draw it, as Annals draws its contents from the paper's model.
 */
public final class HugoSite {
  private HugoSite() {}

  public static void write(Path content, Path site) throws IOException {
    Files.createDirectories(site.resolve("content/papers"));
    Files.writeString(site.resolve("config.toml"), """
        baseURL = "/"
        title = "Generated Archive"
        disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
        [markup.goldmark.renderer]
        unsafe = false
        """);
    Path layouts = site.resolve("layouts/_default");
    Files.createDirectories(layouts);
    Files.writeString(layouts.resolve("baseof.html"), """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
        <body><main>{{ block "main" . }}{{ end }}</main></body></html>
        """);
    Files.writeString(layouts.resolve("single.html"), """
        {{ define "main" }}<h1>{{ .Title }}</h1>
        <nav><ol>{{ range .Params.toc }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ol></nav>
        {{ .Content }}{{ end }}
        """);
    Files.writeString(layouts.resolve("list.html"), """
        {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
        <nav><ol>{{ range .Params.toc }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ol></nav>
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
        """);
    Files.writeString(site.resolve("layouts/index.html"), """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
        <body><h1>{{ .Site.Title }}</h1><ul>{{ range first 10 (where .Site.RegularPages "Section" "papers") }}
        <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
        """);
    try (Stream<Path> folders = Files.list(content.resolve("papers"))) {
      for (Path folder : folders.sorted().toList()) {
        paper(folder, site.resolve("content/papers").resolve(folder.getFileName()));
      }
    }
  }

  private static void paper(Path folder, Path bundle) throws IOException {
    String text = Files.readString(folder.resolve("paper.md"), StandardCharsets.UTF_8);
    int end = text.indexOf("\n---", 3);
    String front = text.substring(4, end);
    String body = text.substring(end + 4);
    List<String[]> sections = new ArrayList<>();
    for (String part : body.split("\n(?=## )")) {
      if (part.startsWith("## ")) {
        int line = part.indexOf('\n');
        String title = part.substring(3, line < 0 ? part.length() : line).strip();
        sections.add(new String[] {title, part.substring(line < 0 ? part.length() : line + 1)});
      }
    }
    StringBuilder toc = new StringBuilder("toc:\n");
    for (int i = 0; i < sections.size(); i++) {
      toc.append("  - title: \"").append(sections.get(i)[0].replace("\"", "'")).append("\"\n    url: \"s")
          .append(i + 1).append("/\"\n");
    }
    Files.createDirectories(bundle);
    String title = front.lines().filter(l -> l.startsWith("title:")).findFirst().orElse("title: \"Paper\"");
    String date = front.lines().filter(l -> l.startsWith("date:")).findFirst().orElse("");
    String summary = front.lines().filter(l -> l.startsWith("abstract:")).findFirst().orElse("abstract: \"\"")
        .substring("abstract:".length()).strip();
    Files.writeString(bundle.resolve("_index.md"), "---\n" + title + "\n" + date + "\n" + toc + "---\n\n"
        + summary.replaceAll("^\"|\"$", "") + "\n");
    for (int i = 0; i < sections.size(); i++) {
      Files.writeString(bundle.resolve("s" + (i + 1) + ".md"), "---\ntitle: \"" + sections.get(i)[0].replace("\"", "'")
          + "\"\n" + toc + "---\n\n" + sections.get(i)[1]);
    }
  }
}
