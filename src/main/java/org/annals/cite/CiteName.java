package org.annals.cite;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A name as citation styles need it: a person's family and given names, or a name taken as a whole
 * (an organisation, or a person whose family name is not known).
 *
 * @param family the family name, or empty for a literal name
 * @param given the given names, or empty
 * @param literal the whole name when it is not split, else empty
 */
public record CiteName(String family, String given, String literal) {

  public static CiteName person(String family, String given) {
    return new CiteName(family, given, "");
  }

  public static CiteName literal(String name) {
    return new CiteName("", "", name);
  }

  public boolean isLiteral() {
    return !literal.isEmpty();
  }

  /** {@code Tran, A. C.} */
  public String familyInitials() {
    return isLiteral() ? literal : given.isEmpty() ? family : family + ", " + initials(given);
  }

  /** {@code Tran, Anh Cong} */
  public String familyGiven() {
    return isLiteral() ? literal : given.isEmpty() ? family : family + ", " + given;
  }

  /** {@code Anh Cong Tran} */
  public String givenFamily() {
    return isLiteral() ? literal : given.isEmpty() ? family : given + " " + family;
  }

  /** {@code Anh Cong} → {@code A. C.}; {@code Jean-Paul} → {@code J.-P.} */
  static String initials(String given) {
    return Arrays.stream(given.strip().split("\\s+"))
        .map(word -> Arrays.stream(word.split("-"))
            .filter(part -> !part.isEmpty())
            .map(part -> part.endsWith(".") && part.length() <= 3 ? part : part.codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".")
            .collect(Collectors.joining("-")))
        .collect(Collectors.joining(" "));
  }
}
