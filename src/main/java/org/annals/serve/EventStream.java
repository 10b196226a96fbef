package org.annals.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Server-sent events to every open preview tab: {@code reload} after a good build, {@code build-error} after a bad one. */
final class EventStream {
  private final List<OutputStream> clients = new CopyOnWriteArrayList<>();

  /** Keeps a request open as an event stream, first sending {@code initial} when it is not null. */
  void open(HttpExchange exchange, String initialEvent, String initialData) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().add("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
    if (initialEvent != null) {
      out.write(event(initialEvent, initialData));
    }
    out.flush();
    clients.add(out);
  }

  void send(String name, String data) {
    byte[] bytes = event(name, data);
    for (OutputStream out : clients) {
      try {
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        clients.remove(out);
      }
    }
  }

  int clients() {
    return clients.size();
  }

  void close() {
    for (OutputStream out : clients) {
      try {
        out.close();
      } catch (IOException ignored) {
        // the tab is gone already
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
