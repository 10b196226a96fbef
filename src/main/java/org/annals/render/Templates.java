package org.annals.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourcePosition;

/**
 * The one Freemarker configuration: templates from the user's folder first, then the built-in ones
 * packed in the jar, so a folder may override a single template. HTML auto-escaping is on for
 * {@code .ftlh}; errors in templates become diagnostics with file, line and column.
 */
public final class Templates {
  /** Where the built-in templates are on the class path. */
  public static final String BUILT_IN = "/annals/templates";

  /** The templates of the site's pages, and the layout they import. */
  public static final java.util.List<String> NAMES = java.util.List.of("404.ftlh", "feed.ftlx", "full.ftlh",
      "home.ftlh", "index.ftlh", "layout.ftlh", "listing.ftlh", "paper.ftlh", "references.ftlh", "search.ftlh",
      "section.ftlh", "sitemap-index.ftlx", "sitemap.ftlx", "work.ftlh");

  private final Configuration configuration;
  private final Optional<Path> folder;

  public Templates(Optional<Path> folder) {
    this.folder = folder;
    configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setDefaultEncoding("UTF-8");
    configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
    configuration.setRecognizeStandardFileExtensions(true);
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setLocale(Locale.ROOT);
    configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
    configuration.setNumberFormat("computer");
    configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    configuration.setTemplateLoader(loader(folder));
    try {
      configuration.setSharedVariable("contentSecurityPolicy", ContentSecurityPolicy.POLICY);
    } catch (freemarker.template.TemplateModelException e) {
      throw new IllegalStateException(e);
    }
    configuration.setSharedVariable("breakable", (freemarker.template.TemplateMethodModelEx) arguments -> {
      try {
        return HTMLOutputFormat.INSTANCE.fromMarkup(breakable(String.valueOf(arguments.get(0))));
      } catch (freemarker.template.TemplateModelException e) {
        throw e;
      }
    });
  }

