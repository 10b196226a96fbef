package org.annals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes a large archive for scale tests: papers in the real format, with sections, subsections,
 * citations and reference lists, and a vocabulary of the first paper's words plus made-up words,
 * drawn with a Zipf-like skew as real text is. Seeded, so the same archive every time.
 */
public final class ArchiveGenerator {
  private static final String[] SYLLABLES = {"ka", "ri", "to", "men", "sa", "lo", "ve", "dun", "pra", "is", "ur",
      "gel", "no", "tha", "bri", "cos", "el", "mar", "vi", "quen", "zo", "ha", "pel", "tri", "an", "dor", "ux"};
  private static final String[] GIVEN = {"Anh", "Minh", "Lan", "Huy", "Ashley", "Tom", "Niklas", "Wayne", "Mai",
      "Kim", "Sara", "John", "Li", "Yuki", "Hana", "Omar", "Ines", "Paulo", "Eva", "Raj"};

  private ArchiveGenerator() {}

  /** Writes {@code papers} papers and a {@code site.yaml} into {@code content}. */
  public static void generate(Path content, int papers, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> vocabulary = vocabulary(random);
    List<String> surnames = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String s = word(random, 2 + random.nextInt(2));
      surnames.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
    }
    Files.createDirectories(content);
    Files.writeString(content.resolve("site.yaml"), "title: \"Generated Archive\"\ndescription: \"Scale test.\"\n");
    for (int p = 0; p < papers; p++) {
      StringBuilder md = new StringBuilder();
      String[][] refs = new String[4][];
      for (int r = 0; r < refs.length; r++) {
        refs[r] = new String[] {GIVEN[random.nextInt(GIVEN.length)], surnames.get(random.nextInt(surnames.size())),
            Integer.toString(1990 + r * 7 + random.nextInt(7))};
      }
      md.append("---\ntitle: \"").append(capitalised(sentence(random, vocabulary, 7))).append("\"\n")
          .append("authors:\n  - name: \"").append(GIVEN[random.nextInt(GIVEN.length)]).append(' ')
          .append(surnames.get(random.nextInt(surnames.size()))).append("\"\n    affiliation: \"Institute ")
          .append(p % 37).append("\"\n")
          .append("date: ").append(2000 + p % 25).append('-').append(String.format("%02d", 1 + p % 12)).append("-15\n")
          .append("keywords: [").append(vocabulary.get(random.nextInt(300))).append(", ")
          .append(vocabulary.get(random.nextInt(300))).append("]\n")
          .append("abstract: \"").append(capitalised(sentence(random, vocabulary, 40))).append(".\"\n---\n\n");
      for (int s = 1; s <= 4; s++) {
        md.append("## ").append(s).append(". ").append(capitalised(sentence(random, vocabulary, 4))).append("\n\n");
        paragraphs(md, random, vocabulary, refs, 2);
        for (int sub = 1; sub <= 2; sub++) {
          md.append("### ").append(s).append('.').append(sub).append(". ")
              .append(capitalised(sentence(random, vocabulary, 5))).append("\n\n");
          paragraphs(md, random, vocabulary, refs, 3);
        }
      }
      md.append("## References\n\n");
      for (int r = 0; r < refs.length; r++) {
        md.append("- [").append(r + 1).append("]. ").append(refs[r][0]).append(' ').append(refs[r][1]).append(". (")
            .append(refs[r][2]).append("). *").append(capitalised(sentence(random, vocabulary, 6))).append("*. ")
            .append("<https://example.org/").append(p).append('/').append(r).append(">\n");
      }
      Path file = content.resolve("papers/paper-" + String.format("%04d", p) + "/paper.md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, md);
    }
  }

  private static void paragraphs(StringBuilder md, Random random, List<String> vocabulary, String[][] refs, int count) {
    for (int i = 0; i < count; i++) {
      int sentences = 3 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        md.append(capitalised(sentence(random, vocabulary, 10 + random.nextInt(14))));
        if (s == sentences - 1) {
          String[] ref = refs[random.nextInt(refs.length)];
          md.append(" (").append(ref[1]).append(", ").append(ref[2]).append(')');
        }
        md.append(". ");
      }
      md.setLength(md.length() - 1);
      md.append("\n\n");
    }
  }

  private static List<String> vocabulary(Random random) throws IOException {
    Set<String> words = new LinkedHashSet<>();
    String paper = Files.readString(Fixtures.firstPaperFile());
    for (String w : paper.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
      if (w.length() > 2) {
        words.add(w);
      }
    }
    while (words.size() < 25_000) {
      words.add(word(random, 2 + random.nextInt(3)));
    }
    return new ArrayList<>(words);
  }

  private static String word(Random random, int syllables) {
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return w.toString();
  }

  /** Words drawn with a Zipf-like skew: the first words of the vocabulary are by far the commonest. */
  private static String sentence(Random random, List<String> vocabulary, int length) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      double u = random.nextDouble();
      int index = (int) Math.min(vocabulary.size() - 1, Math.floor(Math.pow(vocabulary.size(), u)) - 1);
      s.append(i > 0 ? " " : "").append(vocabulary.get(Math.max(0, index)));
    }
    return s.toString();
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
