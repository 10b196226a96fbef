package org.annals.config;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourcePosition;
import org.annals.diag.SourceText;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a citation style where it is named, so that a build never meets a style it cannot use: a
 * style id against the CSL styles collection Annals carries, or a {@code .csl} file, which must
 * lie in its folder and be a well-formed CSL style (no DTD, no external entities).
 */
public final class CslStyles {
  private static final String CSL_NAMESPACE = "http://purl.org/net/xbiblio/csl";
  private static Set<String> known;

  private CslStyles() {}

  /**
   * The style a field names: a style id of the collection, or the XML of a {@code .csl} file in
   * {@code folder}; empty after recording an error at {@code position}.
   */
  public static Optional<String> named(String written, Path folder, SourcePosition position, SourceText source,
      Diagnostics diagnostics) {
    String style = written.strip();
    if (!style.toLowerCase(Locale.ROOT).endsWith(".csl")) {
      return id(style, position, source, diagnostics);
    }
    Path file = folder.resolve(style).normalize();
    if (!file.toAbsolutePath().startsWith(folder.toAbsolutePath().normalize()) || !Files.isRegularFile(file)) {
      diagnostics.error(position, source, "citation style file '" + style + "' not found",
          "put the .csl file in " + folder + ", or name a style such as apa or chicago-author-date");
      return Optional.empty();
    }
    return org.annals.diag.TextFiles.read(file, folder, org.annals.diag.TextFiles.MAX_PAPER_BYTES, diagnostics)
        .flatMap(text -> file(file, text, diagnostics));
  }

  /** The id, when the collection has that style; else an error with the nearest ids. */
  static Optional<String> id(String id, SourcePosition position, SourceText source, Diagnostics diagnostics) {
    if (CSL.supportsStyle(id)) {
      return Optional.of(id);
    }
    diagnostics.error(position, source, "no citation style is called '" + id + "'",
        "name a style of the CSL styles collection (such as apa, chicago-author-date, ieee, nature, vancouver)"
            + nearest(id) + ", or a .csl file");
    return Optional.empty();
  }

  /** The XML of a style file, when it is a well-formed CSL style; else an error at its line and column. */
  static Optional<String> file(Path file, String xml, Diagnostics diagnostics) {
    SourceText source = new SourceText(file, xml);
    try {
      DocumentBuilder builder = parser();
      builder.setErrorHandler(new DefaultHandler() {
        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      Element root = builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
      if (!"style".equals(root.getLocalName()) || !CSL_NAMESPACE.equals(root.getNamespaceURI())) {
        diagnostics.error(source.position(1, 1), source, "'" + file.getFileName() + "' is not a CSL style",
            "a style's root element is <style xmlns=\"" + CSL_NAMESPACE + "\">; take a style from "
                + "https://github.com/citation-style-language/styles");
        return Optional.empty();
      }
      return Optional.of(xml);
    } catch (SAXParseException e) {
      SourcePosition at = e.getLineNumber() > 0
          ? source.position(e.getLineNumber(), Math.max(1, e.getColumnNumber())) : source.position(1, 1);
      diagnostics.error(at, source, "citation style is not well-formed XML: " + e.getMessage(),
          "check the element and attribute at this position");
      return Optional.empty();
    } catch (SAXException | IOException | ParserConfigurationException e) {
      diagnostics.error(source.position(1, 1), source, "cannot read the citation style: " + e.getMessage(),
          "check the file");
      return Optional.empty();
    }
  }

  private static DocumentBuilder parser() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder();
  }

  private static synchronized String nearest(String id) {
    try {
      if (known == null) {
        known = CSL.getSupportedStyles();
      }
    } catch (IOException e) {
      return "";
    }
    return known.stream().filter(s -> s.contains(id) || id.contains(s)).sorted(Comparator.comparingInt(String::length))
        .limit(3).reduce((a, b) -> a + ", " + b).map(s -> "; near it: " + s).orElse("");
  }
}