  /**
   * A URL as HTML that a line may break after its slashes (and before a query), never inside its
   * host: {@code https://doi.org/10.1/x} with a {@code <wbr>} after {@code doi.org/} and {@code 10.1/}.
   */
  public static String breakable(String url) {
    String escaped = freemarker.template.utility.StringUtil.XMLEncNQG(url);
    int host = escaped.indexOf("://");
    int start = host < 0 ? 0 : host + 3;
    StringBuilder out = new StringBuilder(escaped.substring(0, start));
    for (int i = start; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '?' || c == '#') {
        out.append("<wbr>");
      }
      out.append(c);
      if (c == '/' && i + 1 < escaped.length()) {
        out.append("<wbr>");
      }
    }
    return out.toString();
  }

  /**
   * Parses the templates of {@link #NAMES} now, so that the first pages do not wait for them: a
   * build makes its templates on another thread while it reads the papers. A template that cannot
   * be read or parsed is left to be reported with its position when a page is rendered with it.
   */
  public Templates parsed() {
    for (String name : NAMES) {
      try {
        configuration.getTemplate(name);
      } catch (IOException e) {
        // Reported by render(), which meets the same failure.
      }
    }
    return this;
  }

  private static TemplateLoader loader(Optional<Path> folder) {
    TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, BUILT_IN);
    if (folder.isEmpty()) {
      return builtIn;
    }
    try {
      return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(folder.get().toFile()), builtIn});
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Renders template {@code name} with {@code view} as its root. Returns empty after recording an
   * error when the template fails.
   */
  public Optional<String> render(String name, Object view, Diagnostics diagnostics) {
    return render(name, view, diagnostics, null);
  }

  /** {@link #render(String, Object, Diagnostics)} for the page at site path {@code at}, which errors name. */
  private Optional<String> render(String name, Object view, Diagnostics diagnostics, String at) {
    String page = at == null ? "" : " while rendering " + (at.isEmpty() ? "the home page" : at);
    try {
      Template template = configuration.getTemplate(name);
      TextWriter out = WRITERS.get();
      out.text.setLength(0);
      template.process(view, out);
      String html = out.text.toString();
      if (out.text.capacity() > MAX_KEPT) {
        WRITERS.remove();
      }
      return Optional.of(html);
    } catch (ParseException e) {
      syntaxError(e, page, diagnostics);
    } catch (TemplateException e) {
      ParseException imported = parseFailure(e);
      if (imported != null) {
        // A template that this one imports failed to parse: reported where it failed, without the
        // page, so that the pages that import it report it once.
        syntaxError(imported, "", diagnostics);
        return Optional.empty();
      }
      diagnostics.error(position(e.getTemplateSourceName(), lineOf(e.getLineNumber()), lineOf(e.getColumnNumber())),
          null, "template error" + page + ": " + firstLine(e.getBlamedExpressionString() == null ? e.getMessageWithoutStackTop()
              : "'" + e.getBlamedExpressionString() + "' failed: " + e.getMessageWithoutStackTop()),
          "templates see only the fields of the page's view record");
    } catch (IOException e) {
      ParseException earlier = parseFailure(e);
      if (earlier != null) {
        // The template failed to parse before, when the templates were parsed ahead.
        syntaxError(earlier, page, diagnostics);
        return Optional.empty();
      }
      diagnostics.error(position(name, 1, 1), null, "cannot load template " + name + ": " + firstLine(e.getMessage()),
          "the templates are " + String.join(", ", NAMES) + "; a folder may override any of them");
    }
    return Optional.empty();
  }

  /** The parse failure behind a template error, if that is what it is. */
  private static ParseException parseFailure(Throwable error) {
    for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ParseException parse) {
        return parse;
      }
    }
    return null;
  }

  private void syntaxError(ParseException e, String page, Diagnostics diagnostics) {
    diagnostics.error(position(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber()), null,
        "template syntax error" + page + ": " + firstLine(e.getEditorMessage()), "fix the template; see the FreeMarker manual");
  }

  /** The page at site path {@code at}, rendered by template {@code name}: one page, or none after an error. */
  public java.util.List<RenderedPage> page(String at, String name, Object view, Diagnostics diagnostics) {
    return render(name, view, diagnostics, at).map(html -> java.util.List.of(
        new RenderedPage(org.annals.link.SitePaths.file(at), html))).orElse(java.util.List.of());
  }

  /**
   * Each thread's writer, used again for every page it renders: its builder grows to the size of the
   * largest page once, not for every page. One that grew past {@link #MAX_KEPT} is let go.
   */
  private static final ThreadLocal<TextWriter> WRITERS = ThreadLocal.withInitial(TextWriter::new);
  private static final int MAX_KEPT = 1 << 20;

  /** A writer into a string builder: a {@link java.io.StringWriter} takes a lock for every write. */
  private static final class TextWriter extends java.io.Writer {
    final StringBuilder text = new StringBuilder(16 * 1024);

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
      text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
      text.append(string, offset, offset + length);
    }

    @Override
    public java.io.Writer append(CharSequence chars) {
      text.append(chars);
      return this;
    }

    @Override
    public java.io.Writer append(CharSequence chars, int start, int end) {
      text.append(chars, start, end);
      return this;
    }

    @Override
    public java.io.Writer append(char c) {
      text.append(c);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  private static int lineOf(Integer n) {
    return n == null || n < 1 ? 1 : n;
  }

  private SourcePosition position(String templateName, int line, int column) {
    String name = templateName == null ? "?" : templateName;
    Path file = folder.map(f -> f.resolve(name)).filter(Files::isRegularFile)
        .orElse(Path.of("(built-in templates)", name));
    return new SourcePosition(file, Math.max(1, line), Math.max(1, column));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown problem";
    }
    String line = message.strip().lines().findFirst().orElse("").strip();
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }
}
