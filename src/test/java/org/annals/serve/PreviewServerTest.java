package org.annals.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.annals.Fixtures;
import org.annals.site.BuildOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview end to end: a temp copy of the archive, served on a free port, edited while served. */
class PreviewServerTest {
  private static final String CONCLUSION = "papers/us-japan-relations-biden/4-conclusion/";

  @TempDir
  Path temp;

  private PreviewServer server;
  private Path paper;
  private final HttpClient http = HttpClient.newHttpClient();
  private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

  @BeforeEach
  void start() throws Exception {
    Path content = temp.resolve("content");
    Fixtures.copyTree(Fixtures.firstPaperContent(), content);
    paper = content.resolve("papers/us-japan-relations-biden/paper.md");
    Path project = Fixtures.projectDir();
    server = new PreviewServer(new BuildOptions(content, Optional.of(project.resolve("templates")),
        Optional.of(project.resolve("static")), temp.resolve("preview"), Optional.empty()), 0,
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    server.start();
    listen();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Reads the event stream into {@code events}: one entry per event, {@code name: data}. */
  private void listen() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "__annals/events")).build();
    http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
      StringBuilder event = new StringBuilder();
      response.body().forEach(line -> {
        if (line.startsWith("event: ")) {
          event.setLength(0);
          event.append(line.substring(7)).append(':');
        } else if (line.startsWith("data: ")) {
          event.append(' ').append(line.substring(6));
        } else if (line.isEmpty() && event.length() > 0) {
          events.add(event.toString());
          event.setLength(0);
        }
      });
    });
    // The stream is open once the server counts the tab.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (server == null || !hasClient()) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private boolean hasClient() throws Exception {
    java.lang.reflect.Field field = PreviewServer.class.getDeclaredField("events");
    field.setAccessible(true);
    return ((EventStream) field.get(server)).clients() > 0;
  }

  private String get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private String nextEvent() throws InterruptedException {
    String event = events.poll(10, TimeUnit.SECONDS);
    assertThat(event).as("an event within 10 s").isNotNull();
    return event;
  }

  private void edit(String from, String to) throws Exception {
    String text = Files.readString(paper);
    assertThat(text).contains(from);
    Files.writeString(paper, text.replace(from, to));
  }

  @Test
  void servesPagesWithTheReloadScriptOnlyInTheServedCopy() throws Exception {
    String page = get(CONCLUSION);
    assertThat(page).contains("Under President Biden, the relationship between the United States and Japan")
        .contains("<script src=\"/__annals/live.js\" defer></script>\n</body>");
    assertThat(Files.readString(temp.resolve("preview").resolve(CONCLUSION).resolve("index.html")))
        .doesNotContain("__annals");
    assertThat(get("__annals/live.js")).contains("new EventSource('/__annals/events')");
  }

  @Test
  void rebuildsAnEditedParagraphAndTellsTheTabToReload() throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      String marker = "Edit " + i + ":";
      long started = System.nanoTime();
      edit(i == 1 ? "A notable highlight" : "Edit " + (i - 1) + ": A notable highlight", marker + " A notable highlight");
      String event = nextEvent();
      millis.add((System.nanoTime() - started) / 1e6);
      assertThat(event).startsWith("reload:").contains(CONCLUSION + "index.html");
      assertThat(get(CONCLUSION)).contains(marker + " A notable highlight");
    }
    millis.sort(null);
    System.out.printf(Locale.ROOT, "[measure] preview: save of a one-paragraph edit to reload event: median %.0f ms "
        + "(min %.0f, max %.0f) over 5 edits%n", millis.get(2), millis.get(0), millis.get(4));
  }

  @Test
  void picksUpAPaperAddedInANewFolderAndDropsARemovedOne() throws Exception {
    Path folder = paper.getParent().resolveSibling("second-paper");
    Files.createDirectories(folder);
    // The new folder is watched from its creation on: the file written into it afterwards is seen.
    Thread.sleep(200);
    Files.writeString(folder.resolve("paper.md"), Files.readString(paper).replace(
        "title: \"Adjusting", "title: \"Second copy of Adjusting"));
    String event = nextEvent();
    while (!event.contains("papers/second-paper/index.html")) {
      event = nextEvent();
    }
    assertThat(get("papers/second-paper/")).contains("Second copy of Adjusting");
    assertThat(get("")).contains("Second copy of Adjusting");
    Files.delete(folder.resolve("paper.md"));
    Files.delete(folder);
    do {
      event = nextEvent();
    } while (!event.contains("papers/second-paper/index.html"));
    assertThat(get("")).doesNotContain("Second copy of Adjusting");
    assertThat(temp.resolve("preview/papers/second-paper")).doesNotExist();
  }

  @Test
  void showsABuildErrorAndClearsItWhenTheFileIsFixed() throws Exception {
    edit("(Lan & Huy, 2024)", "(Lan & Hue, 2024)");
    String error = nextEvent();
    assertThat(error).startsWith("build-error:").contains("paper.md:115:587: error: unresolved citation (Lan & Hue, 2024)").contains("error: unresolved citation (Lan & Hue, 2024)");
    assertThat(server.lastError()).isPresent();
    // The last good pages stay served, and a tab that connects now hears of the error at once.
    assertThat(get(CONCLUSION)).contains("Under President Biden");
    edit("(Lan & Hue, 2024)", "(Lan & Huy, 2024)");
    assertThat(nextEvent()).startsWith("reload:");
    assertThat(server.lastError()).isEmpty();
  }

  @Test
  void aChangeInsideAPaperFolderTouchesThatPaperOnlyAndAnythingElseEverything() {
    Path papers = temp.resolve("content/papers").toAbsolutePath();
    Path folder = papers.resolve("us-japan-relations-biden");
    for (String inside : List.of("paper.md", ".paper.md.swp", "paper.md~", "4913", "refs.bib", "figures/map.png")) {
      assertThat(PreviewServer.paperFolder(papers, folder.resolve(inside))).as(inside).contains(folder);
    }
    assertThat(PreviewServer.paperFolder(papers, papers.resolve("new-paper"))).isEmpty();
    assertThat(PreviewServer.paperFolder(papers, papers)).isEmpty();
    assertThat(PreviewServer.paperFolder(papers, temp.resolve("content/site.yaml"))).isEmpty();
    assertThat(PreviewServer.paperFolder(papers, temp.resolve("templates/layout.ftlh"))).isEmpty();
  }

  @Test
  void theSearchIndexFollowsAnEditAfterTheReload() throws Exception {
    Path terms = temp.resolve("preview/search/index/terms");
    edit("A notable highlight", "A zanzibarian highlight");
    assertThat(nextEvent()).startsWith("reload:");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    boolean found = false;
    while (!found && System.nanoTime() < deadline) {
      try (java.util.stream.Stream<Path> files = Files.list(terms)) {
        for (Path file : files.toList()) {
          found |= Files.readString(file).contains("\"zanzibarian\"");
        }
      }
      Thread.sleep(50);
    }
    assertThat(found).as("the word in the search index's terms within 20 s").isTrue();
  }
}
