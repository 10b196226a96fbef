package org.annals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a large archive in Annals' own format for scale tests and benchmarks, the same for the
 * same seed: papers with sections, subsections, author-year citations and APA reference lists,
 * in a vocabulary of the first paper's words plus made-up words drawn with a Zipf-like skew, as
 * real text is. Like a real archive, its authors write several papers (most give an ORCID iD),
 * its papers share keywords, many papers cite the same works (with DOIs), and papers cite
 * earlier papers of the archive by their DOIs.
 *
 * <p>From the command line: {@code ArchiveGenerator <content folder> <papers> [seed]}.
 */
public final class ArchiveGenerator {
  private static final String[] SYLLABLES = {"ka", "ri", "to", "men", "sa", "lo", "ve", "dun", "pra", "is", "ur",
      "gel", "no", "tha", "bri", "cos", "el", "mar", "vi", "quen", "zo", "ha", "pel", "tri", "an", "dor", "ux"};
  private static final String[] GIVEN = {"Anh", "Minh", "Lan", "Huy", "Ashley", "Tom", "Niklas", "Wayne", "Mai",
      "Kim", "Sara", "John", "Li", "Yuki", "Hana", "Omar", "Ines", "Paulo", "Eva", "Raj"};
  private static final String[] JOURNALS = {"Journal of Asian Security", "Pacific Affairs", "International Studies",
      "Review of Politics", "Asian Survey", "Journal of Strategic Studies", "Foreign Affairs Quarterly"};

