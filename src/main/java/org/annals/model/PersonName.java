package org.annals.model;

/**
 * A name as a bibliography gives it: a person's family and given names, or a name taken whole
 * (an organisation).
 *
 * @param family the family name with any particle ({@code van Rossum}), or empty for a literal name
 * @param given the given names, or empty
 * @param literal the whole name when it is not split, else empty
 */
public record PersonName(String family, String given, String literal) {
  public static PersonName person(String family, String given) {
    return new PersonName(family, given, "");
  }

  public static PersonName literal(String name) {
    return new PersonName("", "", name);
  }

  public boolean isLiteral() {
    return !literal.isEmpty();
  }

  /** The name as it is read aloud: {@code Guido van Rossum}, or the literal name. */
  public String display() {
    return isLiteral() ? literal : given.isEmpty() ? family : given + " " + family;
  }
}
