package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.annals.Fixtures;
import org.annals.diag.Diagnostics;
import org.annals.site.BuildOptions;
import org.annals.site.SiteBuilder;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.devtools.Command;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.Event;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An archive whose every author-controlled field holds script, event-handler, break-out, template
 * and {@code javascript:}/{@code vbscript:}/{@code data:} URL payloads
 * ({@code src/test/resources/archives/hostile}), built and served under a project path. Every page
 * is loaded in Chromium twice, once under the page's own Content-Security-Policy and once with it
 * bypassed (so that what the HTML itself would run shows), its citations hovered and focused, its
 * links of other schemes clicked, and its DOM searched for anything a payload could have made:
 * event-handler attributes, scripts and styles that are not the site's, frames, plugins, base and
 * refresh elements, forms posting elsewhere, script URLs, JSON-LD that does not parse. Search is
 * typed into with the payloads' words. The feeds, sitemap, search index and citation exports are
 * read with real parsers. Each payload calls {@code alert('<marker>')} or sets
 * {@code window.__pwned = '<marker>'}, and each failure names its page and marker, so a report says
 * which field let what through.
 */
class HostileContentIT {
  static final Path CONTENT = Fixtures.projectDir().resolve("src/test/resources/archives/hostile/content");
  static final Path SITE = Fixtures.projectDir().resolve("target/fixture-sites/hostile");
  /** What {@code {{31337*3}}}, {@code ${31337*3}} and the like would print if a template evaluated them. */
  static final Pattern EVALUATED = Pattern.compile("(?<![0-9A-Za-z+/=])94011(?![0-9A-Za-z])");
  /** A marker in a payload: {@code alert('a-title')}, {@code msgbox('x')}, {@code __pwned='y'}, {@code alert(701)}. */
  static final Pattern MARKER = Pattern.compile(
      "(?:alert|msgbox|confirm|prompt)\\(\\s*(?:&#0*39;|&#x0*27;|&apos;|&quot;|['\"`‘’])?([\\w-]+)"
          + "|__pwned\\s*=\\s*(?:&#0*39;|&#x0*27;|&quot;|['\"‘’])([\\w-]+)");
  static final Pattern BASE64 = Pattern.compile("base64,([A-Za-z0-9+/=]+)");
  /**
   * A value that starts with a payload the fixture only ever puts inside another value
   * ({@code …}, url = {javascript:alert('b-bib-inject')}…} or {@code …\nUR  - javascript:alert('b-ris-inject')}):
   * the payload has broken out into a field or tag of its own.
   */
  static final Pattern INJECTED = Pattern.compile("^\\s*\\{?javascript:alert\\('[\\w-]*-inject\\d*'\\)");
  /** The words of the payloads, typed into the search boxes. */
  static final List<String> QUERIES = List.of("script", "onerror", "alert", "javascript", "svg", "iframe", "onload",
      "pwned", "<img src=x onerror=alert('typed-img')>", "\"><svg onload=alert('typed-svg')>",
      "</script><script>alert('typed-break')</script>", "javascript:alert('typed-url')");

  /**
   * Records what a payload runs: {@code alert}, {@code confirm}, {@code prompt} and {@code print}
   * are replaced, a setter catches {@code window.__pwned}, and the policy's violation reports are
   * kept with the element they came from. Entries go to the page's session storage (which outlives a
   * document replaced by a {@code javascript:} URL) and, when a DevTools session is open, to a
   * binding that reaches even frames of another origin.
   */
  static final String TRAP = """
      (function () {
        if (window.__hostileTrap) { return; }
        Object.defineProperty(window, '__hostileTrap', {value: true});
        function store(kind, value, element) {
          var entry = {kind: kind, value: String(value), url: String(location.href),
            html: element && element.outerHTML ? element.outerHTML.slice(0, 300) : ''};
          try { if (typeof window.__hostileFired === 'function') { window.__hostileFired(JSON.stringify(entry)); } } catch (e) {}
          try {
            var list = JSON.parse(sessionStorage.getItem('__hostile') || '[]');
            list.push(entry);
            sessionStorage.setItem('__hostile', JSON.stringify(list));
          } catch (e) {}
        }
        Object.defineProperty(window, '__hostileNative', {value: {alert: window.alert}});
        ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
          window[name] = function (message) {
            store(name, message);
            return name === 'prompt' ? null : name === 'confirm' ? false : undefined;
          };
        });
        Object.defineProperty(window, '__pwned', {configurable: false,
          get: function () { return undefined; }, set: function (v) { store('__pwned', v); }});
        document.addEventListener('securitypolicyviolation', function (e) {
          store('csp', e.violatedDirective + ' blocked ' + (e.blockedURI || '?') + ' at ' + e.sourceFile + ':'
            + e.lineNumber + (e.sample ? ' sample ' + e.sample : ''),
            e.target && e.target.nodeType === 1 ? e.target : null);
        }, true);
      })();
      """;

  /** Drains what the trap stored on this origin. */
  static final String DRAIN = "var l = []; try { l = JSON.parse(sessionStorage.getItem('__hostile') || '[]');"
      + " sessionStorage.removeItem('__hostile'); } catch (e) {} return JSON.stringify(l);";

