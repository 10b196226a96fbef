package org.annals.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every style of the CSL styles collection that tests a locator's label stays a well-formed style
 * when Annals decides those tests for one label; a test that was combined with others keeps them.
 */
class CslLocatorStylesTest {
  @Test
  void everyStyleWithLocatorConditionsStaysWellFormedForEveryLabel() throws Exception {
    URI jar = URI.create("jar:" + CslLocatorStylesTest.class.getResource("/apa.csl").toURI().toString()
        .replaceFirst("^jar:", "").replaceFirst("!/apa\\.csl$", ""));
    List<String> checked = new ArrayList<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (FileSystem styles = FileSystems.newFileSystem(jar, Map.of());
        Stream<Path> files = Files.list(styles.getPath("/"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csl")).toList()) {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        if (!xml.contains(" locator=\"")) {
          continue;
        }
        for (String label : List.of("page", "chapter", "figure")) {
          String decided = CslProcessor.forLabel(xml, label);
          var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
              decided.getBytes(StandardCharsets.UTF_8)));
          for (String tag : List.of("if", "else-if")) {
            NodeList conditions = document.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < conditions.getLength(); i++) {
              assertThat(((Element) conditions.item(i)).hasAttribute("locator")).as(file + " " + label).isFalse();
            }
          }
        }
        checked.add(file.getFileName().toString());
      }
    }
    assertThat(checked).contains("chicago-author-date.csl", "apa.csl").hasSizeGreaterThan(100);
  }

  @Test
  void aLocatorTestBesideAVariableTestKeepsBoth() {
    String xml = "<choose><if locator=\"page\" variable=\"page\"><text value=\"a\"/></if>"
        + "<else-if is-numeric=\"volume\" locator=\"chapter page\" match=\"any\"/></choose>";
    assertThat(CslProcessor.forLabel(xml, "page")).isEqualTo("<choose><if variable=\"page locator\"><text value=\"a\"/>"
        + "</if><else-if variable=\"locator\" is-numeric=\"volume\" match=\"any\"/></choose>");
    assertThat(CslProcessor.forLabel(xml, "figure")).isEqualTo("<choose><if variable=\"page annals-no-such-variable\">"
        + "<text value=\"a\"/></if><else-if variable=\"annals-no-such-variable\" is-numeric=\"volume\" match=\"any\"/>"
        + "</choose>");
  }
}
