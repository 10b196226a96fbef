package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.annals.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir
  Path temp;

  @Test
  void refusesAPreviewFolderInsideTheContentWithoutWritingIt() throws Exception {
    Path content = temp.resolve("content");
    Fixtures.copyTree(Fixtures.firstPaperContent(), content);
    Fixtures.Run run = Fixtures.annals("serve", "--port", "0", "--content", content.toString(), "--out",
        content.resolve("preview").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("error: the output folder overlaps the input folder " + content)
        .endsWith("serve failed: 1 error, 0 warnings" + System.lineSeparator());
    assertThat(content.resolve("preview")).doesNotExist();
  }

  @Test
  void saysSoWhenThePortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Fixtures.Run run = Fixtures.annals("serve", "--port", Integer.toString(taken.getLocalPort()), "--content",
          Fixtures.firstPaperContent().toString(), "--out", temp.resolve("preview").toString());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err()).contains("annals: port " + taken.getLocalPort()
          + " on 127.0.0.1 is taken; pass --port with another, or 0");
    }
  }
}
