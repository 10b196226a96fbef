package org.annals.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Server-sent events to every open preview tab: {@code reload} after a good build, {@code
 * build-error} after a bad one. Each write is timed: a client that stops reading is dropped
 * rather than holding up the rebuild that sends the event.
 */
final class EventStream {
  private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();
  private final Supplier<Workers.Guard> guard;

  /** @param guard times a write to one client, interrupting it when it takes too long */
  EventStream(Supplier<Workers.Guard> guard) {
    this.guard = guard;
  }

  /** Keeps a request open as an event stream, first sending {@code initial} when it is not null. */
  void open(HttpExchange exchange, String initialEvent, String initialData) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
    if (initialEvent != null) {
      out.write(event(initialEvent, initialData));
    }
    out.flush();
    clients.add(exchange);
  }

  void send(String name, String data) {
    byte[] bytes = event(name, data);
    for (HttpExchange client : clients) {
      try (Workers.Guard timed = guard.get()) {
        OutputStream out = client.getResponseBody();
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        clients.remove(client);
        client.close();
      }
    }
  }

  int clients() {
    return clients.size();
  }

  void close() {
    for (HttpExchange client : clients) {
      try (Workers.Guard timed = guard.get()) {
        client.close();
      }
    }
    clients.clear();
  }

  private static byte[] event(String name, String data) {
    StringBuilder text = new StringBuilder("event: ").append(name).append('\n');
    for (String line : data.split("\n", -1)) {
      text.append("data: ").append(line).append('\n');
    }
    return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }
}
