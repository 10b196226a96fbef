package org.annals.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.annals.model.Author;
import org.annals.model.Folding;
import org.annals.model.Paper;
import org.annals.model.Reference;
import org.annals.model.Slugs;

/**
 * The archive seen whole, for browsing: its authors, topics and years, the works that several of
 * its papers cite, which papers cite which, and each paper's related papers. Built once per build
 * from the resolved papers, in time and memory linear in the archive (features shared by very many
 * papers are left out of relatedness, which they would not tell apart anyway).
 *
 * <p>Who is who. Two author entries are one person when they give the same ORCID iD, or, when
 * neither conflicts with the other's iD, the same name (folded: case, accents, dots) with a shared
 * affiliation (folded), or the same name with no affiliation on either side. So one person who
 * moves institution without an ORCID iD appears twice, and two people of one name at one
 * institution appear as one; an ORCID iD settles both.
 *
 * <p>Which works are the same. Two references are one work when their DOIs agree (case folded); a
 * reference without DOI is the work with the same folded title, year and first author's folded
 * family name. A reference is a paper of the archive when it gives the paper's DOI, or its title,
 * year and first author's family name.
 */
public final class Catalogue {
  private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Features (works, topics) shared by more papers than this do not make papers lookups.related. */
  static final int RELATED_FEATURE_LIMIT = 200;
  /** Related papers shown per paper. */
  static final int RELATED = 5;
  private static final Set<String> RESERVED = Set.of("page");

  /**
   * A person who wrote papers of the archive.
   *
   * @param slug the URL segment of the author's page
   * @param name the name as most often written (ties: as in the newest paper)
   * @param family the family name in that spelling
   * @param affiliations every affiliation given, newest paper first
   * @param orcid the ORCID iD, if any occurrence gives one
   * @param papers the papers, newest first
   */
  public record AuthorEntry(String slug, String name, String family, List<String> affiliations, Optional<String> orcid,
      List<Paper> papers) {
    /** How the index orders authors: by family name, then by name, folded. */
    public String sortKey() {
      return Folding.fold(family + " " + name).strip();
    }
  }

  /**
   * A keyword of papers, as a topic.
   *
   * @param slug the URL segment of the topic's page
   * @param label the keyword as most often written
   * @param papers the papers, newest first
   */
  public record TopicEntry(String slug, String label, List<Paper> papers) {}

  /**
   * The papers of one year.
   *
   * @param slug {@code 2021}, or {@code undated}
   * @param year the year, or empty for papers without a date
   * @param papers the papers, newest first
   */
  public record YearEntry(String slug, Optional<Integer> year, List<Paper> papers) {
    public String label() {
      return year.map(String::valueOf).orElse("Undated");
    }
  }

  /**
   * One paper's reference to a work.
   *
   * @param paper the citing paper
   * @param reference its entry for the work
   */
  public record Citing(LinkedPaper paper, Reference reference) {}

  /**
   * A work that several papers of the archive cite.
   *
   * @param slug the URL segment of its page
   * @param reference the fullest of the entries for it
   * @param citing each citing paper's entry, newest paper first
   */
  public record WorkEntry(String slug, Reference reference, List<Citing> citing) {}

  private final List<AuthorEntry> authors;
  private final List<TopicEntry> topics;
  private final List<YearEntry> years;
  private final List<WorkEntry> works;
  /** What the catalogue answers for each paper and reference, made once and never changed afterwards. */
  private static final class Lookups {
    final Map<Paper, List<AuthorEntry>> authorsOf = new IdentityHashMap<>();
    final Map<Paper, List<TopicEntry>> topicsOf = new IdentityHashMap<>();
    final Map<String, TopicEntry> topicByKey = new HashMap<>();
    final Map<Reference, WorkEntry> workOf = new IdentityHashMap<>();
    /** The identity of every reference's work (cited once or more), for relatedness. */
    final Map<Reference, String> workKeys = new IdentityHashMap<>();
    final Map<Reference, Paper> archivePaperOf = new IdentityHashMap<>();
    final Map<Paper, List<Paper>> citedBy = new IdentityHashMap<>();
    final Map<Paper, List<Paper>> related = new IdentityHashMap<>();
  }

