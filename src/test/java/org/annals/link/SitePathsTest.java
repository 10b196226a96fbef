package org.annals.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitePathsTest {
  @Test
  void linksRelativelyBetweenPages() {
    assertThat(SitePaths.relative("papers/x/3-1-a/", "papers/x/references/#ref-3")).isEqualTo("../references/#ref-3");
    assertThat(SitePaths.relative("papers/x/3-1-a/", "papers/x/3-1-a/#p-3-1-2")).isEqualTo("#p-3-1-2");
    assertThat(SitePaths.relative("papers/x/3-1-a/", "papers/x/3-1-a/")).isEqualTo("./");
    assertThat(SitePaths.relative("papers/x/", "papers/x/full/")).isEqualTo("full/");
    assertThat(SitePaths.relative("", "papers/x/")).isEqualTo("papers/x/");
    assertThat(SitePaths.relative("papers/x/full/", "")).isEqualTo("../../../");
    assertThat(SitePaths.relative("search/", "assets/annals.css")).isEqualTo("../assets/annals.css");
    assertThat(SitePaths.root("")).isEqualTo("./");
    assertThat(SitePaths.root("papers/x/")).isEqualTo("../../");
  }

  @Test
  void writesAFolderPageAsItsIndex() {
    assertThat(SitePaths.file("")).isEqualTo("index.html");
    assertThat(SitePaths.file("papers/x/")).isEqualTo("papers/x/index.html");
    assertThat(SitePaths.file("404.html")).isEqualTo("404.html");
  }

  @Test
  void linksBetweenAnyTwoPathsAsComparingTheirSegmentsWould() {
    java.util.Random random = new java.util.Random(11);
    String[] segments = {"papers", "x", "xy", "full", "references", "3-1-a", "index.html", "a.css", ""};
    for (int round = 0; round < 50_000; round++) {
      String from = path(random, segments, true);
      String target = path(random, segments, false) + (random.nextInt(4) == 0 ? "#p-1" : "");
      assertThat(SitePaths.relative(from, target)).as(from + " -> " + target).isEqualTo(bySegments(from, target));
    }
    assertThatThrownBy(() -> SitePaths.relative("papers/x", "papers/y/")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a page's folder path: papers/x");
  }

  private static String path(java.util.Random random, String[] segments, boolean page) {
    StringBuilder path = new StringBuilder();
    for (int n = random.nextInt(5); n > 0; n--) {
      path.append(segments[random.nextInt(segments.length)]).append(n > 1 || page ? "/" : "");
    }
    return path.toString();
  }

  /** Relative links by splitting both paths into every one of their segments, empty ones too. */
  private static String bySegments(String fromPage, String target) {
    String fragment = "";
    int hash = target.indexOf('#');
    if (hash >= 0) {
      fragment = target.substring(hash);
      target = target.substring(0, hash);
    }
    List<String> from = fromPage.isEmpty() ? List.of()
        : List.of(fromPage.substring(0, fromPage.length() - 1).split("/", -1));
    List<String> to = List.of(target.split("/", -1));
    int common = 0;
    while (common < from.size() && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
      common++;
    }
    String down = String.join("/", to.subList(common, to.size()));
    String link = "../".repeat(from.size() - common) + down;
    return link.isEmpty() ? (fragment.isEmpty() ? "./" : fragment) : link + fragment;
  }
}
