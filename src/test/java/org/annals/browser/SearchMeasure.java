package org.annals.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** Times a query from the keystroke to the results on screen and counts the index bytes it fetched. */
final class SearchMeasure {
  private static final String SCRIPT = """
      var query = arguments[0], done = arguments[arguments.length - 1];
      var input = document.getElementById('site-search-input');
      var status = document.querySelector('.site-search .search-status');
      var before = performance.getEntriesByType('resource').length;
      var start = performance.now();
      var observer = new MutationObserver(function () {
        if (status.textContent.indexOf('\\u201c' + query.trim() + '\\u201d') < 0) { return; }
        observer.disconnect();
        var ms = performance.now() - start;
        var files = performance.getEntriesByType('resource').slice(before)
          .filter(function (e) { return e.name.indexOf('/search/index/') >= 0; });
        done({ ms: ms, bytes: files.reduce(function (s, e) { return s + e.decodedBodySize; }, 0),
          files: files.length, status: status.textContent });
      });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      input.focus();
      input.value = query;
      input.dispatchEvent(new Event('input'));
      """;

  /**
   * One query's cost.
   *
   * @param ms keystroke to results on a fresh page, where the index files must be fetched
   * @param warmMs keystroke to results when the same query is typed again on that page
   * @param bytes index bytes fetched by the first query
   * @param files index files fetched by the first query
   * @param status the status line shown
   */
  record Cost(double ms, double warmMs, long bytes, long files, String status) {}

  private SearchMeasure() {}

  /** Opens {@code page} afresh (nothing cached in the page) and runs one query on it. */
  @SuppressWarnings("unchecked")
  static Cost cold(WebDriver driver, String page, String query) {
    driver.get(page);
    JavascriptExecutor js = (JavascriptExecutor) driver;
    Map<String, Object> r = (Map<String, Object>) js.executeAsyncScript(SCRIPT, query);
    js.executeScript("var i = document.getElementById('site-search-input'); i.value = '';"
        + " i.dispatchEvent(new Event('input'));");
    Map<String, Object> warm = (Map<String, Object>) js.executeAsyncScript(SCRIPT, query);
    return new Cost(((Number) r.get("ms")).doubleValue(), ((Number) warm.get("ms")).doubleValue(),
        ((Number) r.get("bytes")).longValue(), ((Number) r.get("files")).longValue(), (String) r.get("status"));
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Runs a query {@code runs} times on fresh pages; returns the median times and the bytes of the last run. */
  static Cost median(WebDriver driver, String page, String query, int runs) {
    List<Double> times = new ArrayList<>();
    List<Double> warm = new ArrayList<>();
    Cost last = null;
    for (int i = 0; i < runs; i++) {
      last = cold(driver, page, query);
      times.add(last.ms());
      warm.add(last.warmMs());
    }
    return new Cost(median(times), median(warm), last.bytes(), last.files(), last.status());
  }
}