  private final Lookups lookups;

  /** Papers and references standing for others with the same place in the catalogue (identity). */
  private final Map<Object, Object> aliases;

  private Catalogue(List<LinkedPaper> papers) {
    this.lookups = new Lookups();
    ReferenceKeys keys = ReferenceKeys.of(papers);
    // The works are grouped beside the rest: each part fills lookups of its own, which relatedness reads.
    java.util.concurrent.CompletableFuture<List<WorkEntry>> works = java.util.concurrent.CompletableFuture
        .supplyAsync(() -> works(papers, keys), org.annals.diag.Background.threads("annals-catalogue"));
    this.authors = authors(papers);
    this.topics = topics(papers);
    this.years = years(papers);
    archivePapers(papers, keys);
    this.works = org.annals.diag.Background.join(works);
    this.aliases = Map.of();
    related(papers, keys);
  }

  /**
   * Each reference's DOI (or null) and {@link #titleKey}, by its place among all the papers'
   * references in order (a paper's from {@code first[paper]}): found once, on every core, for the
   * works, the archive's papers and relatedness.
   */
  private record ReferenceKeys(int[] first, String[] dois, String[] titles) {
    static ReferenceKeys of(List<LinkedPaper> papers) {
      int[] first = new int[papers.size() + 1];
      for (int i = 0; i < papers.size(); i++) {
        first[i + 1] = first[i] + papers.get(i).paper().references().size();
      }
      String[] dois = new String[first[papers.size()]];
      String[] titles = new String[dois.length];
      java.util.stream.IntStream.range(0, papers.size()).parallel().forEach(i -> {
        List<Reference> references = papers.get(i).paper().references();
        for (int r = 0; r < references.size(); r++) {
          dois[first[i] + r] = doiOf(references.get(r)).orElse(null);
          titles[first[i] + r] = titleKey(references.get(r));
        }
      });
      return new ReferenceKeys(first, dois, titles);
    }
  }

  /** The same catalogue answering for more papers: it shares the lookups. */
  private Catalogue(Catalogue of, Map<Object, Object> aliases) {
    this.authors = of.authors;
    this.topics = of.topics;
    this.years = of.years;
    this.works = of.works;
    this.lookups = of.lookups;
    this.aliases = aliases;
  }

  /**
   * This catalogue, with each paper of {@code replaced} answered for by the paper it replaces and
   * each of its references by the reference at the same place: for papers read again whose
   * {@link #placeKey} is unchanged (an edit to their text only), which the catalogue of the whole
   * archive would file exactly where it files the papers they replace.
   */
  public Catalogue replacing(Map<Paper, Paper> replaced) {
    Map<Object, Object> aliases = new IdentityHashMap<>(this.aliases);
    replaced.forEach((now, before) -> {
      aliases.put(now, alias(before));
      for (int i = 0; i < now.references().size(); i++) {
        aliases.put(now.references().get(i), alias(before.references().get(i)));
      }
    });
    return new Catalogue(this, aliases);
  }

  private Object alias(Object o) {
    return aliases.isEmpty() ? o : aliases.getOrDefault(o, o);
  }

