package org.annals.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.diag.Diagnostics;
import org.annals.diag.SourceText;
import org.annals.model.PartialDate;
import org.annals.model.PersonName;
import org.annals.model.Reference;

/**
 * Reads one entry of a numbered reference list, in Annals' own form
 * ({@code [1]. Author & Author. (2021). *Title*. April 19, 2021. <https://…>}) or in APA's
 * ({@code [2]. Smith, J., & Lee, A. (2020). Title. *Journal*, *12*(3), 45–67. https://doi.org/…}):
 * authors (full names, or APA's {@code Family, I.}), the year ({@code 2020a}, {@code n.d.}), the
 * title (in emphasis, or plain before an emphasised container), the journal or book with volume,
 * issue and pages, publisher or date, and the link (a DOI when it points to doi.org).
 */
final class ReferenceParser {
  static final String FORM = "[1]. Author & Author. (2021). *Title*. April 19, 2021. <https://…>";

  private static final Pattern LEAD = Pattern.compile(
      "\\[(\\d+)\\]\\.?\\s+(\\S.*?)\\.?\\s+\\((\\d{4}|n\\.\\s?d\\.)-?([a-z]?)(?:,\\s*([^)]*))?\\)\\.\\s*", Pattern.DOTALL);
  private static final Pattern NUMBER = Pattern.compile("\\[(\\d+)\\].*", Pattern.DOTALL);
  private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s*(?:;|,|\\s&\\s|\\sand\\s)\\s*");
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\.(?:[\\s-]?\\p{Lu}\\p{Ll}?\\.)*)");
  private static final Pattern VOLUME_ISSUE_PAGES = Pattern.compile(
      "^,?\\s*(?:\\(([^)]*)\\))?(?:,\\s*(?:Article\\s+)?([^,.\\s][^,]*?))?\\.?\\s*$");
  private static final Pattern CHAPTER = Pattern.compile("^In\\s+(.*?),?\\s*$");
  private static final Pattern PAGES_IN_PARENS = Pattern.compile("^\\s*\\((?:pp?\\.\\s*)?([^)]*)\\)\\.?\\s*(.*)$", Pattern.DOTALL);

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
    Matcher m = LEAD.matcher(whole);
    if (!m.lookingAt()) {
      if (!NUMBER.matcher(whole).matches()) {
        return fail(start, "reference entry does not start with its number in brackets, like [1].");
      }
      return fail(start, "reference entry does not give 'Author(s). (Year).' before its title");
    }
    if (m.group(1).length() > 6) {
      return fail(start, "reference number [" + m.group(1) + "] is too large");
    }
    int number = Integer.parseInt(m.group(1));
    // The period after the authors also ends the last initial: "Bond, S. (1998)."
    String authorText = m.group(2).strip();
    if (whole.charAt(m.end(2)) == '.' && authorText.matches("(?s).*(?:,\\s|\\.\\s?|-)\\p{Lu}\\p{Ll}?")) {
      authorText += ".";
    }
    List<PersonName> names = apaNames(authorText);
    List<String> authors = names.isEmpty() ? splitAuthors(authorText)
        : names.stream().map(n -> n.isLiteral() ? n.literal() : n.given() + " " + n.family()).toList();
    if (authors.isEmpty()) {
      return fail(start + m.start(2), "reference [" + number + "] names no author");
    }
    int year = m.group(3).startsWith("n") ? Reference.NO_YEAR : Integer.parseInt(m.group(3));
    Optional<String> yearDate = Optional.ofNullable(m.group(5)).map(String::strip).filter(s -> !s.isEmpty());
    int restStart = start + m.end();
    Entry entry = new Entry(block, restStart);
    if (entry.title.isEmpty()) {
      return fail(start, "reference [" + number + "] has no title");
    }
    Optional<String> published = entry.published.or(() -> yearDate.map(d -> d + " " + m.group(3)));
    Optional<PartialDate> publishedDate = published.flatMap(PartialDate::parse);
    if (entry.published.isPresent() && publishedDate.isEmpty()) {
      return fail(entry.publishedOffset, "reference [" + number + "]: '" + entry.published.get() + "' is not a date",
          "write the date like April 19, 2021, April 2021 or 2021-04-19, or leave it out");
    }
    if (entry.trailing >= 0) {
      return fail(entry.trailing, "reference [" + number + "] has text after its URL");
    }
    References.Details details = new References.Details(entry.type(), entry.container, entry.volume, entry.issue,
        entry.pages, entry.publisher, Optional.empty(), entry.doi, Optional.empty());
    return Optional.of(References.listed(number, authors, names, year, m.group(4), entry.title, details,
        entry.published, publishedDate, entry.url, source.positionOf(bodyOffset + start)));
  }

  /** The parts of an entry after its year, read from its inline nodes. */
  private final class Entry {
    String title = "";
    Optional<String> container = Optional.empty();
    Optional<String> volume = Optional.empty();
    Optional<String> issue = Optional.empty();
    Optional<String> pages = Optional.empty();
    Optional<String> publisher = Optional.empty();
    Optional<String> published = Optional.empty();
    Optional<String> url = Optional.empty();
    Optional<String> doi = Optional.empty();
    boolean chapter;
    int publishedOffset;
    int trailing = -1;

    Entry(Node block, int restStart) {
      List<Node> emphasis = new ArrayList<>();
      Node link = null;
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        if (child.getEndOffset() <= restStart) {
          continue;
        }
        if (child instanceof Emphasis || child instanceof StrongEmphasis) {
          emphasis.add(child);
        } else if ((child instanceof AutoLink || child instanceof Link) && link == null) {
          link = child;
        }
      }
      int end = link == null ? block.getEndOffset() : link.getStartOffset();
      if (link != null) {
        String linkUrl = link instanceof AutoLink a ? a.getUrl().toString() : ((Link) link).getUrl().toString();
        url = Optional.of(linkUrl);
        Matcher doiUrl = Pattern.compile("https?://(?:dx\\.)?doi\\.org/(10\\..+)").matcher(linkUrl);
        if (doiUrl.matches()) {
          doi = Optional.of(doiUrl.group(1));
        }
        String after = text(link.getEndOffset(), block.getEndOffset()).strip();
        if (!after.isEmpty() && !after.equals(".")) {
          trailing = link.getEndOffset() + (text(link.getEndOffset(), block.getEndOffset()).length()
              - text(link.getEndOffset(), block.getEndOffset()).stripLeading().length());
        }
      } else {
        Matcher bare = Pattern.compile("(https?://\\S+?)\\.?\\s*$").matcher(text(restStart, end));
        if (bare.find()) {
          url = Optional.of(bare.group(1));
          end = restStart + bare.start();
        }
      }
      Node first = emphasis.isEmpty() ? null : emphasis.get(0);
      int after;
      if (first != null && text(restStart, first.getStartOffset()).isBlank()) {
        // *Title*. Date or publisher.
        title = plain(first);
        after = first.getEndOffset();
        emphasis.remove(0);
        Matcher pagesAfter = PAGES_IN_PARENS.matcher(text(after, end));
        if (pagesAfter.matches() && pagesAfter.group(1).matches("[\\d–—-]+|ascl:.*|[A-Za-z]*\\s?\\d.*")) {
          pages = Optional.of(pagesAfter.group(1).strip());
          after = end - pagesAfter.group(2).length();
        }
      } else {
        // Title. *Container*, *volume*(issue), pages.
        int boundary = first == null ? end : first.getStartOffset();
        String plainTitle = text(restStart, boundary);
        Matcher in = Pattern.compile("(?s)(.*?[.?!])\\s+In\\s+(.*)$").matcher(plainTitle);
        if (in.matches()) {
          chapter = true;
          title = clean(in.group(1));
        } else {
          title = clean(first == null ? firstSentence(plainTitle) : plainTitle);
          if (first == null) {
            boundary = restStart + Math.min(plainTitle.length(), firstSentence(plainTitle).length() + 1);
          }
        }
        after = boundary;
        if (first != null) {
          container = Optional.of(plain(first)).filter(s -> !s.isEmpty());
          after = first.getEndOffset();
          emphasis.remove(0);
          if (!emphasis.isEmpty() && text(after, emphasis.get(0).getStartOffset()).strip().equals(",")) {
            Node second = emphasis.remove(0);
            volume = Optional.of(plain(second));
            after = second.getEndOffset();
          } else if (container.isPresent() && container.get().matches("\\d+") && !chapter) {
            volume = container;
            container = Optional.empty();
          }
          String tail = text(after, end);
          int sentence = tail.indexOf(". ");
          String numbers = sentence < 0 ? tail : tail.substring(0, sentence + 1);
          Matcher vip = VOLUME_ISSUE_PAGES.matcher(numbers);
          if (vip.matches()) {
            issue = Optional.ofNullable(vip.group(1)).map(String::strip).filter(s -> !s.isEmpty());
            pages = Optional.ofNullable(vip.group(2)).map(String::strip).filter(s -> !s.isEmpty());
            after += numbers.length();
          } else {
            Matcher chapterPages = PAGES_IN_PARENS.matcher(tail);
            if (chapter && chapterPages.matches()) {
              pages = Optional.of(chapterPages.group(1).strip());
              after = end - chapterPages.group(2).length();
            }
          }
        }
      }
      String rest = clean(text(after, end).replaceFirst("^[\\s.,]+", ""));
      if (!rest.isEmpty()) {
        if (PartialDate.parse(rest).isPresent() || rest.matches("(?i)[a-z]+\\.?\\s+\\d{1,2},?\\s+\\d{4}.*")
            || rest.matches("\\d{1,2}\\s+[A-Za-z]+.*\\d{4}") || rest.matches("\\d{4}(-\\d\\d){0,2}")) {
          published = Optional.of(rest);
          publishedOffset = after + (text(after, end).indexOf(rest.charAt(0)));
        } else {
          publisher = Optional.of(rest);
        }
      }
    }

    String type() {
      if (chapter) {
        return "chapter";
      }
      if (container.isPresent() || volume.isPresent()) {
        return volume.isPresent() || issue.isPresent() ? "article-journal" : "paper-conference";
      }
      return publisher.isPresent() ? "book" : "webpage";
    }
  }

  /** The text of the body between two offsets. */
  private String text(int from, int to) {
    return to <= from ? "" : source.text().substring(bodyOffset + from, bodyOffset + to);
  }

  private static String plain(Node node) {
    return PlainText.of(node).strip();
  }

  /** Markdown marks and brackets out, white space made single, no period at the end. */
  private static String clean(String text) {
    String t = text.replaceAll("(?<!\\\\)[*_`]", "").replaceAll("\\s+", " ").strip();
    while (t.endsWith(".") || t.endsWith(",")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  private static String firstSentence(String text) {
    Matcher end = Pattern.compile("[.?!](?=\\s|$)").matcher(text);
    return end.find() ? text.substring(0, end.start() + 1) : text;
  }

  /**
   * Authors in APA's form, {@code Smith, J. A., Lee, B., & World Health Organization}: each family
   * name followed by its initials. Empty when the text is not in that form.
   */
  static List<PersonName> apaNames(String text) {
    String[] tokens = text.replace(", & ", ", ").replaceAll("\\s+&\\s+", ", ").split(",\\s*");
    List<PersonName> names = new ArrayList<>();
    boolean sawInitials = false;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i].strip();
      if (token.isEmpty() || token.equals("…") || token.equals(". . .")) {
        continue;
      }
      String next = i + 1 < tokens.length ? tokens[i + 1].strip() : "";
      if (INITIALS.matcher(next).matches()) {
        names.add(PersonName.person(token, next));
        sawInitials = true;
        i++;
      } else if (INITIALS.matcher(token).matches()) {
        return List.of();
      } else {
        names.add(PersonName.literal(token));
      }
    }
    return sawInitials ? names : List.of();
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
    return fail(offset, message, "write each entry as " + FORM
        + ", or in APA's form: Smith, J., & Lee, A. (2020). Title. *Journal*, *12*(3), 45–67. https://doi.org/…");
  }

  private Optional<Reference> fail(int offset, String message, String hint) {
    diagnostics.error(source, bodyOffset + offset, message, hint);
    return Optional.empty();
  }
}
