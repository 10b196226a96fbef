package org.annals.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void turnsHeadingsIntoSlugsAndAcceptsOnlySlugsAsTheyMakeThem() {
    for (String heading : new String[] {"3.1. Adjustment of Political Relations", "Đặng & Smith: “Trade”!", "  -x-  ",
        "Ünïcödé -- and   spaces", "a".repeat(120) + " tail"}) {
      String slug = Slugs.slugify(heading);
      assertThat(Slugs.isSlug(slug)).as(slug).isTrue();
      assertThat(slug.length()).isLessThanOrEqualTo(80);
    }
    assertThat(Slugs.slugify("3.1. Adjustment of Political Relations")).isEqualTo("3-1-adjustment-of-political-relations");
    assertThat(Slugs.isSlug("us-japan-relations-2021")).isTrue();
    assertThat(Slugs.isSlug("US-Japan")).isFalse();
    assertThat(Slugs.isSlug("bad slug")).isFalse();
    assertThat(Slugs.isSlug("-x")).isFalse();
    assertThat(Slugs.isSlug("x-")).isFalse();
    assertThat(Slugs.isSlug("a--b")).isFalse();
    assertThat(Slugs.isSlug("")).isFalse();
  }
}