  private ArchiveGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ArchiveGenerator <content folder> <papers> [seed]");
      System.exit(2);
    }
    generate(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1);
  }

  private record Person(String given, String family, String orcid, String affiliation, String otherAffiliation) {
    String name() {
      return given + " " + family;
    }
  }

  private record Work(List<Person> authors, int year, String title, String journal, int volume, int issue,
      int firstPage, String doi) {}

  /** Writes {@code papers} papers and a {@code site.yaml} into {@code content}. */
  public static void generate(Path content, int papers, long seed) throws IOException {
    Random random = new Random(seed);
    List<String> vocabulary = vocabulary(random);
    List<String> surnames = new ArrayList<>();
    Set<String> seenSurnames = new HashSet<>();
    while (surnames.size() < 2_000) {
      String s = word(random, 2 + random.nextInt(2));
      if (seenSurnames.add(s)) {
        surnames.add(Character.toUpperCase(s.charAt(0)) + s.substring(1));
      }
    }
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < Math.max(60, papers / 2); i++) {
      String family = surnames.get(i % surnames.size());
      String given = GIVEN[random.nextInt(GIVEN.length)];
      String orcid = random.nextInt(10) < 6 ? orcid(2_000_000_000L + i) : null;
      people.add(new Person(given, family, orcid, "Institute " + random.nextInt(300),
          random.nextInt(10) == 0 ? "University " + random.nextInt(100) : null));
    }
    List<Work> works = new ArrayList<>();
    for (int i = 0; i < Math.max(100, papers * 3); i++) {
      List<Person> authors = new ArrayList<>();
      int count = 1 + random.nextInt(3);
      for (int a = 0; a < count; a++) {
        String family = surnames.get(random.nextInt(surnames.size()));
        authors.add(new Person(GIVEN[random.nextInt(GIVEN.length)], family, null, null, null));
      }
      works.add(new Work(authors, 1990 + random.nextInt(35), capitalised(sentence(random, vocabulary, 6)),
          JOURNALS[random.nextInt(JOURNALS.length)], 1 + random.nextInt(60), 1 + random.nextInt(6),
          1 + random.nextInt(400), "10.5555/work." + i));
    }
    List<String> topics = new ArrayList<>(new LinkedHashSet<>(vocabulary.subList(0, 3_000)));
    Files.createDirectories(content);
    Files.writeString(content.resolve("site.yaml"), "title: \"Generated Archive\"\ndescription: \"Scale test.\"\n");
    List<String> titles = new ArrayList<>();
    List<List<Person>> paperAuthors = new ArrayList<>();
    for (int p = 0; p < papers; p++) {
      StringBuilder md = new StringBuilder();
      List<Person> authors = new ArrayList<>();
      int authorCount = 1 + skewed(random, 4);
      while (authors.size() < authorCount) {
        Person person = people.get(skewed(random, people.size()));
        if (!authors.contains(person)) {
          authors.add(person);
        }
      }
      String title = capitalised(sentence(random, vocabulary, 7));
      titles.add(title);
      paperAuthors.add(authors);
      int year = 2000 + p % 25;
      List<String[]> refs = new ArrayList<>();
      Set<String> citedKeys = new HashSet<>();
      int workCount = 6 + random.nextInt(7);
      while (refs.size() < workCount) {
        Work work = works.get(skewed(random, works.size()));
        String key = work.authors().get(0).family() + " " + work.year();
        if (citedKeys.add(key)) {
          refs.add(new String[] {work.authors().get(0).family(), Integer.toString(work.year()), apa(work),
              work.authors().size() > 2 ? "et al." : work.authors().size() == 2 ? work.authors().get(1).family() : ""});
        }
      }
      for (int c = 0; c < 2 && p > 0; c++) {
        int earlier = random.nextInt(p);
        Person first = paperAuthors.get(earlier).get(0);
        int earlierYear = 2000 + earlier % 25;
        String key = first.family() + " " + earlierYear;
        if (citedKeys.add(key)) {
          refs.add(new String[] {first.family(), Integer.toString(earlierYear), apa(new Work(paperAuthors.get(earlier),
              earlierYear, titles.get(earlier), "Generated Archive", 1, 1, 1, doi(earlier))),
              paperAuthors.get(earlier).size() > 2 ? "et al." : paperAuthors.get(earlier).size() == 2
                  ? paperAuthors.get(earlier).get(1).family() : ""});
        }
      }
      md.append("---\ntitle: \"").append(title).append("\"\nauthors:\n");
      for (Person person : authors) {
        md.append("  - name: \"").append(person.name()).append("\"\n    affiliation: \"").append(
            person.otherAffiliation() != null && random.nextBoolean() ? person.otherAffiliation() : person.affiliation())
            .append("\"\n");
        if (person.orcid() != null) {
          md.append("    orcid: \"").append(person.orcid()).append("\"\n");
        }
      }
      md.append("date: ").append(year).append('-').append(String.format(Locale.ROOT, "%02d", 1 + p % 12)).append("-15\n")
          .append("doi: \"").append(doi(p)).append("\"\n")
          .append("keywords: [");
      Set<String> keywords = new LinkedHashSet<>();
      int keywordCount = 2 + random.nextInt(3);
      while (keywords.size() < keywordCount) {
        keywords.add(topics.get(skewed(random, topics.size())));
      }
      md.append(String.join(", ", keywords)).append("]\n")
          .append("abstract: \"").append(capitalised(sentence(random, vocabulary, 40))).append(".\"\n---\n\n");
      int[] cited = {0};
      for (int s = 1; s <= 4; s++) {
        md.append("## ").append(s).append(". ").append(capitalised(sentence(random, vocabulary, 4))).append("\n\n");
        paragraphs(md, random, vocabulary, refs, 2, cited);
        for (int sub = 1; sub <= 2; sub++) {
          md.append("### ").append(s).append('.').append(sub).append(". ")
              .append(capitalised(sentence(random, vocabulary, 5))).append("\n\n");
          paragraphs(md, random, vocabulary, refs, 3, cited);
        }
      }
      md.append("## References\n\n");
      for (int r = 0; r < refs.size(); r++) {
        md.append("- [").append(r + 1).append("]. ").append(refs.get(r)[2]).append('\n');
      }
      Path file = content.resolve("papers/paper-" + String.format(Locale.ROOT, "%04d", p) + "/paper.md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, md);
    }
  }

  /** An ORCID iD of 15 digits and its ISO 7064 11,2 check digit. */
  private static String orcid(long number) {
    String digits = String.format(Locale.ROOT, "%015d", number);
    int total = 0;
    for (char c : digits.toCharArray()) {
      total = (total + (c - '0')) * 2;
    }
    int check = (12 - total % 11) % 11;
    String all = digits + (check == 10 ? "X" : Integer.toString(check));
    return all.substring(0, 4) + "-" + all.substring(4, 8) + "-" + all.substring(8, 12) + "-" + all.substring(12);
  }

  private static String doi(int paper) {
    return "10.5555/annals." + paper;
  }

  /** An APA entry: {@code Family, G., & Other, H. (2001). Title. *Journal*, *12*(3), 45–67. https://doi.org/…}. */
  private static String apa(Work work) {
    List<String> names = work.authors().stream().map(a -> a.family() + ", " + a.given().charAt(0) + ".").toList();
    String authors = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + ", & " + names.get(names.size() - 1);
    return authors + " (" + work.year() + "). " + work.title() + ". *" + work.journal() + "*, *" + work.volume() + "*("
        + work.issue() + "), " + work.firstPage() + "–" + (work.firstPage() + 20) + ". https://doi.org/" + work.doi();
  }

  /** An index below {@code size}, small ones far more often: a few authors and works are everywhere. */
  private static int skewed(Random random, int size) {
    double u = random.nextDouble();
    return (int) Math.min(size - 1, Math.floor(Math.pow(size, u)) - 1 + (u == 0 ? 1 : 0));
  }

  /** Paragraphs that each end by citing a work: every work of the list once, in order, then any. */
  private static void paragraphs(StringBuilder md, Random random, List<String> vocabulary, List<String[]> refs,
      int count, int[] cited) {
    for (int i = 0; i < count; i++) {
      int sentences = 3 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        md.append(capitalised(sentence(random, vocabulary, 10 + random.nextInt(14))));
        if (s == sentences - 1) {
          String[] ref = refs.get(cited[0] < refs.size() ? cited[0] : random.nextInt(refs.size()));
          cited[0]++;
          String names = ref[3].isEmpty() ? ref[0] : ref[3].equals("et al.") ? ref[0] + " et al." : ref[0] + " & " + ref[3];
          md.append(" (").append(names).append(", ").append(ref[1]).append(')');
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
    for (String w : paper.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
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
