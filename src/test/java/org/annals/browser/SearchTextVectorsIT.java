package org.annals.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.search.SearchTextVectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser side of the shared search vectors: search.js, as the first paper's site serves it,
 * folds, splits, names shards and finds stems as {@code vectors.json} says, the file that
 * {@code SearchTextVectorsTest} holds the Java index builder to.
 */
class SearchTextVectorsIT extends ServedSite {
  @BeforeEach
  void open() {
    driver.get(server.url());
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> ((JavascriptExecutor) d).executeScript("return !!window.AnnalsSearch"));
  }

  private Object run(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  @Test
  void foldsAsTheVectorsSay() {
    for (String[] v : SearchTextVectors.pairs("fold")) {
      assertThat(run("return AnnalsSearch.fold(arguments[0]);", v[0])).as(v[0]).isEqualTo(v[1]);
    }
  }

  @Test
  void keepsTheWordsTheVectorsSay() {
    for (SearchTextVectors.Words v : SearchTextVectors.words()) {
      assertThat(run("return AnnalsSearch.words(arguments[0], new Set(arguments[1]));", v.text(),
          SearchTextVectors.stopWords())).as(v.text()).isEqualTo(v.expected());
    }
  }

  @Test
  void hashesPairsAsTheVectorsSay() {
    for (String[] v : SearchTextVectors.pairs("pairHashes")) {
      assertThat(String.valueOf(run("return String(AnnalsSearch.hash(arguments[0]));", v[0]))).as(v[0]).isEqualTo(v[1]);
    }
  }

  @Test
  void namesShardFilesAsTheVectorsSay() {
    for (String[] v : SearchTextVectors.pairs("shardFiles")) {
      assertThat(run("return AnnalsSearch.shardFile(arguments[0]);", v[0])).as(v[0])
          .isEqualTo(v[1]);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void findsTheStemsAndStopWordsTheVectorsSayInTheBuiltIndex() {
    List<String> words = new ArrayList<>();
    SearchTextVectors.pairs("stems").forEach(v -> words.add(v[0]));
    Map<String, Object> found = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
        var words = arguments[0], done = arguments[arguments.length - 1];
        var index = new AnnalsSearch.Index(new URL('search/index/', document.baseURI));
        index.load().then(function (meta) {
          return Promise.all(words.map(function (w) { return index.word(w); }))
            .then(function (all) {
              done({ stopWords: meta.stopWords, stems: all.map(function (e) { return e && e.stem ? [e.stem] : []; }) });
            });
        }).catch(function (e) { done({ error: String(e) }); });
        """, words);
    assertThat(found).doesNotContainKey("error");
    assertThat((List<String>) found.get("stopWords")).containsExactlyElementsOf(SearchTextVectors.stopWords());
    List<List<String>> stems = (List<List<String>>) found.get("stems");
    List<String[]> vectors = SearchTextVectors.pairs("stems");
    for (int i = 0; i < vectors.size(); i++) {
      assertThat(stems.get(i)).as(vectors.get(i)[0]).containsExactly(vectors.get(i)[1]);
    }
  }
}
