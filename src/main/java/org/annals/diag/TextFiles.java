package org.annals.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the text files of an archive (papers, bibliographies, settings) the one way: UTF-8, with
 * a byte-order mark ignored and Windows ({@code CRLF}) and old Mac ({@code CR}) line ends read as
 * {@code LF}, so that all three give the same site. A file that is too large, UTF-16, not UTF-8,
 * holds a NUL character, cannot be read, or is a link that leads outside {@code root} or in a
 * loop is an error that says where and why; nothing is returned then.
 */
public final class TextFiles {
  /** The largest paper Annals reads: a paper beyond this is an error rather than minutes of work. */
  public static final long MAX_PAPER_BYTES = 10L * 1024 * 1024;

  private TextFiles() {}

  /**
   * The text of {@code file}, which must lie inside {@code root} once links are followed.
   *
   * @param maxBytes the largest size accepted
   */
  public static Optional<String> read(Path file, Path root, long maxBytes, Diagnostics diagnostics) {
    SourcePosition start = SourcePosition.startOf(file);
    try {
      Path real = file.toRealPath();
      if (root != null && !real.startsWith(root.toRealPath())) {
        diagnostics.error(start, null, "file is a link to a file outside the content folder",
            "copy the file into " + root + " instead of linking to it");
        return Optional.empty();
      }
      if (!Files.isRegularFile(real)) {
        diagnostics.error(start, null, "is not a file", "a paper is a file named paper.md in its folder");
        return Optional.empty();
      }
      long size = Files.size(real);
      if (size > maxBytes) {
        diagnostics.error(start, null, String.format(Locale.ROOT, "file is %.1f MB; Annals reads files of up to %d MB",
            size / 1048576.0, maxBytes / 1048576), "split it into several papers, or move data out of the text");
        return Optional.empty();
      }
      return decode(file, Files.readAllBytes(real), diagnostics);
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
      boolean loop = reason.toLowerCase(Locale.ROOT).contains("too many levels of symbolic links");
      diagnostics.error(start, null, loop ? "file is a symbolic link that leads round in a loop"
          : "cannot read the file: " + reason, loop ? "point the link at a real file inside the content folder"
          : "check that it exists and that its permissions let you read it");
    } catch (IOException e) {
      diagnostics.error(start, null, "cannot read the file: " + e.getMessage(),
          "check that it exists and that its permissions let you read it");
    }
    return Optional.empty();
  }

  /** The text of a file's bytes, or an error at the first byte that is not UTF-8 text. */
  static Optional<String> decode(Path file, byte[] bytes, Diagnostics diagnostics) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      diagnostics.error(SourcePosition.startOf(file), null, "file is UTF-16 text, not UTF-8",
          "save it as UTF-8 (in most editors: Save with encoding → UTF-8)");
      return Optional.empty();
    }
    int from = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
        ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length - from + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      String before = normalise(out.flip().toString());
      String whole = normalise(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8));
      StringBuilder shown = new StringBuilder();
      for (int i = at; i < Math.min(bytes.length, at + result.length()); i++) {
        shown.append(String.format(Locale.ROOT, " 0x%02X", bytes[i] & 0xFF));
      }
      diagnostics.error(new SourceText(file, whole), before.length(), "invalid UTF-8: byte" + (result.length() > 1
          ? "s" : "") + shown + " at byte " + at + " of the file",
          "save the file as UTF-8; the text around this place may have been pasted from a file in another encoding");
      return Optional.empty();
    }
    decoder.flush(out);
    String text = normalise(out.flip().toString());
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      diagnostics.error(new SourceText(file, text.replace('\0', '�')), nul, "NUL character (U+0000) in the text",
          "remove it; a file full of them is UTF-16 or not text at all, and should be saved as UTF-8 text");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** Windows and old Mac line ends as Unix ones. */
  public static String normalise(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
