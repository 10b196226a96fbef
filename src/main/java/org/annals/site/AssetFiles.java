package org.annals.site;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.annals.link.SitePaths;
import org.annals.model.Asset;
import org.annals.model.Paper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The files a paper shows, as they go into the site beside its pages: copied as they are, or, for a
 * figure given as a PDF, its first page drawn as a PNG (Apache PDFBox) at two pixels per point.
 */
final class AssetFiles {
  /** Pixels per point of a drawn PDF page, the scale {@code content} sized the figure for. */
  private static final float SCALE = 2f;
  /** PDFBox tells of colour profiles it simplifies; a figure drawn is all a build needs to know. */
  private static final java.util.logging.Logger PDFBOX = java.util.logging.Logger.getLogger("org.apache.pdfbox");

  static {
    PDFBOX.setLevel(java.util.logging.Level.SEVERE);
  }

  private AssetFiles() {}

  /** Site-relative path → content of each of the paper's files. */
  static Map<String, byte[]> files(Paper paper) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (Asset asset : paper.assets()) {
      String path = SitePaths.paper(paper) + asset.path();
      try {
        files.put(path, asset.kind() == Asset.Kind.COPY ? Files.readAllBytes(asset.source()) : firstPage(asset));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + asset.source() + ": " + e.getMessage(), e);
      }
    }
    return files;
  }

  private static byte[] firstPage(Asset asset) throws IOException {
    try (PDDocument document = Loader.loadPDF(asset.source().toFile())) {
      BufferedImage image = new PDFRenderer(document).renderImage(0, SCALE, ImageType.RGB);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    }
  }
}
