package org.annals.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The YAML front matter of a paper, as written; {@code PaperReader} validates it. */
record FrontMatter(
    String title,
    List<AuthorEntry> authors,
    String date,
    List<String> keywords,
    @JsonProperty("abstract") String abstractText,
    String areas) {

  /** One entry of {@code authors}. */
  record AuthorEntry(String name, String affiliation, String family) {}

  /**
   * Splits a file into front matter and body. The front matter sits between a first line {@code ---}
   * and the next line {@code ---}.
   *
   * @param yaml the YAML text between the fences
   * @param yamlFirstLine the 1-based line where the YAML starts
   * @param bodyOffset the character offset where the body starts
   */
  record Split(String yaml, int yamlFirstLine, int bodyOffset) {}

  /** Finds the front matter fences; empty when the file does not start with one or it is not closed. */
  static java.util.Optional<Split> split(String text) {
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    if (!text.startsWith("---", start) || !lineIsFence(text, start)) {
      return java.util.Optional.empty();
    }
    int yamlStart = text.indexOf('\n', start) + 1;
    int lineStart = yamlStart;
    while (lineStart > 0 && lineStart <= text.length()) {
      if ((text.startsWith("---", lineStart) || text.startsWith("...", lineStart)) && lineIsFence(text, lineStart)) {
        int lineEnd = text.indexOf('\n', lineStart);
        int bodyOffset = lineEnd < 0 ? text.length() : lineEnd + 1;
        return java.util.Optional.of(new Split(text.substring(yamlStart, lineStart), 2, bodyOffset));
      }
      int next = text.indexOf('\n', lineStart);
      if (next < 0) {
        break;
      }
      lineStart = next + 1;
    }
    return java.util.Optional.empty();
  }

  private static boolean lineIsFence(String text, int at) {
    int end = text.indexOf('\n', at);
    String line = (end < 0 ? text.substring(at) : text.substring(at, end)).stripTrailing();
    return line.equals("---") || line.equals("...");
  }

  /** The 1-based line of a top-level field in the YAML, or the first YAML line when absent. */
  static int fieldLine(Split split, String field) {
    List<String> lines = split.yaml().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(field + ":")) {
        return split.yamlFirstLine() + i;
      }
    }
    return split.yamlFirstLine() - 1;
  }
}
