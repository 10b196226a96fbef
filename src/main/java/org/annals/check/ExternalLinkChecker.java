package org.annals.check;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks outside links by asking their servers: a HEAD request (a GET where HEAD is refused),
 * redirects followed, each request bounded by a timeout, a few at a time. Only on request
 * ({@code annals check --external}): it needs the network.
 */
public final class ExternalLinkChecker {
  private final Duration timeout;
  private final int parallel;
  private final HttpClient client;

  public ExternalLinkChecker(Duration timeout, int parallel) {
    this.timeout = timeout;
    this.parallel = parallel;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** One problem per link that fails, in the order given. */
  public List<LinkProblem> check(Collection<String> urls) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(parallel);
    try {
      List<Future<LinkProblem>> results = new ArrayList<>();
      for (String url : urls) {
        results.add(pool.submit(() -> check(url)));
      }
      List<LinkProblem> problems = new ArrayList<>();
      for (Future<LinkProblem> result : results) {
        try {
          LinkProblem problem = result.get();
          if (problem != null) {
            problems.add(problem);
          }
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      return problems;
    } finally {
      pool.shutdownNow();
    }
  }

  private LinkProblem check(String url) throws InterruptedException {
    try {
      int status = status(url, "HEAD");
      if (status == 405 || status == 501 || status == 403) {
        status = status(url, "GET");
      }
      return status >= 400 ? new LinkProblem("(outside link)", url, "HTTP " + status) : null;
    } catch (java.io.IOException | IllegalArgumentException e) {
      String why = e instanceof java.net.http.HttpTimeoutException ? "no answer within " + timeout.toSeconds() + " s"
          : "unreachable (" + e.getClass().getSimpleName() + ")";
      return new LinkProblem("(outside link)", url, why);
    }
  }

  private int status(String url, String method) throws java.io.IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
        .method(method, HttpRequest.BodyPublishers.noBody()).header("User-Agent", "Annals link checker").build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