  /**
   * The DOM detector: returns {@code findings} (kind, detail, html, near), the site's
   * {@code policy}, the {@code inline} scripts and styles (checked against the policy's hashes in
   * Java) and the {@code clicks}: links whose scheme is not http, https or mailto.
   */
  static final String DETECT = """
      var roots = arguments[0];
      var findings = [], inline = [], clicks = [];
      function ours(u) { return !!u && roots.some(function (r) { return u.href.indexOf(r + 'assets/') === 0; }); }
      function near(el) {
        for (var e = el; e && e.nodeType === 1; e = e.parentElement) { if (e.id) { return '#' + e.id; } }
        return '';
      }
      function snip(el) { var h = el.outerHTML || String(el); return h.length > 300 ? h.slice(0, 300) + '…' : h; }
      function add(kind, el, detail) {
        findings.push({kind: kind, detail: String(detail || ''), html: el ? snip(el) : '', near: el ? near(el) : ''});
      }
      function squash(u) { return String(u).toLowerCase().replace(/[\\s\\u0000-\\u001f\\u007f-\\u009f]+/g, ''); }
      function resolve(u) { try { return new URL(u, document.baseURI); } catch (e) { return null; } }
      var BAD = /^(javascript|vbscript|data|livescript):/;
      var URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background',
        'cite', 'ping', 'codebase', 'lowsrc', 'dynsrc', 'srcset', 'longdesc', 'usemap', 'manifest', 'icon',
        'profile', 'archive', 'classid', 'itemtype'];
      var ld = 0;
      var policyMeta = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
      var policy = policyMeta ? policyMeta.getAttribute('content') : '';
      if (!policy) { add('no Content-Security-Policy meta element', null, document.title); }
      var all = document.querySelectorAll('*');
      for (var i = 0; i < all.length; i++) {
        var el = all[i], tag = el.localName.toLowerCase();
        var inPopover = !!el.closest('#citation-popover');
        for (var j = 0; j < el.attributes.length; j++) {
          var a = el.attributes[j], name = a.name.toLowerCase();
          if (name.indexOf('on') === 0) { add('event-handler attribute', el, name + '=' + a.value); }
          if (name === 'srcdoc') { add('srcdoc attribute', el, a.value); }
          if (URL_ATTRIBUTES.indexOf(name) >= 0 || /:href$/.test(name)) {
            var raw = squash(a.value), url = resolve(a.value), resolved = url ? squash(url.href) : '';
            var m = BAD.exec(raw) || BAD.exec(resolved);
            if (m && !(tag === 'img' && name === 'src' && /^data:image\\//.test(raw))) {
              add(m[1] + ': URL in ' + tag + ' ' + name, el, a.value);
            }
          }
        }
        if (tag === 'a' || tag === 'area') {
          var href = el.getAttribute('href') || el.getAttribute('xlink:href');
          var target = href === null ? null : resolve(href);
          if (href !== null && !inPopover && target && ['http:', 'https:', 'mailto:'].indexOf(target.protocol) < 0) {
            clicks.push(el);
            if (!BAD.test(squash(href)) && !BAD.test(squash(target.href))) {
              add('link with scheme ' + target.protocol, el, href);
            }
          }
        }
        if (tag === 'script') {
          var type = (el.getAttribute('type') || '').trim().toLowerCase();
          if (el.hasAttribute('src')) {
            var src = resolve(el.getAttribute('src'));
            if (!ours(src)) { add('script from outside the site\\'s assets', el, el.getAttribute('src')); }
          } else if (type === 'application/ld+json') {
            ld++;
            try { JSON.parse(el.textContent); } catch (e) { add('JSON-LD that does not parse', el, String(e)); }
          } else {
            inline.push({kind: 'script', text: el.textContent, html: snip(el), near: near(el)});
          }
        }
        if (tag === 'style') { inline.push({kind: 'style', text: el.textContent, html: snip(el), near: near(el)}); }
        if (tag === 'link' && /\\bstylesheet\\b/i.test(el.getAttribute('rel') || '')) {
          var sheet = resolve(el.getAttribute('href') || '');
          if (!ours(sheet)) { add('stylesheet from outside the site\\'s assets', el, el.getAttribute('href')); }
        }
        if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base', 'fencedframe'].indexOf(tag) >= 0) {
          add('<' + tag + '> element', el, '');
        }
        if (tag === 'meta' && el.hasAttribute('http-equiv')
            && el.getAttribute('http-equiv').trim().toLowerCase() !== 'content-security-policy') {
          add('<meta http-equiv=' + el.getAttribute('http-equiv') + '> element', el, el.getAttribute('content'));
        }
        if (tag === 'meta' && el.getAttribute('http-equiv') && el.getAttribute('http-equiv').trim().toLowerCase() === 'content-security-policy'
            && el !== policyMeta) {
          add('a second Content-Security-Policy meta element', el, el.getAttribute('content'));
        }
        if (tag === 'form' || ((tag === 'button' || tag === 'input') && el.hasAttribute('formaction'))) {
          var action = resolve(el.getAttribute(tag === 'form' ? 'action' : 'formaction') || '');
          if (!action || action.origin !== location.origin || ['http:', 'https:'].indexOf(action.protocol) < 0) {
            add((tag === 'form' ? 'form' : tag + ' formaction') + ' sending elsewhere', el, action ? action.href : '?');
          }
        }
      }
      var body = getComputedStyle(document.body);
      if (body.display === 'none' || body.visibility === 'hidden' || parseFloat(body.opacity) === 0) {
        add('the page is hidden by an injected style', document.body, 'display ' + body.display + ', visibility '
          + body.visibility + ', opacity ' + body.opacity);
      }
      if (document.baseURI !== location.href.split('#')[0] && document.baseURI !== location.href) {
        add('document base URL changed', null, document.baseURI);
      }
      return {findings: findings, policy: policy, inline: inline, clicks: clicks, jsonLd: ld};
      """;

  static StaticServer server;
  static ChromeDriver driver;
  static DevTools devTools;
  static Diagnostics diagnostics;
  /** What the DevTools session saw: dialogs and binding calls, as {@link Fired}. */
  static final ConcurrentLinkedQueue<Fired> EVENTS = new ConcurrentLinkedQueue<>();
  static String trapId;
  static Optional<String> baseUrl;
  static int citationsHovered;
  static int linksClicked;
  static int jsonLdBlocks;
  static int queriesWithResults;

  /** One thing that ran in the page. */
  record Fired(String kind, String value, String url, String html) {}

  /** One failure: where, which payload, what. */
  record Failure(String page, String marker, String what, String detail) {
    @Override
    public String toString() {
      return page + "  [" + marker + "]  " + what + (detail.isEmpty() ? "" : ": " + detail);
    }
  }

