package org.annals.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourceText;
import org.annals.model.PartialDate;
import org.annals.model.Reference;

/**
 * Reads one entry of a reference list: {@code [1]. Author(s). (Year). *Title*. Date. <URL>}. The
 * title comes from the emphasis node and the URL from the link node of the entry's Markdown; the
 * plain text around them is split into number, authors, year and date.
 */
final class ReferenceParser {
  static final String FORM = "[1]. Author & Author. (2021). *Title*. April 19, 2021. <https://…>";

  private static final Pattern LEAD =
      Pattern.compile("\\[(\\d+)\\]\\.?\\s+(\\S.*?)\\.\\s+\\((\\d{4})([a-z]?)\\)\\.\\s*", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("\\[(\\d+)\\].*", Pattern.DOTALL);
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:;|,|\\s&\\s)\\s*");

  private final SourceText source;
  private final int bodyOffset;
  private final Diagnostics diagnostics;

  ReferenceParser(SourceText source, int bodyOffset, Diagnostics diagnostics) {
    this.source = source;
    this.bodyOffset = bodyOffset;
    this.diagnostics = diagnostics;
  }

  /** Parses the entry held by {@code block}, a paragraph; records an error and returns empty if it does not parse. */
  Optional<Reference> parse(Node block) {
    int start = block.getStartOffset();
    String whole = block.getChars().toString();
    Node title = null;
    for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Emphasis || child instanceof StrongEmphasis) {
        title = child;
        break;
      }
    }
    if (title == null) {
      return fail(start, "reference entry has no title in *asterisks*");
    }
    String lead = whole.substring(0, title.getStartOffset() - start);
    Matcher m = LEAD.matcher(lead);
    if (!m.matches()) {
      Matcher number = NUMBER.matcher(lead);
      if (!number.matches()) {
        return fail(start, "reference entry does not start with its number in brackets, like [1].");
      }
      return fail(start, "reference entry does not give 'Author(s). (Year).' before its title");
    }
    int number = Integer.parseInt(m.group(1));
    List<String> authors = splitAuthors(m.group(2));
    if (authors.isEmpty()) {
      return fail(start + m.start(2), "reference [" + number + "] names no author");
    }
    String titleText = new TextCollectingVisitor().collectAndGetText(title).strip();
    if (titleText.isEmpty()) {
      return fail(title.getStartOffset(), "reference [" + number + "] has an empty title");
    }
    Node link = null;
    for (Node node : block.getDescendants()) {
      if ((node instanceof AutoLink || node instanceof Link) && node.getStartOffset() >= title.getEndOffset()) {
        link = node;
        break;
      }
    }
    int tailEnd = link == null ? block.getEndOffset() : link.getStartOffset();
    String tail = source.text().substring(bodyOffset + title.getEndOffset(), bodyOffset + tailEnd).strip();
    if (!tail.startsWith(".")) {
      return fail(title.getEndOffset(), "reference [" + number + "] needs a period after its title");
    }
    String dateText = tail.substring(1).strip();
    if (dateText.endsWith(".")) {
      dateText = dateText.substring(0, dateText.length() - 1).strip();
    }
    Optional<String> published = Optional.of(dateText).filter(s -> !s.isEmpty());
    Optional<PartialDate> publishedDate = published.flatMap(PartialDate::parse);
    if (published.isPresent() && publishedDate.isEmpty()) {
      int at = source.text().indexOf(dateText, bodyOffset + title.getEndOffset()) - bodyOffset;
      return fail(at, "reference [" + number + "]: '" + dateText + "' is not a date",
          "write the date like April 19, 2021, April 2021 or 2021-04-19, or leave it out");
    }
    Optional<String> url = Optional.empty();
    if (link != null) {
      url = Optional.of(link instanceof AutoLink a ? a.getUrl().toString() : ((Link) link).getUrl().toString());
      String rest = source.text().substring(bodyOffset + link.getEndOffset(), bodyOffset + block.getEndOffset());
      String after = rest.strip();
      if (!after.isEmpty() && !after.equals(".")) {
        int skip = rest.length() - rest.stripLeading().length();
        return fail(link.getEndOffset() + skip, "reference [" + number + "] has text after its URL");
      }
    }
    return Optional.of(References.listed(number, authors, Integer.parseInt(m.group(3)), m.group(4), titleText,
        References.Details.WEBPAGE, published, publishedDate, url, source.positionOf(bodyOffset + start)));
  }

  static List<String> splitAuthors(String text) {
    List<String> names = new ArrayList<>();
    Arrays.stream(AUTHOR_SEPARATOR.split(text.strip()))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .forEach(names::add);
    return names;
  }

  private Optional<Reference> fail(int offset, String message) {
    return fail(offset, message, "write each entry as " + FORM);
  }

  private Optional<Reference> fail(int offset, String message, String hint) {
    diagnostics.error(source, bodyOffset + offset, message, hint);
    return Optional.empty();
  }
}
