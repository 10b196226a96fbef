package org.annals.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as publications are dated.
 *
 * @param year the year
 * @param month 1–12, if known
 * @param day 1–31, if known (only with a month)
 */
public record PartialDate(int year, OptionalInt month, OptionalInt day) implements Comparable<PartialDate> {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2}),\\s*(\\d{4})");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]+)\\.?,?\\s+(\\d{4})");

  public PartialDate {
    if (day.isPresent() && month.isEmpty()) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (day.isPresent()) {
      LocalDate.of(year, month.getAsInt(), day.getAsInt());
    } else if (month.isPresent() && (month.getAsInt() < 1 || month.getAsInt() > 12)) {
      throw new DateTimeException("month out of range: " + month.getAsInt());
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, OptionalInt.empty(), OptionalInt.empty());
  }

  /**
   * Reads {@code 2021}, {@code 2021-04}, {@code 2021-04-19}, {@code April 19, 2021}, {@code 19 April
   * 2021} or {@code April 2021}; empty when the text is none of these or not a real date.
   */
  public static Optional<PartialDate> parse(String text) {
    String s = text.strip();
    try {
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return Optional.of(new PartialDate(Integer.parseInt(m.group(1)), optional(m.group(2)), optional(m.group(3))));
      }
      Matcher mdy = MONTH_DAY_YEAR.matcher(s);
      if (mdy.matches()) {
        return month(mdy.group(1)).map(mo -> new PartialDate(
            Integer.parseInt(mdy.group(3)), OptionalInt.of(mo), OptionalInt.of(Integer.parseInt(mdy.group(2)))));
      }
      Matcher dmy = DAY_MONTH_YEAR.matcher(s);
      if (dmy.matches()) {
        return month(dmy.group(2)).map(mo -> new PartialDate(
            Integer.parseInt(dmy.group(3)), OptionalInt.of(mo), OptionalInt.of(Integer.parseInt(dmy.group(1)))));
      }
      Matcher my = MONTH_YEAR.matcher(s);
      if (my.matches()) {
        return month(my.group(1)).map(mo -> new PartialDate(
            Integer.parseInt(my.group(2)), OptionalInt.of(mo), OptionalInt.empty()));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static OptionalInt optional(String digits) {
    return digits == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
  }

  private static Optional<Integer> month(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.length() < 3) {
      return Optional.empty();
    }
    for (Month month : Month.values()) {
      String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.equals(lower) || (lower.length() == 3 && full.startsWith(lower))
          || (lower.equals("sept") && month == Month.SEPTEMBER)) {
        return Optional.of(month.getValue());
      }
    }
    return Optional.empty();
  }

  /** {@code 2021}, {@code 2021-04} or {@code 2021-04-19}. */
  public String iso() {
    StringBuilder out = new StringBuilder(10);
    if (year < 0) {
      out.append(String.format(Locale.ROOT, "%04d", year));
    } else {
      String digits = Integer.toString(year);
      for (int pad = digits.length(); pad < 4; pad++) {
        out.append('0');
      }
      out.append(digits);
    }
    month.ifPresent(m -> out.append(m < 10 ? "-0" : "-").append(m));
    day.ifPresent(d -> out.append(d < 10 ? "-0" : "-").append(d));
    return out.toString();
  }

  /** {@code 2021}, {@code April 2021} or {@code April 19, 2021}. */
  public String display() {
    if (month.isEmpty()) {
      return Integer.toString(year);
    }
    String name = Month.of(month.getAsInt()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return day.isPresent() ? name + " " + day.getAsInt() + ", " + year : name + " " + year;
  }

  @Override
  public int compareTo(PartialDate other) {
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(month.orElse(0), other.month.orElse(0));
    }
    return c != 0 ? c : Integer.compare(day.orElse(0), other.day.orElse(0));
  }
}
