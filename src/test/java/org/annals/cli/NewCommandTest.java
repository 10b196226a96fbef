package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  @TempDir
  Path temp;

  @Test
  void scaffoldsAPaperThatBuildsWithoutErrorsOrWarnings() throws Exception {
    Path content = temp.resolve("content");
    Fixtures.write(content.resolve("site.yaml"), "title: \"Test\"\n");
    Fixtures.Run created = Fixtures.annals("new", "paper", "my-paper", "--content", content.toString(),
        "--title", "A \"quoted\" title");
    assertThat(created.code()).as(created.err()).isZero();
    Path paper = content.resolve("papers/my-paper/paper.md");
    assertThat(created.out()).isEqualTo("Created " + paper + System.lineSeparator());
    assertThat(Files.readString(paper)).startsWith("---\ntitle: \"A \\\"quoted\\\" title\"\n");
    Fixtures.Run built = Fixtures.annals("build", "--content", content.toString(), "--out",
        temp.resolve("site").toString());
    assertThat(built.code()).as(built.err()).isZero();
    assertThat(built.err()).isEmpty();
    assertThat(built.out()).contains("0 warnings");
    assertThat(temp.resolve("site/papers/my-paper/2-1-first-area/index.html")).exists();
  }

  @Test
  void refusesToOverwriteAPaper() throws Exception {
    Path content = temp.resolve("content");
    Path paper = Fixtures.write(content.resolve("papers/taken/paper.md"), "mine\n");
    Fixtures.Run run = Fixtures.annals("new", "paper", "taken", "--content", content.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith(paper + ": error: the paper already exists");
    assertThat(paper).hasContent("mine");
  }

  @Test
  void refusesASlugThatIsNotOne() {
    Fixtures.Run run = Fixtures.annals("new", "paper", "Bad Slug", "--content", temp.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("'Bad Slug' is not a slug");
    assertThat(temp.resolve("papers")).doesNotExist();
  }
}
