package org.annals.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A client that writes its request by hand, byte for byte, so that the server sees exactly the
 * request line a test means ({@code java.net.http} and browsers normalise paths before sending).
 */
final class RawClient {
  /** A response: its status, its headers by lower-case name, and its body. */
  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private RawClient() {}

  /** Sends {@code requestLine} with a Host header for 127.0.0.1, and reads the whole answer. */
  static Response send(int port, String requestLine) throws IOException {
    return sendRaw(port, requestLine + "\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
  }

  /** Sends exactly {@code request} and reads the answer until the server closes the connection. */
  static Response sendRaw(int port, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return parse(socket.getInputStream());
    }
  }

  static Response parse(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      throw new IOException("not an HTTP response: " + text.substring(0, Math.min(200, text.length())));
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
    }
    String body = new String(text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    return new Response(status, headers, body);
  }
}