  /**
   * What of a paper the catalogue and the archive's own pages (lists, feeds, sitemap) use: its
   * folder, title, authors, date, keywords, abstract and description, publication details, areas,
   * references and section headings. Papers whose keys are all unchanged give the same catalogue
   * and the same archive pages.
   */
  public static String placeKey(Paper paper) {
    StringBuilder key = new StringBuilder(4096);
    key.append(paper.slug()).append('\n').append(paper.title()).append('\n').append(paper.titleHtml()).append('\n')
        .append(paper.authors()).append('\n').append(paper.date()).append('\n').append(paper.keywords()).append('\n')
        .append(paper.abstractText()).append('\n').append(paper.description()).append('\n')
        .append(paper.publication()).append('\n').append(paper.areasSection()).append('\n');
    for (Reference reference : paper.references()) {
      // Every field but the last, the line it was written on, which an edit above it moves.
      String whole = reference.toString();
      int position = whole.lastIndexOf(", position=");
      key.append(position < 0 ? whole : whole.substring(0, position)).append('\n');
    }
    paper.allSections().forEach(s -> key.append(s.slug()).append(' ').append(s.heading()).append('\n'));
    return key.toString();
  }

  /** The catalogue of papers given newest first. */
  public static Catalogue of(List<LinkedPaper> papers) {
    return new Catalogue(papers);
  }

  /** Every author, ordered by family name, then name; namesakes with more papers first. */
  public List<AuthorEntry> authors() {
    return authors;
  }

  /** Every topic, alphabetical. */
  public List<TopicEntry> topics() {
    return topics;
  }

  /** Every year, newest first; undated papers last. */
  public List<YearEntry> years() {
    return years;
  }

  /** The works cited by two papers or more, the most cited first. */
  public List<WorkEntry> works() {
    return works;
  }

  /** The author entry of each author of a paper, in the paper's order. */
  public List<AuthorEntry> authorsOf(Paper paper) {
    return lookups.authorsOf.getOrDefault(alias(paper), List.of());
  }

  /** The topic of each keyword of a paper, in the paper's order. */
  public List<TopicEntry> topicsOf(Paper paper) {
    return lookups.topicsOf.getOrDefault(alias(paper), List.of());
  }

  /** The topic of a keyword as a paper writes it. */
  public Optional<TopicEntry> topicOf(String keyword) {
    return Optional.ofNullable(lookups.topicByKey.get(topicKey(keyword)));
  }

  /**
   * What a paper's own pages show of the rest of the archive: its authors' and topics' pages,
   * the work pages of its references and how many cite each, the papers its references are, the
   * papers that cite it and its related papers. Pages of a paper whose fingerprint is unchanged
   * need not be drawn again when other papers change.
   */
  public String fingerprint(Paper paper) {
    StringBuilder out = new StringBuilder();
    authorsOf(paper).forEach(a -> out.append("a ").append(a.slug()).append('\n'));
    topicsOf(paper).forEach(t -> out.append("t ").append(t.slug()).append('\n'));
    for (Reference reference : paper.references()) {
      workOf(reference).ifPresent(w -> out.append("w ").append(w.slug()).append(' ').append(w.citing().size()).append('\n'));
      archivePaperOf(reference).ifPresent(p -> out.append("p ").append(p.slug()).append(' ').append(p.title()).append('\n'));
    }
    citedBy(paper).forEach(p -> out.append("c ").append(p.slug()).append(' ').append(p.title()).append('\n'));
    related(paper).forEach(p -> out.append("r ").append(p.slug()).append(' ').append(p.title()).append(' ')
        .append(p.date()).append(' ').append(p.authors().stream().map(Author::name).toList()).append('\n'));
    return out.toString();
  }

  /** The work page of a paper's reference, when other papers cite the work too. */
  public Optional<WorkEntry> workOf(Reference reference) {
    return Optional.ofNullable(lookups.workOf.get(alias(reference)));
  }

  /** The paper of the archive that a reference is, if it is one. */
  public Optional<Paper> archivePaperOf(Reference reference) {
    return Optional.ofNullable(lookups.archivePaperOf.get(alias(reference)));
  }

  /** The papers of the archive that cite a paper, newest first. */
  public List<Paper> citedBy(Paper paper) {
    return lookups.citedBy.getOrDefault(alias(paper), List.of());
  }