  @BeforeAll
  static void buildAndServe() throws Exception {
    diagnostics = new Diagnostics();
    SiteBuilder.build(new BuildOptions(CONTENT, Optional.of(Fixtures.templates()), Optional.of(Fixtures.staticFiles()),
        SITE, Optional.empty()), diagnostics);
    assertThat(diagnostics.hasErrors()).as("the hostile archive builds: %s", diagnostics.list()).isFalse();
    baseUrl = org.annals.config.SiteConfigLoader.load(CONTENT, Optional.empty(), new Diagnostics()).baseUrl();
    server = new StaticServer(SITE, "hostile-archive");
    driver = Browser.get();
    try {
      devTools = driver.getDevTools();
      devTools.createSessionIfThereIsNotOne();
      devTools.send(new Command<>("Page.enable", Map.of()));
      devTools.send(new Command<>("Runtime.enable", Map.of()));
      devTools.send(new Command<>("Runtime.addBinding", Map.of("name", "__hostileFired")));
      devTools.addListener(new Event<Map<String, Object>>("Page.javascriptDialogOpening", in -> in.read(Json.MAP_TYPE)),
          dialog -> {
            EVENTS.add(new Fired("dialog " + dialog.get("type"), String.valueOf(dialog.get("message")),
                String.valueOf(dialog.get("url")), ""));
            new Thread(() -> {
              try {
                devTools.send(new Command<>("Page.handleJavaScriptDialog", Map.of("accept", false)));
              } catch (RuntimeException ignored) {
                // chromedriver may have dismissed it first
              }
            }).start();
          });
      devTools.addListener(new Event<Map<String, Object>>("Runtime.bindingCalled", in -> in.read(Json.MAP_TYPE)),
          call -> {
            if ("__hostileFired".equals(call.get("name"))) {
              EVENTS.addAll(fired("[" + call.get("payload") + "]"));
            }
          });
    } catch (RuntimeException e) {
      devTools = null;
      System.out.println("[hostile] no DevTools session (" + e.getMessage().lines().findFirst().orElse("")
          + "); dialogs are caught by the page's trap and the driver only");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> id = (Map<String, Object>) (Map<?, ?>) driver.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
    trapId = String.valueOf(id.get("identifier"));
  }

  @AfterAll
  static void stop() {
    try {
      driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
      driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", trapId));
    } finally {
      if (devTools != null) {
        devTools.clearListeners();
        try {
          devTools.send(new Command<>("Runtime.removeBinding", Map.of("name", "__hostileFired")));
        } catch (RuntimeException ignored) {
          // the session may be gone already
        }
        devTools.disconnectSession();
      }
      server.close();
    }
  }

  /** Every HTML page of the built site, as paths below its root ({@code ""} for the home page). */
  static List<String> pages() throws Exception {
    try (Stream<Path> walk = Files.walk(SITE)) {
      return walk.filter(p -> p.toString().endsWith(".html")).map(p -> SITE.relativize(p).toString().replace('\\', '/'))
          .map(p -> p.equals("index.html") ? "" : p.endsWith("/index.html") ? p.substring(0, p.length() - 10) : p)
          .sorted().toList();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Pages

  @Test
  void noPageRunsOrCarriesAPayloadUnderItsPolicyOrWithoutIt() throws Exception {
    List<String> pages = pages();
    assertThat(pages).hasSizeGreaterThan(30);
    Set<Failure> failures = new LinkedHashSet<>();
    long start = System.nanoTime();
    for (boolean bypass : List.of(false, true)) {
      driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", bypass));
      String mode = bypass ? "without the policy" : "under the policy";
      for (String page : pages) {
        visit(page, mode, !bypass, failures);
      }
    }
    driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
    System.out.printf(Locale.ROOT, "[hostile] %d pages, twice, in %.1f s: %d citations hovered, %d links of other"
        + " schemes clicked, %d JSON-LD blocks parsed%n", pages.size(), (System.nanoTime() - start) / 1e9,
        citationsHovered, linksClicked, jsonLdBlocks);
    // The walk did what it says: popovers were shown and each paper's JSON-LD read. A link of another
    // scheme is a failure in itself (the controls show that one is found and clicked), so none is left.
    assertThat(citationsHovered).isPositive();
    assertThat(jsonLdBlocks).isGreaterThanOrEqualTo(3);
    report("pages", failures);
  }

  /** Loads a page, works its citations and odd links, and adds what fired and what its DOM holds. */
  private void visit(String page, String mode, boolean inspectDom, Set<Failure> failures) {
    drain(mode, failures);
    open(page);
    hoverAndFocusCitations(page);
    Map<String, Object> detected = detect();
    if (inspectDom) {
      findings(page, detected).forEach(failures::add);
      jsonLdBlocks += ((Number) detected.get("jsonLd")).intValue();
    }
    @SuppressWarnings("unchecked")
    List<WebElement> clicks = (List<WebElement>) detected.get("clicks");
    for (int i = 0; i < clicks.size(); i++) {
      clickOddLink(page, i, mode, failures);
    }
    drain(mode, failures);
  }

  private static JavascriptExecutor js() {
    return driver;
  }

  private void open(String page) {
    try {
      driver.get(server.url() + page);
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> "complete".equals(js().executeScript("return document.readyState")));
      js().executeScript("window.__hostileToken = 'loaded';");
    } catch (UnhandledAlertException e) {
      EVENTS.add(new Fired("dialog (driver)", String.valueOf(e.getAlertText()), server.url() + page, ""));
    }
  }

  private void hoverAndFocusCitations(String page) {
    try {
      List<WebElement> citations = driver.findElements(By.cssSelector("a.citation"));
      for (WebElement citation : citations) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", citation);
        if (citation.isDisplayed()) {
          new Actions(driver).moveToElement(citation).perform();
          citationsHovered++;
        }
        js().executeScript("arguments[0].focus();", citation);
      }
      if (!citations.isEmpty()) {
        js().executeScript("document.activeElement && document.activeElement.blur();");
      }
    } catch (UnhandledAlertException e) {
      EVENTS.add(new Fired("dialog (driver)", String.valueOf(e.getAlertText()), server.url() + page, ""));
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> detect() {
    for (int attempt = 0; ; attempt++) {
      try {
        return (Map<String, Object>) js().executeScript(DETECT, roots());
      } catch (UnhandledAlertException e) {
        EVENTS.add(new Fired("dialog (driver)", String.valueOf(e.getAlertText()), driver.getCurrentUrl(), ""));
        if (attempt > 2) {
          throw e;
        }
      }
    }
  }

  /** Clicks the page's {@code index}-th link of another scheme, then reloads the page if it went away. */
  @SuppressWarnings("unchecked")
  private void clickOddLink(String page, int index, String mode, Set<Failure> failures) {
    try {
      List<WebElement> clicks = (List<WebElement>) detect().get("clicks");
      if (index >= clicks.size()) {
        return;
      }
      WebElement link = clicks.get(index);
      String href = String.valueOf(link.getAttribute("href"));
      drain(mode, failures);
      js().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", link);
      linksClicked++;
      Thread.sleep(150);
      Object token = js().executeScript("return window.__hostileToken;");
      String now = driver.getCurrentUrl();
      Set<Failure> after = new LinkedHashSet<>();
      drain(mode, after);
      for (Failure f : after) {
        failures.add(f.marker().equals("?") ? new Failure(f.page(), marker(href), f.what() + " on clicking a link",
            f.detail() + " (href " + oneLine(href) + ")") : f);
      }
      if (!"loaded".equals(token) || !now.equals(server.url() + page)) {
        failures.add(new Failure("/" + page, marker(href), "clicking a link replaced the page (" + mode + ")",
            "now at " + oneLine(now)));
        open(page);
      }
    } catch (UnhandledAlertException e) {
      EVENTS.add(new Fired("dialog (driver)", String.valueOf(e.getAlertText()), server.url() + page, ""));
      open(page);
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      open(page);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Moves what fired since the last call (trap storage and DevTools events) into failures. */
  private void drain(String mode, Set<Failure> failures) {
    List<Fired> fired = new ArrayList<>();
    try {
      Thread.sleep(50);
      fired.addAll(fired((String) js().executeScript(DRAIN)));
    } catch (UnhandledAlertException e) {
      fired.add(new Fired("dialog (driver)", String.valueOf(e.getAlertText()), driver.getCurrentUrl(), ""));
    } catch (RuntimeException e) {
      // a page of another origin (data:, about:blank) has no session storage of ours
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Fired f; (f = EVENTS.poll()) != null; ) {
      fired.add(f);
    }
    for (Fired f : new LinkedHashSet<>(fired)) {
      String page = pageOf(f.url());
      if (f.kind().equals("csp") && baseUrl.isPresent() && f.value().contains(" blocked " + baseUrl.get())) {
        continue; // the 404 page links the site's assets at its base URL, which is not where this test serves it
      }
      if (f.kind().equals("csp")) {
        failures.add(new Failure(page, marker(f.html() + " " + f.value()), "blocked by the policy (" + mode + ")",
            f.value() + (f.html().isEmpty() ? "" : " on " + f.html())));
      } else {
        failures.add(new Failure(page, f.value().equals("701") ? "a-img-path" : f.value(),
            "RAN " + f.kind() + " (" + mode + ")", f.kind() + "(" + oneLine(f.value()) + ")"
            + (f.html().isEmpty() ? "" : " in " + oneLine(f.html()))));
      }
    }
  }

  /** The trap's entries, from their JSON. */
  static List<Fired> fired(String json) {
    try {
      List<Map<String, Object>> entries = new ObjectMapper().readValue(json,
          new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
      return entries.stream().map(e -> new Fired(String.valueOf(e.get("kind")), String.valueOf(e.get("value")),
          String.valueOf(e.get("url")), String.valueOf(e.get("html")))).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The site's roots: where it is served here, and its own base URL, whose assets the 404 page links. */
  static List<String> roots() {
    List<String> roots = new ArrayList<>(List.of(server.url()));
    baseUrl.ifPresent(roots::add);
    return roots;
  }

  private static String pageOf(String url) {
    String root = server.url();
    return url.startsWith(root) ? "/" + url.substring(root.length()) : url;
  }

  /** The failures of one detector run, with the inline scripts and styles the policy does not hash. */
  @SuppressWarnings("unchecked")
  static List<Failure> findings(String page, Map<String, Object> detected) {
    List<Failure> failures = new ArrayList<>();
    String at = "/" + page;
    for (Map<String, Object> f : (List<Map<String, Object>>) detected.get("findings")) {
      String near = String.valueOf(f.get("near"));
      failures.add(new Failure(at, marker(f.get("detail") + " " + f.get("html")), String.valueOf(f.get("kind"))
          + (near.isEmpty() ? "" : " near " + near), oneLine(String.valueOf(f.get("html")).isEmpty()
          ? String.valueOf(f.get("detail")) : String.valueOf(f.get("html")))));
    }
    String policy = String.valueOf(detected.get("policy"));
    for (Map<String, Object> s : (List<Map<String, Object>>) detected.get("inline")) {
      String hash = "'sha256-" + sha256(String.valueOf(s.get("text"))) + "'";
      if (!policy.contains(hash)) {
        String near = String.valueOf(s.get("near"));
        failures.add(new Failure(at, marker(String.valueOf(s.get("html"))), "inline " + s.get("kind")
            + " that is not the site's" + (near.isEmpty() ? "" : " near " + near), oneLine(String.valueOf(s.get("html")))));
      }
    }
    return failures;
  }

  static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > 240 ? line.substring(0, 240) + "…" : line;
  }

  /** The payload's marker in a text: the first one named, or one inside a base64 data URL; {@code ?} when none. */
  static String marker(String text) {
    Matcher m = MARKER.matcher(text);
    if (m.find()) {
      String found = m.group(1) != null ? m.group(1) : m.group(2);
      return found.equals("701") ? "a-img-path" : found;
    }
    Matcher b = BASE64.matcher(text);
    while (b.find()) {
      try {
        String decoded = new String(Base64.getDecoder().decode(b.group(1)), StandardCharsets.UTF_8);
        Matcher inner = MARKER.matcher(decoded);
        if (inner.find()) {
          return inner.group(1) != null ? inner.group(1) : inner.group(2);
        }
      } catch (IllegalArgumentException ignored) {
        // not base64 after all
      }
    }
    return "?";
  }

  // ---------------------------------------------------------------------------------------------
  // Search

  @Test
  void searchShowsThePayloadsWordsAsTextInTheHeaderBoxAndOnTheSearchPage() throws Exception {
    Set<Failure> failures = new LinkedHashSet<>();
    for (boolean bypass : List.of(false, true)) {
      driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", bypass));
      String mode = bypass ? "without the policy" : "under the policy";
      for (String box : List.of("site-search-input", "search-page-input")) {
        String page = box.equals("site-search-input") ? "" : "search/";
        String results = box.equals("site-search-input") ? ".site-search li" : "#search-page-results li";
        String status = box.equals("site-search-input") ? ".site-search .search-status" : "#search-page-status";
        for (String query : QUERIES) {
          drain(mode, failures);
          open(page);
          Set<String> before = findings(page, detect()).stream().map(Failure::toString).collect(Collectors.toSet());
          WebElement input = driver.findElement(By.id(box));
          input.clear();
          input.sendKeys(query);
          try {
            // The status names the whole query once its results (or their absence) are shown.
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> String.valueOf(js().executeScript(
                "var s = document.querySelector(arguments[0]); return s ? s.textContent : '';", status))
                .contains("“" + query.trim() + "”"));
            if (!driver.findElements(By.cssSelector(results)).isEmpty()) {
              queriesWithResults++;
            }
          } catch (org.openqa.selenium.TimeoutException e) {
            failures.add(new Failure("/" + page, marker(query), "search for " + query + " showed neither results nor a status ("
                + mode + ")", ""));
          }
          // What the page holds before typing is the page walk's to report; here, what the results add.
          findings(page, detect()).stream().filter(f -> !before.contains(f.toString()))
              .map(f -> new Failure(f.page() + " searching " + query, f.marker(), f.what(), f.detail()))
              .forEach(failures::add);
          drain(mode, failures);
        }
      }
      // A query in the search page's address, as a link from elsewhere would carry it.
      open("search/");
      Set<String> plain = findings("search/", detect()).stream().map(f -> f.what() + f.detail()).collect(Collectors.toSet());
      for (String query : QUERIES.subList(8, QUERIES.size())) {
        drain(mode, failures);
        String page = "search/?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
        open(page);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> String.valueOf(js().executeScript(
            "return document.getElementById('search-page-status').textContent;")).contains("“" + query.trim() + "”"));
        Object shown = js().executeScript("return document.getElementById('search-page-input').value;");
        if (!query.equals(shown)) {
          failures.add(new Failure("/" + page, marker(query), "the search page does not show the query as typed",
              String.valueOf(shown)));
        }
        findings(page, detect()).stream().filter(f -> !plain.contains(f.what() + f.detail())).forEach(failures::add);
        drain(mode, failures);
      }
    }
    driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
    System.out.printf(Locale.ROOT, "[hostile] %d of %d searches showed results%n", queriesWithResults,
        2 * 2 * QUERIES.size());
    // The payloads' words are in the index, so the results that show them were looked at.
    assertThat(queriesWithResults).isGreaterThanOrEqualTo(2 * 2 * 4);
    report("search", failures);
  }

  // ---------------------------------------------------------------------------------------------
  // Data files

  @Test
  void feedsSitemapsSearchIndexAndExportsAreWellFormedDataThatCarriesPayloadsOnlyAsText() throws Exception {
    Set<Failure> failures = new LinkedHashSet<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SITE)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    int xml = 0;
    int json = 0;
    int exports = 0;
    HttpClient http = HttpClient.newHttpClient();
    for (Path file : files) {
      String path = SITE.relativize(file).toString().replace('\\', '/');
      String name = file.getFileName().toString();
      String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
      if (!Set.of("html", "xml", "json", "bib", "ris", "txt").contains(ext)) {
        continue;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      evaluatedTemplates("/" + path, text).forEach(failures::add);
      switch (ext) {
        case "xml" -> {
          xml++;
          xmlProblems("/" + path, text).forEach(failures::add);
        }
        case "json" -> {
          json++;
          jsonProblems("/" + path, text, path.startsWith("papers/")).forEach(failures::add);
        }
        case "bib" -> {
          exports++;
          bibProblems("/" + path, text).forEach(failures::add);
        }
        case "ris" -> {
          exports++;
          risProblems("/" + path, text).forEach(failures::add);
        }
        default -> { }
      }
      if (Set.of("json", "bib", "ris", "xml").contains(ext)) {
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
            HttpResponse.BodyHandlers.discarding());
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (type.isEmpty() || type.toLowerCase(Locale.ROOT).contains("html")) {
          failures.add(new Failure("/" + path, "?", "data file served as '" + type + "'", ""));
        }
      }
    }
    System.out.printf(Locale.ROOT, "[hostile] read %d XML, %d JSON and %d BibTeX/RIS files%n", xml, json, exports);
    assertThat(xml).as("feeds and sitemaps").isGreaterThanOrEqualTo(3);
    assertThat(exports).as("citation exports").isGreaterThanOrEqualTo(12);
    report("data files", failures);
  }

  static List<Failure> evaluatedTemplates(String path, String text) {
    List<Failure> failures = new ArrayList<>();
    Matcher m = EVALUATED.matcher(text);
    while (m.find()) {
      String around = text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 20));
      failures.add(new Failure(path, "{{31337*3}}", "a template expression was evaluated (94011)", oneLine(around)));
    }
    return failures;
  }

  /** Parses with a real XML parser (no DTDs); every address is http(s); no HTML content carries markup. */
  static List<Failure> xmlProblems(String path, String text) {
    List<Failure> failures = new ArrayList<>();
    Document document;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      document = builder.parse(new org.xml.sax.InputSource(new StringReader(text)));
    } catch (Exception e) {
      failures.add(new Failure(path, marker(text), "XML that does not parse", oneLine(String.valueOf(e.getMessage()))));
      return failures;
    }
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      String local = element.getLocalName();
      NamedNodeMap attributes = element.getAttributes();
      for (int j = 0; j < attributes.getLength(); j++) {
        Node attribute = attributes.item(j);
        String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
        if (name.equals("href") || name.equals("src") || name.equals("uri")) {
          checkAddress(path, local + " " + name, attribute.getNodeValue(), failures);
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
          failures.add(new Failure(path, marker(attribute.getNodeValue()), "event-handler attribute in XML",
              name + "=" + attribute.getNodeValue()));
        }
      }
      if (Set.of("loc", "uri", "icon", "logo").contains(local)
          || (local.equals("id") && "http://www.w3.org/2005/Atom".equals(element.getNamespaceURI()))) {
        checkAddress(path, local, element.getTextContent(), failures);
      }
      String type = element.getAttribute("type");
      if ((type.equals("html") || type.equals("xhtml")) && looksLikeMarkup(element.getTextContent())) {
        failures.add(new Failure(path, marker(element.getTextContent()), "feed " + local + " of type " + type
            + " carries markup a reader would run", oneLine(element.getTextContent())));
      }
      if (!Set.of("http://www.w3.org/2005/Atom", "http://www.sitemaps.org/schemas/sitemap/0.9")
          .contains(String.valueOf(element.getNamespaceURI()))) {
        failures.add(new Failure(path, marker(element.getTextContent()), "element of another vocabulary",
            "{" + element.getNamespaceURI() + "}" + element.getNodeName()));
      }
    }
    return failures;
  }

