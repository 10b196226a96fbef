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
}
