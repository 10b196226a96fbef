package org.annals.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Turns TeX maths into MathML at build time, so that pages show formulas without JavaScript: Temml
 * (temml.org), run in Rhino. Temml is loaded on the first formula of a build and kept; formulas are
 * rendered one at a time and remembered. MathML carries its TeX as an annotation; style attributes
 * are left out, since pages allow no inline styles.
 */
final class MathRenderer {
  private static final String SCRIPT = "/annals/temml/temml.js";
  private static final Pattern STYLE = Pattern.compile("\\sstyle=\"[^\"]*\"");
  private static final Map<String, Optional<String>> RENDERED = new ConcurrentHashMap<>();
  private static Scriptable scope;
  private static Function render;

  private MathRenderer() {}

  /** The MathML of a formula, or empty when Temml cannot read it. */
  static Optional<String> mathml(String tex, boolean display) {
    return RENDERED.computeIfAbsent((display ? "D" : "I") + tex, key -> render(tex, display));
  }

  private static synchronized Optional<String> render(String tex, boolean display) {
    // Rhino finds its regular expressions through the thread's context class loader, which in a
    // worker thread of a host (such as Maven's exec:java) may not see Annals' classes.
    Thread thread = Thread.currentThread();
    ClassLoader caller = thread.getContextClassLoader();
    thread.setContextClassLoader(MathRenderer.class.getClassLoader());
    Context context = Context.enter();
    try {
      context.setInterpretedMode(true);
      if (scope == null) {
        load(context);
      }
      NativeObject options = new NativeObject();
      ScriptableObject.putProperty(options, "displayMode", display);
      ScriptableObject.putProperty(options, "annotate", true);
      ScriptableObject.putProperty(options, "throwOnError", true);
      Object html = render.call(context, scope, scope, new Object[] {tex, options});
      return Optional.of(STYLE.matcher(Context.toString(html)).replaceAll(""));
    } catch (RhinoException e) {
      return Optional.empty();
    } finally {
      Context.exit();
      thread.setContextClassLoader(caller);
    }
  }

  private static void load(Context context) {
    try (InputStream in = MathRenderer.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("missing " + SCRIPT);
      }
      String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Scriptable global = context.initStandardObjects();
      context.evaluateString(global, "var window = this, self = this;", "setup", 1, null);
      context.evaluateString(global, script, "temml.js", 1, null);
      Scriptable temml = (Scriptable) global.get("temml", global);
      render = (Function) ScriptableObject.getProperty(temml, "renderToString");
      scope = global;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
