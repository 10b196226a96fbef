package org.annals.link;

import static org.assertj.core.api.Assertions.assertThat;

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
  void linksBetweenAnyTwoPathsAsSegmentByComparisonWould() {
    java.util.Random random = new java.util.Random(11);
    String[] segments = {"papers", "x", "xy", "full", "references", "3-1-a", "index.html", "a.css", ""};
    for (int round = 0; round < 50_000; round++) {
      String from = path(random, segments, true);
      String target = path(random, segments, false) + (random.nextInt(4) == 0 ? "#p-1" : "");
      assertThat(SitePaths.relative(from, target)).as(from + " -> " + target).isEqualTo(bySegments(from, target));
    }
  }

  private static String path(java.util.Random random, String[] segments, boolean page) {
    StringBuilder path = new StringBuilder();
    for (int n = random.nextInt(5); n > 0; n--) {
      path.append(segments[random.nextInt(segments.length)]).append(n > 1 || page ? "/" : "");
    }
    return path.toString();
  }

  /** Relative links by splitting both paths into segments: what {@link SitePaths#relative} computes. */
  private static String bySegments(String fromPage, String target) {
    String fragment = "";
    int hash = target.indexOf('#');
    if (hash >= 0) {
      fragment = target.substring(hash);
      target = target.substring(0, hash);
    }
    String[] from = fromPage.isEmpty() ? new String[0] : fromPage.substring(0, fromPage.length() - 1).split("/");
    String[] to = target.split("/", -1);
    int common = 0;
    while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder out = new StringBuilder("../".repeat(from.length - common));
    for (int i = common; i < to.length; i++) {
      out.append(to[i]).append(i < to.length - 1 ? "/" : "");
    }
    return out.length() == 0 ? (fragment.isEmpty() ? "./" : fragment) : out + fragment;
  }
}
