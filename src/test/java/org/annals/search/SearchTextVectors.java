package org.annals.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.Fixtures;

/** The shared test vectors of {@code search/vectors.json}, read for the Java side and the browser side alike. */
public final class SearchTextVectors {
  /** The file, which both sides read. */
  public static final Path FILE = Fixtures.projectDir().resolve("src/test/resources/search/vectors.json");

  private SearchTextVectors() {}

  /** The vectors as JSON. */
  public static JsonNode read() {
    try {
      return new ObjectMapper().readTree(FILE.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pairs of one kind: {@code fold}, {@code stems}, {@code shardFiles}. */
  public static List<String[]> pairs(String kind) {
    List<String[]> pairs = new ArrayList<>();
    for (JsonNode pair : read().get(kind)) {
      pairs.add(new String[] {pair.get(0).asText(), pair.get(1).asText()});
    }
    return pairs;
  }

  /** The text → words vectors. */
  public static List<Words> words() {
    List<Words> vectors = new ArrayList<>();
    for (JsonNode pair : read().get("words")) {
      List<String> expected = new ArrayList<>();
      pair.get(1).forEach(w -> expected.add(w.asText()));
      vectors.add(new Words(pair.get(0).asText(), expected));
    }
    return vectors;
  }

  /**
   * One text and the words the index keeps of it.
   *
   * @param text the text
   * @param expected the words
   */
  public record Words(String text, List<String> expected) {}

  /** The stop words. */
  public static List<String> stopWords() {
    List<String> words = new ArrayList<>();
    read().get("stopWords").forEach(w -> words.add(w.asText()));
    return words;
  }
}
