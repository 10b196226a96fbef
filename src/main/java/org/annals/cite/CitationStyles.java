package org.annals.cite;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.annals.model.PartialDate;

/** APA 7th edition and Chicago author-date (17th edition) reference-list entries. */
public final class CitationStyles {
  private CitationStyles() {}

  /** {@code Tran, A. C. (n.d.). *Title*. Archive. URL} */
  public static FormattedCitation apa(CiteItem item) {
    StringBuilder before = new StringBuilder();
    before.append(apaAuthors(item.authors()));
    before.append(endsWithPeriod(before) ? " " : ". ");
    before.append('(').append(item.issued().map(CitationStyles::apaDate).orElse("n.d.")).append("). ");
    String after = "." + item.container().map(c -> " " + c + ".").orElse("");
    return new FormattedCitation(before.toString(), item.title(), true, after, item.url().orElse(""));
  }

  /** {@code Tran, Anh Cong. n.d. “Title.” Archive. URL} */
  public static FormattedCitation chicago(CiteItem item) {
    StringBuilder before = new StringBuilder();
    before.append(chicagoAuthors(item.authors()));
    before.append(endsWithPeriod(before) ? " " : ". ");
    String year = item.issued().map(d -> Integer.toString(d.year())).orElse("n.d.");
    before.append(year).append(year.endsWith(".") ? " “" : ". “");
    StringBuilder after = new StringBuilder(".”");
    item.container().ifPresent(c -> after.append(' ').append(c).append('.'));
    item.issued().filter(d -> d.month().isPresent()).ifPresent(d -> after.append(' ').append(monthDay(d)).append('.'));
    return new FormattedCitation(before.toString(), item.title(), false, after.toString(), item.url().orElse(""));
  }

  static String apaAuthors(List<CiteName> names) {
    List<String> parts = names.stream().map(CiteName::familyInitials).toList();
    if (parts.isEmpty()) {
      return "Anonymous";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    if (parts.size() <= 20) {
      return String.join(", ", parts.subList(0, parts.size() - 1)) + ", & " + parts.get(parts.size() - 1);
    }
    return String.join(", ", parts.subList(0, 19)) + ", … " + parts.get(parts.size() - 1);
  }

  static String chicagoAuthors(List<CiteName> names) {
    if (names.isEmpty()) {
      return "Anonymous";
    }
    String first = names.get(0).familyGiven();
    if (names.size() == 1) {
      return first;
    }
    List<String> rest = names.subList(1, names.size()).stream().map(CiteName::givenFamily).toList();
    if (names.size() == 2) {
      return first + " and " + rest.get(0);
    }
    return first + ", " + String.join(", ", rest.subList(0, rest.size() - 1)) + ", and " + rest.get(rest.size() - 1);
  }

  /** {@code 2021, April 19}, {@code 2021, April} or {@code 2021}. */
  static String apaDate(PartialDate date) {
    if (date.month().isEmpty()) {
      return Integer.toString(date.year());
    }
    return date.year() + ", " + monthDay(date);
  }

  /** {@code April 19} or {@code April}. */
  static String monthDay(PartialDate date) {
    String month = Month.of(date.month().getAsInt()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return date.day().isPresent() ? month + " " + date.day().getAsInt() : month;
  }

  private static boolean endsWithPeriod(CharSequence text) {
    return text.length() > 0 && text.charAt(text.length() - 1) == '.';
  }
}