  private static boolean looksLikeMarkup(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("<script") || lower.matches("(?s).*<[a-z][^>]*\\son\\w+\\s*=.*") || lower.contains("javascript:");
  }

  private static void checkAddress(String path, String where, String value, List<Failure> failures) {
    String squashed = value.toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f\\x7f-\\x9f]+", "");
    if (!(squashed.startsWith("http://") || squashed.startsWith("https://") || squashed.startsWith("urn:")
        || squashed.startsWith("tag:"))) {
      failures.add(new Failure(path, marker(value), "address in " + where + " is not http(s)", oneLine(value)));
    }
  }

  /**
   * JSON must parse (strictly); a citation export in JSON holds no raw {@code <script} or
   * {@code </script}: JSON can write {@code <} as {@code \u003c} without changing the data, as the
   * pages' JSON-LD already does, so the file stays inert wherever it is embedded or sniffed.
   */
  static List<Failure> jsonProblems(String path, String text, boolean export) {
    List<Failure> failures = new ArrayList<>();
    try {
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(text);
    } catch (Exception e) {
      failures.add(new Failure(path, marker(text), "JSON that does not parse", oneLine(String.valueOf(e.getMessage()))));
    }
    if (export) {
      Matcher m = Pattern.compile("(?i)<script[^<]{0,80}").matcher(text);
      Set<String> markers = new java.util.TreeSet<>();
      int count = 0;
      while (m.find()) {
        count++;
        markers.add(marker(m.group()));
      }
      if (count > 0) {
        failures.add(new Failure(path, String.join(" ", markers), "raw <script in a JSON export",
            count + " times; write < as \\u003c"));
      }
    }
    return failures;
  }

  /** BibTeX that jbibtex reads without an error, starting with an entry (nothing a browser would sniff as HTML). */
  static List<Failure> bibProblems(String path, String text) {
    List<Failure> failures = new ArrayList<>();
    String start = text.stripLeading();
    if (!start.isEmpty() && !start.startsWith("@")) {
      failures.add(new Failure(path, marker(start), "BibTeX that does not start with an entry", oneLine(start)));
    }
    try {
      BibTeXParser parser = new BibTeXParser() {
        @Override
        public void checkStringResolution(org.jbibtex.Key key, org.jbibtex.BibTeXString string) {
          // month macros and the like are defined by the styles, not the file
        }
      };
      org.jbibtex.BibTeXDatabase database = parser.parse(new StringReader(text));
      database.getEntries().forEach((key, entry) -> entry.getFields().forEach((field, value) -> {
        if (INJECTED.matcher(value.toUserString()).find()) {
          failures.add(new Failure(path, marker(value.toUserString()), "a payload became a BibTeX field of its own",
              key + "." + field + " = " + oneLine(value.toUserString())));
        }
      }));
      parser.getExceptions().forEach(e -> failures.add(new Failure(path, "?", "BibTeX that jbibtex cannot read",
          oneLine(String.valueOf(e.getMessage())))));
    } catch (Exception e) {
      failures.add(new Failure(path, marker(text), "BibTeX that jbibtex cannot read", oneLine(String.valueOf(e))));
    }
    return failures;
  }

  /** RIS whose every line is a tag line {@code XY  - value} (a payload cannot start a record or a tag of its own). */
  static List<Failure> risProblems(String path, String text) {
    List<Failure> failures = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    if (lines.length == 0 || !lines[0].startsWith("TY  - ")) {
      failures.add(new Failure(path, "?", "RIS that does not start with TY", lines.length == 0 ? "" : oneLine(lines[0])));
    }
    for (String line : lines) {
      if (!line.isEmpty() && !line.matches("[A-Z][A-Z0-9]  - ?.*")) {
        failures.add(new Failure(path, marker(line), "RIS line that is not a tag line", oneLine(line)));
      } else if (line.length() > 6 && INJECTED.matcher(line.substring(6)).find()) {
        failures.add(new Failure(path, marker(line), "a payload became a RIS tag of its own", oneLine(line)));
      }
    }
    long records = Stream.of(lines).filter(l -> l.startsWith("TY  - ")).count();
    long ends = Stream.of(lines).filter(l -> l.startsWith("ER  - ")).count();
    if (records != ends) {
      failures.add(new Failure(path, "?", "RIS with " + records + " records but " + ends + " ends", ""));
    }
    return failures;
  }

  // ---------------------------------------------------------------------------------------------
  // The detectors themselves

  @Test
  @SuppressWarnings("unchecked")
  void theDetectorsReportWhatIsPlantedInAPage() throws Exception {
    driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
    try {
      drain("control", new LinkedHashSet<>());
      open("404.html");
      Set<String> before = findings("404.html", detect()).stream().map(Failure::toString).collect(Collectors.toSet());
      js().executeScript("""
          var main = document.querySelector('main') || document.body;
          function add(html) { var d = document.createElement('div'); d.innerHTML = html; main.appendChild(d); }
          add('<a id="c-js" href="javascript:alert(\\'control-js\\')">x</a>');
          add('<a id="c-mixed" href="JaVaScRiPt:alert(\\'control-mixed\\')">x</a>');
          add('<a id="c-tab" href=" java&#x09;script:alert(\\'control-tab\\')">x</a>');
          add('<a id="c-vb" href="vbscript:msgbox(\\'control-vb\\')">x</a>');
          add('<a id="c-data" href="data:text/html;base64,PHNjcmlwdD5hbGVydCgnbGluay1kYXRhJyk8L3NjcmlwdD4=">x</a>');
          add('<a id="c-ftp" href="ftp://example.org/">x</a>');
          add('<img id="c-img" src="x" onerror="window.__pwned=\\'control-onerror\\'">');
          add('<iframe id="c-iframe" src="about:blank"></iframe>');
          add('<object id="c-object"></object><embed id="c-embed">');
          add('<form id="c-form" action="https://evil.example/"><button formaction="javascript:alert(\\'control-formaction\\')">go</button></form>');
          var meta = document.createElement('meta'); meta.httpEquiv = 'refresh';
          meta.content = '3600;url=javascript:alert(\\'control-meta\\')'; document.head.appendChild(meta);
          var ld = document.createElement('script'); ld.type = 'application/ld+json';
          ld.textContent = '{"name": "control-ld", '; document.head.appendChild(ld);
          var script = document.createElement('script'); script.textContent = 'window.__pwned = "control-inline"';
          document.body.appendChild(script);
          var outside = document.createElement('script'); outside.src = 'https://evil.example/x.js'; outside.async = true;
          outside.setAttribute('data-control', 'outside');
          document.body.appendChild(outside);
          var style = document.createElement('style'); style.textContent = 'body{display:none}'; document.head.appendChild(style);
          var base = document.createElement('base'); base.href = 'https://evil.example/'; document.head.appendChild(base);
          """);
      Thread.sleep(300);
      List<Failure> planted = findings("404.html", detect()).stream()
          .filter(f -> !before.contains(f.toString())).toList();
      List<String> text = planted.stream().map(Failure::toString).toList();
      assertThat(text).as("planted findings").anyMatch(f -> f.contains("[control-js]") && f.contains("javascript: URL"))
          .anyMatch(f -> f.contains("[control-mixed]") && f.contains("javascript: URL"))
          .anyMatch(f -> f.contains("[control-tab]") && f.contains("javascript: URL"))
          .anyMatch(f -> f.contains("[control-vb]") && f.contains("vbscript: URL"))
          .anyMatch(f -> f.contains("[link-data]") && f.contains("data: URL"))
          .anyMatch(f -> f.contains("link with scheme ftp:"))
          .anyMatch(f -> f.contains("[control-onerror]") && f.contains("event-handler attribute"))
          .anyMatch(f -> f.contains("<iframe> element"))
          .anyMatch(f -> f.contains("<object> element"))
          .anyMatch(f -> f.contains("<embed> element"))
          .anyMatch(f -> f.contains("form sending elsewhere"))
          .anyMatch(f -> f.contains("[control-formaction]") && f.contains("formaction"))
          .anyMatch(f -> f.contains("[control-meta]") && f.contains("http-equiv=refresh"))
          .anyMatch(f -> f.contains("JSON-LD that does not parse"))
          .anyMatch(f -> f.contains("[control-inline]") && f.contains("inline script that is not the site's"))
          .anyMatch(f -> f.contains("script from outside the site's assets"))
          .anyMatch(f -> f.contains("inline style that is not the site's"))
          .anyMatch(f -> f.contains("the page is hidden by an injected style"))
          .anyMatch(f -> f.contains("<base> element"))
          .anyMatch(f -> f.contains("document base URL changed"));
      // The 404 page's own inline style and script are allowed by their hashes, so they were not reported before.
      assertThat(before).noneMatch(f -> f.contains("inline script") || f.contains("inline style"));
      List<WebElement> clicks = (List<WebElement>) detect().get("clicks");
      assertThat(clicks).extracting(e -> e.getAttribute("id"))
          .contains("c-js", "c-mixed", "c-tab", "c-vb", "c-data", "c-ftp");

      // The trap: what ran, by the setter, by alert, and by clicking a script link; the policy bypassed here.
      Set<Failure> ran = new LinkedHashSet<>();
      js().executeScript("alert('control-alert'); confirm('control-confirm');");
      js().executeScript("document.getElementById('c-mixed').click();");
      drain("control", ran);
      assertThat(ran).extracting(Failure::marker)
          .contains("control-onerror", "control-inline", "control-alert", "control-confirm", "control-mixed");
      assertThat(ran).allMatch(f -> f.what().startsWith("RAN "));

      // The policy's reports: with the policy on, an inline handler is refused and reported with its element.
      driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
      open("404.html");
      js().executeScript("var d = document.createElement('div');"
          + " d.innerHTML = '<img src=x onerror=\"window.__pwned=\\'control-blocked\\'\">'; document.body.appendChild(d);");
      Thread.sleep(300);
      Set<Failure> blocked = new LinkedHashSet<>();
      drain("control", blocked);
      assertThat(blocked).anyMatch(f -> f.marker().equals("control-blocked") && f.what().startsWith("blocked by the policy"));
      assertThat(blocked).noneMatch(f -> f.what().startsWith("RAN "));

      // A real dialog, from a frame the trap has not reached, is caught too.
      js().executeScript("setTimeout(function () { window.__hostileNative.alert.call(window, 'control-dialog'); }, 50);");
      Thread.sleep(500);
      Set<Failure> dialogs = new LinkedHashSet<>();
      drain("control", dialogs);
      System.out.println("[hostile] control dialog: " + dialogs);
      assertThat(dialogs).anyMatch(f -> f.what().contains("dialog") && f.toString().contains("control-dialog"));
    } finally {
      driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", false));
      drain("control", new LinkedHashSet<>());
    }
  }

  @Test
  void theDataFileCheckersReportBrokenAndHostileData() {
    assertThat(xmlProblems("/feed.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title><summary>"
        + "<script>alert('control-xml')</script></feed>")).extracting(Failure::what).contains("XML that does not parse");
    assertThat(xmlProblems("/feed.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><link href=\" JavaScript:alert('control-feed')\"/>"
        + "<summary type=\"html\">&lt;img src=x onerror=alert('control-summary')&gt;</summary><id>https://e.org/</id></feed>"))
        .extracting(Failure::marker).contains("control-feed", "control-summary");
    assertThat(xmlProblems("/feed.xml", "<!DOCTYPE feed [<!ENTITY x \"y\">]><feed xmlns=\"http://www.w3.org/2005/Atom\"/>"))
        .extracting(Failure::what).contains("XML that does not parse");
    assertThat(jsonProblems("/papers/x/cite.json", "[{\"title\": \"</script><script>alert('control-json')</script>\"}]", true))
        .extracting(Failure::marker).contains("control-json");
    assertThat(jsonProblems("/papers/x/cite.json", "[{\"title\": \"x\"}", true)).extracting(Failure::what)
        .contains("JSON that does not parse");
    assertThat(jsonProblems("/papers/x/cite.json", "[{\"title\": \"\\u003cscript\\u003e\"}]", true)).isEmpty();
    assertThat(bibProblems("/papers/x/cite.bib", "<script>alert('control-bib')</script>\n@misc{x, title = {y}}"))
        .extracting(Failure::marker).contains("control-bib");
    assertThat(bibProblems("/papers/x/cite.bib", "@misc{x, title = {unclosed}")).isNotEmpty();
    assertThat(bibProblems("/papers/x/cite.bib", "@misc{x, title = {a}, url = {javascript:alert('control-inject')}, note = {}}"))
        .extracting(Failure::marker).containsExactly("control-inject");
    assertThat(bibProblems("/papers/x/cite.bib", "@misc{x, title = {a\\}, url = \\{javascript:alert('control-inject')\\}}}"))
        .isEmpty();
    assertThat(risProblems("/papers/x/cite.ris", "TY  - JOUR\nJO  - a\nUR  - javascript:alert('control-inject')\nER  - \n"))
        .extracting(Failure::marker).containsExactly("control-inject");
    assertThat(risProblems("/papers/x/cite.ris", "TY  - JOUR\nTI  - a\nER  - x'\nTY  - GEN\nER  - \n")).isEmpty();
    assertThat(risProblems("/papers/x/cite.ris", "TY  - JOUR\nTI  - a\n<script>alert('control-ris')</script>\nER  - \n"))
        .extracting(Failure::marker).contains("control-ris");
    assertThat(evaluatedTemplates("/index.html", "<p>Total 94011 things</p>")).hasSize(1);
    assertThat(evaluatedTemplates("/index.html", "<p>{{31337*3}} 940112 sha256-a94011b</p>")).isEmpty();
    assertThat(marker("<a href=\"javascript:alert(&#39;m-one&#39;)\">")).isEqualTo("m-one");
    assertThat(marker("window.__pwned = \"m-two\"")).isEqualTo("m-two");
    assertThat(marker("data:text/html;base64,PHNjcmlwdD5hbGVydCgncmVmOC11cmwnKTwvc2NyaXB0Pg==")).isEqualTo("ref8-url");
    assertThat(marker("img'onerror='alert(701)'.png")).isEqualTo("a-img-path");
    assertThat(marker("plain")).isEqualTo("?");
  }

  /** Prints the failures grouped by what happened, writes them to {@code target/hostile-<name>.txt}, and fails if any. */
  private static void report(String name, Set<Failure> failures) throws Exception {
    Map<String, List<Failure>> byWhat = new TreeMap<>();
    for (Failure f : failures) {
      byWhat.computeIfAbsent(f.what().replaceAll(" near #.*", "").replaceAll(" \\((under|without) the policy\\)", "")
          .strip(),
          k -> new ArrayList<>()).add(f);
    }
    StringBuilder text = new StringBuilder();
    text.append(failures.size()).append(" failures (").append(name).append(")\n");
    for (Map.Entry<String, List<Failure>> group : byWhat.entrySet()) {
      text.append("\n== ").append(group.getKey()).append(" (").append(group.getValue().size()).append(")\n");
      group.getValue().forEach(f -> text.append("  ").append(f).append('\n'));
    }
    Path out = Fixtures.projectDir().resolve("target/hostile-" + name.replace(' ', '-') + ".txt");
    Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
    System.out.println("[hostile] " + name + ": " + failures.size() + " failures, listed in " + out);
    assertThat(failures).as("hostile content (%s); full list in %s%n%s", name, out, text).isEmpty();
  }
}
