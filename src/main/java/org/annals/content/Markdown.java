package org.annals.content;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/** The one Flexmark configuration of Annals: the dialect that papers are written in. */
public final class Markdown {
  /** Parser and renderer options; the renderer in {@code render} is built from the same set. */
  public static final DataHolder OPTIONS =
      new MutableDataSet()
          .set(Parser.EXTENSIONS, List.of(
              TablesExtension.create(), AutolinkExtension.create(), StrikethroughExtension.create()))
          .toImmutable();

  /** The parser; thread-safe once built. */
  public static final Parser PARSER = Parser.builder(OPTIONS).build();

  private Markdown() {}
}
