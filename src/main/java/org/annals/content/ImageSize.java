package org.annals.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The size a figure is drawn at, in CSS pixels, read from its file without decoding it: PNG, JPEG,
 * GIF and the like from their headers, SVG from its {@code width}/{@code height} or
 * {@code viewBox}, PDF from its first page (a point is 4/3 of a CSS pixel). Pages give images their
 * size, so that nothing moves while they load.
 */
final class ImageSize {
  private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern LENGTH = Pattern.compile("\\s(width|height)\\s*=\\s*[\"']\\s*([\\d.]+)\\s*(px)?\\s*[\"']");
  private static final Pattern VIEW_BOX = Pattern.compile(
      "viewBox\\s*=\\s*[\"']\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)\\s*[\"']");
  /** The scale a PDF figure's first page is drawn at: two image pixels per point. */
  static final float PDF_SCALE = 2f;

  private ImageSize() {}

  /** Width and height, when the file tells them. */
  static Optional<int[]> of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".pdf")) {
        return pdf(file);
      }
      if (name.endsWith(".svg")) {
        return svg(file);
      }
      return raster(file);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<int[]> raster(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
      } finally {
        reader.dispose();
      }
    }
  }

  private static Optional<int[]> svg(Path file) throws IOException {
    String head = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    Matcher tag = SVG_TAG.matcher(head);
    if (!tag.find()) {
      return Optional.empty();
    }
    double width = 0;
    double height = 0;
    Matcher length = LENGTH.matcher(tag.group());
    while (length.find()) {
      double value = Double.parseDouble(length.group(2));
      if (length.group(1).equals("width")) {
        width = value;
      } else {
        height = value;
      }
    }
    if (width <= 0 || height <= 0) {
      Matcher box = VIEW_BOX.matcher(tag.group());
      if (!box.find()) {
        return Optional.empty();
      }
      width = Double.parseDouble(box.group(1));
      height = Double.parseDouble(box.group(2));
    }
    return Optional.of(new int[] {(int) Math.round(width), (int) Math.round(height)});
  }

  private static Optional<int[]> pdf(Path file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      if (document.getNumberOfPages() == 0) {
        return Optional.empty();
      }
      PDRectangle box = document.getPage(0).getCropBox();
      return Optional.of(new int[] {Math.round(box.getWidth() * 4 / 3), Math.round(box.getHeight() * 4 / 3)});
    }
  }
}
