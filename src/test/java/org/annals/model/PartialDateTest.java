package org.annals.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void readsTheFormsThatReferenceListsUse() {
    assertThat(PartialDate.parse("April 19, 2021").map(PartialDate::iso)).contains("2021-04-19");
    assertThat(PartialDate.parse("June 04, 2020").map(PartialDate::iso)).contains("2020-06-04");
    assertThat(PartialDate.parse("19 April 2021").map(PartialDate::iso)).contains("2021-04-19");
    assertThat(PartialDate.parse("Sept. 3, 2019").map(PartialDate::iso)).contains("2019-09-03");
    assertThat(PartialDate.parse("April 2024").map(PartialDate::iso)).contains("2024-04");
    assertThat(PartialDate.parse("2024-05").map(PartialDate::display)).contains("May 2024");
    assertThat(PartialDate.parse("2024").map(PartialDate::display)).contains("2024");
  }

  @Test
  void refusesWhatIsNotARealDate() {
    assertThat(PartialDate.parse("February 30, 2020")).isEmpty();
    assertThat(PartialDate.parse("2024-13")).isEmpty();
    assertThat(PartialDate.parse("Someday")).isEmpty();
    assertThat(PartialDate.parse("Ap 3, 2020")).isEmpty();
  }

  @Test
  void ordersByYearThenMonthThenDay() {
    PartialDate year = PartialDate.parse("2021").orElseThrow();
    PartialDate month = PartialDate.parse("April 2021").orElseThrow();
    PartialDate day = PartialDate.parse("April 19, 2021").orElseThrow();
    assertThat(year).isLessThan(month);
    assertThat(month).isLessThan(day);
    assertThat(Optional.of(day).map(PartialDate::display)).contains("April 19, 2021");
  }

  @org.junit.jupiter.api.Test
  void writesIsoDatesWithFourDigitYearsAndTwoDigitMonthsAndDays() {
    java.util.OptionalInt none = java.util.OptionalInt.empty();
    assertThat(new PartialDate(987, java.util.OptionalInt.of(3), java.util.OptionalInt.of(9)).iso()).isEqualTo("0987-03-09");
    assertThat(new PartialDate(2021, java.util.OptionalInt.of(12), java.util.OptionalInt.of(31)).iso()).isEqualTo("2021-12-31");
    assertThat(new PartialDate(12345, java.util.OptionalInt.of(10), none).iso()).isEqualTo("12345-10");
    assertThat(new PartialDate(-44, none, none).iso()).isEqualTo("-044");
  }
}
