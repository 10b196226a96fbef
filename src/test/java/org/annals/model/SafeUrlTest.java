package org.annals.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeUrlTest {
  @Test
  void webAddressesMailAndRelativeUrlsAreLinks() {
    assertThat(SafeUrl.isSafe("https://doi.org/10.1/x")).isTrue();
    assertThat(SafeUrl.isSafe("HTTP://EXAMPLE.ORG")).isTrue();
    assertThat(SafeUrl.isSafe("mailto:someone@example.org")).isTrue();
    assertThat(SafeUrl.isSafe("figures/one.png")).isTrue();
    assertThat(SafeUrl.isSafe("../other/#p-1")).isTrue();
    assertThat(SafeUrl.isSafe("#ref-3")).isTrue();
    assertThat(SafeUrl.isSafe("?q=a:b")).isTrue();
    assertThat(SafeUrl.isSafe("a/b:c")).isTrue();
    assertThat(SafeUrl.isSafe("")).isTrue();
  }

  @Test
  void everyOtherSchemeIsRefusedWhateverItsCaseOrTheSpacesAroundIt() {
    for (String url : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "  javascript:alert(1)",
        "\u0001javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "jav\r\nascript:x",
        "vbscript:msgbox(1)", "VBScript:x", "data:text/html;base64,PHNjcmlwdD4=", "DATA:text/html,x",
        "file:///etc/passwd", "ftp://example.org/", "x-custom+a.b:thing"}) {
      assertThat(SafeUrl.isSafe(url)).as(url).isFalse();
      assertThat(SafeUrl.of(url)).as(url).isEmpty();
    }
    assertThat(SafeUrl.scheme("JaVaScRiPt:alert(1)")).isEqualTo("javascript");
    assertThat(SafeUrl.scheme("1http://x")).isNull();
  }
}