  /** A few papers most like this one, by shared authors, works cited, citations and topics; best first. */
  public List<Paper> related(Paper paper) {
    return lookups.related.getOrDefault(alias(paper), List.of());
  }

  private List<AuthorEntry> authors(List<LinkedPaper> papers) {
    record Occurrence(Paper paper, Author author) {}
    List<Occurrence> occurrences = new ArrayList<>();
    for (LinkedPaper linked : papers) {
      for (Author author : linked.paper().authors()) {
        occurrences.add(new Occurrence(linked.paper(), author));
      }
    }
    int[] parent = new int[occurrences.size()];
    String[] orcid = new String[occurrences.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      orcid[i] = occurrences.get(i).author().orcid().orElse(null);
    }
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < occurrences.size(); i++) {
      Author author = occurrences.get(i).author();
      List<String> keys = new ArrayList<>();
      author.orcid().ifPresent(id -> keys.add("orcid " + id));
      String name = Folding.nameKey(author.name());
      if (author.affiliations().isEmpty()) {
        keys.add("name " + name + " |");
      }
      for (String affiliation : author.affiliations()) {
        keys.add("name " + name + " | " + Folding.nameKey(affiliation));
      }
      for (String key : keys) {
        Integer other = firstWithKey.putIfAbsent(key, i);
        if (other != null) {
          union(parent, orcid, i, other);
        }
      }
    }
    Map<Integer, List<Occurrence>> groups = new LinkedHashMap<>();
    for (int i = 0; i < occurrences.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(occurrences.get(i));
    }
    List<AuthorEntry> entries = new ArrayList<>();
    Map<String, List<Integer>> bySlug = new TreeMap<>();
    List<String> identities = new ArrayList<>();
    List<List<Occurrence>> members = new ArrayList<>(groups.values());
    for (List<Occurrence> group : members) {
      Map<String, Integer> spellings = new LinkedHashMap<>();
      Map<String, String> families = new HashMap<>();
      List<String> affiliations = new ArrayList<>();
      Optional<String> id = Optional.empty();
      List<Paper> written = new ArrayList<>();
      for (Occurrence o : group) {
        spellings.merge(o.author().name(), 1, Integer::sum);
        families.putIfAbsent(o.author().name(), o.author().familyName());
        o.author().affiliations().stream().filter(a -> !affiliations.contains(a)).forEach(affiliations::add);
        if (id.isEmpty()) {
          id = o.author().orcid();
        }
        if (written.stream().noneMatch(w -> w == o.paper())) {
          written.add(o.paper());
        }
      }
      String name = spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      String identity = id.map(i -> "orcid " + i).orElse("name " + Folding.nameKey(name) + " | "
          + affiliations.stream().map(Folding::nameKey).sorted().findFirst().orElse(""));
      bySlug.computeIfAbsent(Slugs.slugify(name).isEmpty() ? "author" : Slugs.slugify(name), k -> new ArrayList<>())
          .add(entries.size());
      identities.add(identity);
      entries.add(new AuthorEntry("", name, families.get(name), affiliations, id, List.copyOf(written)));
    }
    List<AuthorEntry> named = new ArrayList<>(entries);
    bySlug.forEach((slug, indexes) -> {
      for (int index : indexes) {
        AuthorEntry e = entries.get(index);
        String unique = indexes.size() == 1 && !RESERVED.contains(slug) ? slug
            : slug + "-" + shortHash(identities.get(index));
        named.set(index, new AuthorEntry(unique, e.name(), e.family(), e.affiliations(), e.orcid(), e.papers()));
      }
    });
    Map<Author, AuthorEntry> byOccurrence = new IdentityHashMap<>();
    for (int g = 0; g < members.size(); g++) {
      for (Occurrence o : members.get(g)) {
        byOccurrence.put(o.author(), named.get(g));
      }
    }
    for (LinkedPaper linked : papers) {
      lookups.authorsOf.put(linked.paper(), linked.paper().authors().stream().map(byOccurrence::get).toList());
    }
    sortByKey(named, AuthorEntry::sortKey, Comparator.comparingInt((AuthorEntry a) -> -a.papers().size())
        .thenComparing(AuthorEntry::slug));
    return List.copyOf(named);
  }

  /**
   * Sorts by a key worked out once an item, not at each comparison (folding a name takes longer
   * than comparing it), then by {@code then}.
   */
  private static <T> void sortByKey(List<T> list, java.util.function.Function<T, String> key, Comparator<T> then) {
    Map<T, String> keys = new java.util.IdentityHashMap<>(list.size() * 2);
    list.forEach(item -> keys.put(item, key.apply(item)));
    list.sort(Comparator.comparing((T item) -> keys.get(item)).thenComparing(then));
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two groups unless they hold different ORCID iDs; the root is the earlier occurrence. */
  private static void union(int[] parent, String[] orcid, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra == rb || orcid[ra] != null && orcid[rb] != null && !orcid[ra].equals(orcid[rb])) {
      return;
    }
    int root = Math.min(ra, rb);
    int other = Math.max(ra, rb);
    parent[other] = root;
    if (orcid[root] == null) {
      orcid[root] = orcid[other];
    }
  }

  private List<TopicEntry> topics(List<LinkedPaper> papers) {
    Map<String, Map<String, Integer>> spellings = new TreeMap<>();
    Map<String, List<Paper>> byKey = new HashMap<>();
    for (LinkedPaper linked : papers) {
      for (String keyword : linked.paper().keywords()) {
        String key = topicKey(keyword);
        if (key.isEmpty()) {
          continue;
        }
        spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(keyword.strip(), 1, Integer::sum);
        List<Paper> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != linked.paper()) {
          list.add(linked.paper());
        }
      }
    }
    Map<String, TopicEntry> entries = new LinkedHashMap<>();
    Set<String> slugs = new HashSet<>(RESERVED);
    spellings.forEach((key, written) -> {
      String label = written.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      String slug = Slugs.slugify(key).isEmpty() ? "topic" : Slugs.slugify(key);
      String unique = slugs.add(slug) ? slug : slug + "-" + shortHash(key);
      slugs.add(unique);
      entries.put(key, new TopicEntry(unique, label, List.copyOf(byKey.get(key))));
    });
    lookups.topicByKey.putAll(entries);
    for (LinkedPaper linked : papers) {
      List<TopicEntry> own = new ArrayList<>();
      for (String keyword : linked.paper().keywords()) {
        TopicEntry entry = entries.get(topicKey(keyword));
        if (entry != null && own.stream().noneMatch(e -> e == entry)) {
          own.add(entry);
        }
      }
      lookups.topicsOf.put(linked.paper(), List.copyOf(own));
    }
    List<TopicEntry> list = new ArrayList<>(entries.values());
    sortByKey(list, t -> Folding.fold(t.label()), Comparator.comparing(TopicEntry::slug));
    return List.copyOf(list);
  }

  private static String topicKey(String keyword) {
    return WHITE_SPACE.matcher(Folding.fold(keyword)).replaceAll(" ").strip();
  }

  private static List<YearEntry> years(List<LinkedPaper> papers) {
    Map<Integer, List<Paper>> byYear = new TreeMap<>(Comparator.reverseOrder());
    List<Paper> undated = new ArrayList<>();
    for (LinkedPaper linked : papers) {
      Paper paper = linked.paper();
      paper.date().ifPresentOrElse(d -> byYear.computeIfAbsent(d.year(), y -> new ArrayList<>()).add(paper),
          () -> undated.add(paper));
    }
    List<YearEntry> years = new ArrayList<>();
    byYear.forEach((year, list) -> years.add(new YearEntry(Integer.toString(year), Optional.of(year), List.copyOf(list))));
    if (!undated.isEmpty()) {
      years.add(new YearEntry("undated", Optional.empty(), List.copyOf(undated)));
    }
    return List.copyOf(years);
  }

  /** A reference's DOI, from its DOI field or a {@code doi.org} address, folded to lower case. */
  static Optional<String> doiOf(Reference reference) {
    Optional<String> doi = reference.doi().or(() -> reference.url()
        .map(DOI_URL::matcher).filter(java.util.regex.Matcher::matches).map(m -> m.group(1)));
    return doi.map(d -> d.strip().toLowerCase(Locale.ROOT));
  }

  private static final java.util.regex.Pattern DOI_URL =
      java.util.regex.Pattern.compile("(?i)https?://(?:dx\\.)?doi\\.org/(10\\.\\S+)");

  /** A reference's title, year and first author's family name, folded: how a work without DOI is known. */
  static String titleKey(Reference reference) {
    String first = reference.names().isEmpty()
        ? reference.authors().isEmpty() ? "" : reference.authors().get(0)
        : reference.names().get(0).family();
    String[] words = Folding.nameKey(first).split(" ");
    return "title " + titleWords(reference.title()) + " | " + reference.year() + " | " + words[words.length - 1];
  }

  private static String titleWords(String title) {
    return NOT_LETTERS.matcher(Folding.fold(title)).replaceAll(" ").strip();
  }

  /**
   * Groups the references of all papers into works: references with one DOI are one work, and so
   * are references with the same title, year and first author unless their DOIs differ.
   */
  private List<WorkEntry> works(List<LinkedPaper> papers, ReferenceKeys referenceKeys) {
    List<Citing> all = new ArrayList<>();
    for (LinkedPaper linked : papers) {
      for (Reference reference : linked.paper().references()) {
        all.add(new Citing(linked, reference));
      }
    }
    int[] parent = new int[all.size()];
    String[] dois = referenceKeys.dois().clone();
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      parent[i] = i;
      if (referenceKeys.dois()[i] != null) {
        Integer other = firstWithKey.putIfAbsent("doi " + referenceKeys.dois()[i], i);
        if (other != null) {
          union(parent, dois, i, other);
        }
      }
      Integer other = firstWithKey.putIfAbsent(referenceKeys.titles()[i], i);
      if (other != null) {
        union(parent, dois, i, other);
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<WorkEntry> entries = new ArrayList<>();
    Map<String, List<Integer>> bySlug = new TreeMap<>();
    List<String> keys = new ArrayList<>();
    for (List<Integer> group : groups.values()) {
      // Each citing paper once, by its first reference to the work; the fullest of those stands for it.
      List<Citing> citing = new ArrayList<>();
      Set<LinkedPaper> listed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      int fullest = -1;
      int most = -1;
      for (int i : group) {
        Citing c = all.get(i);
        if (listed.add(c.paper())) {
          citing.add(c);
          int fields = fieldCount(c.reference());
          if (fields > most) {
            fullest = i;
            most = fields;
          }
        }
      }
      if (citing.size() < 2) {
        continue;
      }
      Reference reference = all.get(fullest).reference();
      String words = String.join(" ", java.util.Arrays.stream(titleWords(reference.title()).split(" ")).limit(8).toList());
      String slug = Slugs.slugify(words + " " + (reference.year() == Reference.NO_YEAR ? "nd" : reference.year()));
      bySlug.computeIfAbsent(slug.isEmpty() ? "work" : slug, k -> new ArrayList<>()).add(entries.size());
      String key = referenceKeys.dois()[fullest] != null ? "doi " + referenceKeys.dois()[fullest]
          : referenceKeys.titles()[fullest];
      keys.add(key);
      entries.add(new WorkEntry("", reference, List.copyOf(citing)));
      group.forEach(i -> lookups.workKeys.put(all.get(i).reference(), key));
    }
    List<WorkEntry> named = new ArrayList<>(entries);
    bySlug.forEach((slug, indexes) -> {
      for (int index : indexes) {
        WorkEntry e = entries.get(index);
        String unique = indexes.size() == 1 && !RESERVED.contains(slug) ? slug : slug + "-" + shortHash(keys.get(index));
        named.set(index, new WorkEntry(unique, e.reference(), e.citing()));
      }
    });
    Map<String, WorkEntry> byKey = new HashMap<>();
    for (int i = 0; i < named.size(); i++) {
      byKey.put(keys.get(i), named.get(i));
    }
    lookups.workKeys.forEach((reference, key) -> lookups.workOf.put(reference, byKey.get(key)));
    named.sort(Comparator.comparingInt((WorkEntry w) -> -w.citing().size()).thenComparing(WorkEntry::slug));
    return List.copyOf(named);
  }

  private static int fieldCount(Reference r) {
    return (r.doi().isPresent() ? 4 : 0) + (r.container().isPresent() ? 1 : 0) + (r.volume().isPresent() ? 1 : 0)
        + (r.pages().isPresent() ? 1 : 0) + (r.url().isPresent() ? 1 : 0) + (r.publisher().isPresent() ? 1 : 0)
        + r.authors().size();
  }

  private void archivePapers(List<LinkedPaper> papers, ReferenceKeys keys) {
    Map<String, Paper> byKey = new HashMap<>();
    for (LinkedPaper linked : papers) {
      Paper paper = linked.paper();
      paper.publication().doi().ifPresent(doi -> byKey.putIfAbsent("doi " + doi.strip().toLowerCase(Locale.ROOT), paper));
      if (paper.date().isPresent() && !paper.authors().isEmpty()) {
        String[] family = Folding.nameKey(paper.authors().get(0).familyName()).split(" ");
        byKey.putIfAbsent("title " + titleWords(paper.title()) + " | " + paper.date().get().year() + " | "
            + family[family.length - 1], paper);
      }
    }
    for (int i = 0; i < papers.size(); i++) {
      LinkedPaper linked = papers.get(i);
      Set<Paper> cited = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      List<Reference> references = linked.paper().references();
      for (int r = 0; r < references.size(); r++) {
        Reference reference = references.get(r);
        String doi = keys.dois()[keys.first()[i] + r];
        Paper target = doi == null ? null : byKey.get("doi " + doi);
        if (target == null) {
          target = byKey.get(keys.titles()[keys.first()[i] + r]);
        }
        if (target != null && target != linked.paper()) {
          lookups.archivePaperOf.put(reference, target);
          if (cited.add(target)) {
            lookups.citedBy.computeIfAbsent(target, t -> new ArrayList<>()).add(linked.paper());
          }
        }
      }
    }
  }

  /**
   * Scores every pair of papers that share something: 3 per shared author, 4 when one cites the
   * other or both cite a third, and for each shared work its rarity (the log of the number of
   * papers over the number that cite it; half that for a shared topic).
   */
  private void related(List<LinkedPaper> papers, ReferenceKeys keys) {
    int n = papers.size();
    // Features are named by strings (records such as AuthorEntry hash their whole papers), then
    // numbered; papers are numbered by their place in the list.
    Map<String, Integer> featureIds = new HashMap<>();
    int[][] featuresOf = new int[n][];
    for (int i = 0; i < n; i++) {
      Paper paper = papers.get(i).paper();
      Set<String> own = new java.util.LinkedHashSet<>();
      authorsOf(paper).forEach(a -> own.add("a " + a.slug()));
      topicsOf(paper).forEach(t -> own.add("t " + t.slug()));
      for (int r = 0; r < paper.references().size(); r++) {
        Reference reference = paper.references().get(r);
        String work = lookups.workKeys.get(reference);
        own.add("w " + (work != null ? work : keys.titles()[keys.first()[i] + r]));
        archivePaperOf(reference).ifPresent(p -> own.add("p " + p.slug()));
      }
      own.add("p " + paper.slug());
      featuresOf[i] = own.stream().mapToInt(f -> featureIds.computeIfAbsent(f, k -> featureIds.size())).toArray();
    }
    // Each feature's papers, in the papers' order.
    int[] counts = new int[featureIds.size()];
    for (int[] features : featuresOf) {
      for (int feature : features) {
        counts[feature]++;
      }
    }
    int[][] holders = new int[counts.length][];
    for (int f = 0; f < counts.length; f++) {
      holders[f] = new int[counts[f]];
      counts[f] = 0;
    }
    for (int i = 0; i < n; i++) {
      for (int feature : featuresOf[i]) {
        holders[feature][counts[feature]++] = i;
      }
    }
    // What a shared feature is worth; NaN for one shared by too many papers to tell them apart.
    double[] weights = new double[holders.length];
    featureIds.forEach((feature, id) -> {
      int size = holders[id].length;
      weights[id] = size > RELATED_FEATURE_LIMIT ? Double.NaN
          : feature.startsWith("a ") ? 3
          : feature.startsWith("p ") ? 4
          : Math.log((double) n / size) * (feature.startsWith("t ") ? 0.5 : 1);
    });
    // Each paper's scores are its own: summed on every core, a batch of papers at a time, each
    // paper's in the order of its features, as on one.
    int[][] related = new int[n][];
    java.util.stream.IntStream.range(0, (n + RELATED_BATCH - 1) / RELATED_BATCH).parallel().forEach(batch -> {
      double[] scores = new double[n];
      boolean[] met = new boolean[n];
      int[] touched = new int[n];
      for (int i = batch * RELATED_BATCH; i < Math.min(n, (batch + 1) * RELATED_BATCH); i++) {
        int size = 0;
        for (int feature : featuresOf[i]) {
          double weight = weights[feature];
          if (Double.isNaN(weight)) {
            continue;
          }
          for (int other : holders[feature]) {
            if (other != i) {
              if (!met[other]) {
                met[other] = true;
                touched[size++] = other;
              }
              scores[other] += weight;
            }
          }
        }
        related[i] = best(scores, touched, size, RELATED);
        for (int k = 0; k < size; k++) {
          scores[touched[k]] = 0;
          met[touched[k]] = false;
        }
      }
    });
    for (int i = 0; i < n; i++) {
      List<Paper> best = new ArrayList<>(related[i].length);
      for (int other : related[i]) {
        best.add(papers.get(other).paper());
      }
      lookups.related.put(papers.get(i).paper(), List.copyOf(best));
    }
  }

  /** Papers whose related papers are scored together, with one scratch table. */
  private static final int RELATED_BATCH = 256;

  /**
   * The {@code limit} papers of {@code candidates} with the highest positive scores, best first;
   * of equal scores, the first in the list of papers first.
   */
  static int[] best(double[] scores, int[] candidates, int size, int limit) {
    int[] best = new int[limit];
    int kept = 0;
    for (int k = 0; k < size; k++) {
      int paper = candidates[k];
      double score = scores[paper];
      if (!(score > 0)) {
        continue;
      }
      int at = kept;
      while (at > 0 && before(score, paper, scores[best[at - 1]], best[at - 1])) {
        at--;
      }
      if (at >= limit) {
        continue;
      }
      System.arraycopy(best, at, best, at + 1, Math.min(kept, limit - 1) - at);
      best[at] = paper;
      kept = Math.min(limit, kept + 1);
    }
    return java.util.Arrays.copyOf(best, kept);
  }

  /** Whether a paper with {@code score} at place {@code paper} ranks before one with the other score and place. */
  private static boolean before(double score, int paper, double otherScore, int other) {
    int byScore = Double.compare(score, otherScore);
    return byScore > 0 || byScore == 0 && paper < other;
  }

  private static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return String.format(Locale.ROOT, "%02x%02x%02x", digest[0], digest[1], digest[2]);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
