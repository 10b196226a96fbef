package org.annals.cite;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.format.HtmlFormat;
import de.undercouch.citeproc.csl.internal.token.DisplayGroupToken;
import java.util.Locale;

import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FS_ITALIC;
import static de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes.FW_BOLD;

/**
 * The citation processor's HTML as pages may carry it: elements and classes instead of style
 * attributes (pages allow no inline styles), phrasing content only (an entry sits inside a list
 * item's line), and links only to the web.
 */
final class CslHtmlFormat extends HtmlFormat {
  @Override
  protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
    return format(buffer);
  }

  @Override
  protected String doFormatLink(String text, String uri) {
    String lower = uri.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      int host = text.indexOf("://");
      String shown = host < 0 ? text : text.substring(0, host + 3) + text.substring(host + 3).replace("/", "/<wbr>");
      return "<a class=\"ref-url\" href=\"" + uri + "\">" + shown + "</a>";
    }
    return text;
  }

  @Override
  protected String openFontStyle(int fontStyle) {
    return fontStyle == FS_ITALIC ? "<i>" : "<i class=\"oblique\">";
  }

  @Override
  protected String closeFontStyle(int fontStyle) {
    return "</i>";
  }

  @Override
  protected String openFontVariant(int fontVariant) {
    return "<span class=\"small-caps\">";
  }

  @Override
  protected String closeFontVariant(int fontVariant) {
    return "</span>";
  }

  @Override
  protected String openFontWeight(int fontWeight) {
    return fontWeight == FW_BOLD ? "<b>" : "<span class=\"light\">";
  }

  @Override
  protected String closeFontWeight(int fontWeight) {
    return fontWeight == FW_BOLD ? "</b>" : "</span>";
  }

  @Override
  protected String openTextDecoration(int textDecoration) {
    return "<span class=\"underline\">";
  }

  @Override
  protected String closeTextDecoration(int textDecoration) {
    return "</span>";
  }

  @Override
  protected String openDisplayGroup(DisplayGroupToken.Type type) {
    return "<span class=\"csl-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-') + "\">";
  }

  @Override
  protected String closeDisplayGroup(DisplayGroupToken.Type type) {
    return "</span>" + (type == DisplayGroupToken.Type.LEFT_MARGIN ? " " : "");
  }
}
