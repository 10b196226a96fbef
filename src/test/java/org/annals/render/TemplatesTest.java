package org.annals.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.annals.Fixtures;
import org.junit.jupiter.api.Test;

class TemplatesTest {
  @Test
  void theTemplatesParsedAheadOfTheFirstPageAreEveryBuiltInOne() throws Exception {
    try (Stream<Path> files = Files.list(Fixtures.projectDir().resolve("templates"))) {
      assertThat(Templates.NAMES).containsExactlyInAnyOrderElementsOf(
          files.map(file -> file.getFileName().toString()).toList());
    }
  }
}
