package org.annals.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.annals.diag.Diagnostic;
import org.annals.diag.Severity;
import org.annals.diag.SourcePosition;
import org.annals.link.LinkedPaper;
import org.annals.model.Asset;
import org.annals.model.Author;
import org.annals.model.Citation;
import org.annals.model.CitingSentence;
import org.annals.model.CrossReference;
import org.annals.model.Footnote;
import org.annals.model.Label;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.PartialDate;
import org.annals.model.PersonName;
import org.annals.model.Prose;
import org.annals.model.Publication;
import org.annals.model.Reference;
import org.annals.model.Section;

/**
 * The model of a paper read for its place, as bytes and back, field by field: numbers as varints,
 * each distinct string once and then by its number, so that the abstract's forms, the file's path
 * and the many empty strings of a place-only paper cost a byte where they recur. The 10,000 papers
 * of the generated archive decode in 0.7–1.7 s on one core, strings shared included, where
 * inflating and binding their JSON took 3.2–6.5 s.
 * A reference's strings and a citing sentence's quoted parts come back {@link LinkedPaper.Shared
 * shared} with the other papers', as {@link LinkedPaper#placeOnly} leaves them.
 *
 * <p>A paper read for its place has no CSL fields in its references (they stay with the paper's
 * source): one that has is refused, and then not kept.
 */
final class PlaceCodec {
  private PlaceCodec() {}

  /** Writes a paper's parts into a growing byte array. */
  static final class Writer {
    private byte[] bytes = new byte[8192];
    private int size;
    private final Map<String, Integer> strings = new java.util.HashMap<>();

    byte[] toByteArray() {
      return java.util.Arrays.copyOf(bytes, size);
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    void varint(long value) {
      room(10);
      long v = value;
      while ((v & ~0x7fL) != 0) {
        bytes[size++] = (byte) ((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      bytes[size++] = (byte) v;
    }

    /** A number that may be negative. */
    void integer(int value) {
      varint(((value << 1) ^ (value >> 31)) & 0xffffffffL);
    }

    void bool(boolean value) {
      room(1);
      bytes[size++] = (byte) (value ? 1 : 0);
    }

    /** A string: 0 for null, 1 and its UTF-8 bytes the first time, then 2 and up for the one numbered so. */
    void string(String value) {
      if (value == null) {
        varint(0);
        return;
      }
      Integer known = strings.get(value);
      if (known != null) {
        varint(known + 2L);
        return;
      }
      strings.put(value, strings.size());
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      varint(1);
      varint(utf8.length);
      room(utf8.length);
      System.arraycopy(utf8, 0, bytes, size, utf8.length);
      size += utf8.length;
    }

    void optional(Optional<String> value) {
      string(value.orElse(null));
    }

    void path(Path value) {
      string(value == null ? null : value.toString());
    }

    <T> void list(List<T> items, java.util.function.Consumer<T> each) {
      varint(items.size());
      items.forEach(each);
    }

    void strings(List<String> items) {
      list(items, this::string);
    }

    void position(SourcePosition position) {
      bool(position != null);
      if (position != null) {
        path(position.file());
        integer(position.line());
        integer(position.column());
      }
    }

    void optionalInt(OptionalInt value) {
      bool(value.isPresent());
      if (value.isPresent()) {
        integer(value.getAsInt());
      }
    }

    void date(Optional<PartialDate> date) {
      bool(date.isPresent());
      date.ifPresent(d -> {
        integer(d.year());
        optionalInt(d.month());
        optionalInt(d.day());
      });
    }

    void prose(Prose prose) {
      string(prose.markdown());
      string(prose.html());
      string(prose.text());
      string(prose.summary());
    }

    void paper(Paper p) {
      string(p.slug());
      path(p.source());
      string(p.title());
      string(p.titleHtml());
      list(p.authors(), this::author);
      date(p.date());
      strings(p.keywords());
      prose(p.abstractText());
      optional(p.areasSection());
      list(p.sections(), this::section);
      list(p.references(), this::reference);
      bool(p.citesByKey());
      optional(p.style());
      Publication pub = p.publication();
      optional(pub.doi());
      optional(pub.license());
      optional(pub.venue());
      optional(pub.volume());
      optional(pub.issue());
      optional(pub.version());
      list(new ArrayList<>(p.labels().entrySet()), e -> {
        string(e.getKey());
        label(e.getValue());
      });
      list(p.footnotes(), f -> {
        integer(f.number());
        paragraph(f.paragraph());
        string(f.section());
      });
      list(p.assets(), a -> {
        path(a.source());
        string(a.path());
        varint(a.kind().ordinal());
      });
    }

    private void label(Label label) {
      string(label.label());
      varint(label.kind().ordinal());
      integer(label.number());
      string(label.section());
    }

    private void author(Author a) {
      string(a.name());
      strings(a.affiliations());
      optional(a.family());
      optional(a.orcid());
      bool(a.corresponding());
      bool(a.equalContribution());
      strings(a.notes());
    }

    void section(Section s) {
      optional(s.number());
      string(s.title());
      string(s.slug());
      integer(s.level());
      list(s.paragraphs(), this::paragraph);
      list(s.children(), this::section);
      position(s.position());
      string(s.summary());
    }

    void paragraph(Paragraph g) {
      string(g.id());
      string(g.markdown());
      string(g.html());
      string(g.text());
      list(g.citations(), this::citation);
      list(g.crossReferences(), x -> {
        string(x.label());
        varint(x.form().ordinal());
        integer(x.span());
        position(x.position());
      });
      list(g.footnotes(), f -> {
        integer(f.number());
        string(f.id());
      });
      position(g.position());
    }

    void citation(Citation c) {
      string(c.id());
      string(c.text());
      optional(c.key());
      strings(c.authors());
      bool(c.etAl());
      integer(c.year());
      string(c.yearSuffix());
      optional(c.locator());
      optional(c.prefix());
      optional(c.suffix());
      varint(c.mode().ordinal());
      integer(c.span());
      integer(c.start());
      integer(c.end());
      position(c.position());
      bool(c.sentence() != null);
      if (c.sentence() != null) {
        string(c.sentence().before());
        string(c.sentence().cited());
        string(c.sentence().after());
      }
    }

    void reference(Reference r) {
      if (!r.csl().isEmpty()) {
        throw new IllegalArgumentException("a reference read for its place holds no CSL fields");
      }
      integer(r.number());
      string(r.key());
      string(r.type());
      strings(r.authors());
      list(r.names(), n -> {
        string(n.family());
        string(n.given());
        string(n.literal());
      });
      integer(r.year());
      string(r.yearSuffix());
      string(r.title());
      optional(r.container());
      optional(r.volume());
      optional(r.issue());
      optional(r.pages());
      optional(r.publisher());
      optional(r.edition());
      optional(r.doi());
      optional(r.isbn());
      optional(r.published());
      date(r.publishedDate());
      optional(r.url());
      optional(r.bibtex());
      position(r.position());
    }

    void diagnostic(Diagnostic d) {
      varint(d.severity().ordinal());
      position(d.position());
      string(d.message());
      string(d.hint());
      string(d.sourceLine());
    }
  }

  /** Reads what a {@link Writer} wrote, from a byte array. */
  static final class Reader {
    private final byte[] bytes;
    private int at;
    private final int end;
    private final List<String> strings = new ArrayList<>();
    /** The path of each string that named one: a paper's positions all name its file. */
    private final Map<Integer, Path> paths = new java.util.HashMap<>();
    private final LinkedPaper.Shared shared;

    Reader(byte[] bytes, int offset, int length, LinkedPaper.Shared shared) {
      this.bytes = bytes;
      this.at = offset;
      this.end = offset + length;
      this.shared = shared;
    }

    /** Whether every byte was read. */
    boolean done() {
      return at == end;
    }

    private int next() throws IOException {
      if (at >= end) {
        throw new IOException("the paper's model ends early");
      }
      return bytes[at++];
    }

    long varint() throws IOException {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = next();
        value |= (long) (b & 0x7f) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IOException("a number of more than ten bytes in the paper's model");
    }

    /** A count of items, each at least a byte: never more than the bytes left. */
    int count() throws IOException {
      long n = varint();
      if (n > end - at) {
        throw new IOException("a list longer than the paper's model");
      }
      return (int) n;
    }

    int integer() throws IOException {
      long v = varint();
      return (int) (v >>> 1) ^ -(int) (v & 1);
    }

    boolean bool() throws IOException {
      int b = next();
      if (b != 0 && b != 1) {
        throw new IOException("a flag of " + b + " in the paper's model");
      }
      return b == 1;
    }

    /** The number of the string read, or -1 for null. */
    private int stringNumber() throws IOException {
      long code = varint();
      if (code == 0) {
        return -1;
      }
      if (code == 1) {
        int length = count();
        strings.add(new String(bytes, at, length, StandardCharsets.UTF_8));
        at += length;
        return strings.size() - 1;
      }
      if (code - 2 >= strings.size()) {
        throw new IOException("a string numbered before it was given");
      }
      return (int) (code - 2);
    }

    String string() throws IOException {
      int number = stringNumber();
      return number < 0 ? null : strings.get(number);
    }

    /** A string, the same instance as the other papers' equal one. */
    private String sharedString() throws IOException {
      String value = string();
      return value == null ? null : shared.of(value);
    }

    Optional<String> optional() throws IOException {
      return Optional.ofNullable(string());
    }

    private Optional<String> sharedOptional() throws IOException {
      return shared.of(optional());
    }

    Path path() throws IOException {
      int number = stringNumber();
      if (number < 0) {
        return null;
      }
      Path known = paths.get(number);
      if (known == null) {
        known = Path.of(strings.get(number));
        paths.put(number, known);
      }
      return known;
    }

    interface Part<T> {
      T read() throws IOException;
    }

    <T> List<T> list(Part<T> each) throws IOException {
      int n = count();
      List<T> items = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        items.add(each.read());
      }
      return items;
    }

    List<String> strings() throws IOException {
      return list(this::string);
    }

    <E extends Enum<E>> E kind(E[] values) throws IOException {
      long ordinal = varint();
      if (ordinal >= values.length) {
        throw new IOException("an unknown " + values[0].getDeclaringClass().getSimpleName() + " in the paper's model");
      }
      return values[(int) ordinal];
    }

    SourcePosition position() throws IOException {
      return bool() ? new SourcePosition(path(), integer(), integer()) : null;
    }

    private OptionalInt optionalInt() throws IOException {
      return bool() ? OptionalInt.of(integer()) : OptionalInt.empty();
    }

    private Optional<PartialDate> date() throws IOException {
      return bool() ? Optional.of(new PartialDate(integer(), optionalInt(), optionalInt())) : Optional.empty();
    }

    Paper paper() throws IOException {
      String slug = string();
      Path source = path();
      String title = string();
      String titleHtml = string();
      List<Author> authors = list(this::author);
      Optional<PartialDate> date = date();
      List<String> keywords = strings();
      Prose abstractText = new Prose(string(), string(), string(), string());
      Optional<String> areasSection = optional();
      List<Section> sections = list(this::section);
      List<Reference> references = list(this::reference);
      boolean citesByKey = bool();
      Optional<String> style = optional();
      Publication publication = new Publication(optional(), optional(), optional(), optional(), optional(),
          optional());
      Map<String, Label> labels = new LinkedHashMap<>();
      int labelCount = count();
      for (int i = 0; i < labelCount; i++) {
        labels.put(string(), new Label(string(), kind(Label.Kind.values()), integer(), string()));
      }
      List<Footnote> footnotes = list(() -> new Footnote(integer(), paragraph(), string()));
      List<Asset> assets = list(() -> new Asset(path(), string(), kind(Asset.Kind.values())));
      return new Paper(slug, source, title, titleHtml, authors, date, keywords, abstractText, areasSection, sections,
          references, citesByKey, style, publication, labels, footnotes, assets);
    }

    private Author author() throws IOException {
      return new Author(string(), strings(), optional(), optional(), bool(), bool(), strings());
    }

    Section section() throws IOException {
      return new Section(optional(), string(), string(), integer(), list(this::paragraph), list(this::section),
          position(), string());
    }

    Paragraph paragraph() throws IOException {
      return new Paragraph(string(), string(), string(), string(), list(this::citation),
          list(() -> new CrossReference(string(), kind(CrossReference.Form.values()), integer(), position())),
          list(() -> new Paragraph.FootnoteReference(integer(), string())), position());
    }

    Citation citation() throws IOException {
      return new Citation(string(), string(), optional(), strings(), bool(), integer(), string(), optional(),
          optional(), optional(), kind(Citation.Mode.values()), integer(), integer(), integer(), position(),
          bool() ? sentence(string(), sharedString(), sharedString()) : null);
    }

    private static CitingSentence sentence(String before, String cited, String after) {
      return before.isEmpty() && cited.isEmpty() && after.isEmpty() ? CitingSentence.NONE
          : new CitingSentence(before, cited, after);
    }

    Reference reference() throws IOException {
      int number = integer();
      String key = sharedString();
      String type = sharedString();
      List<String> authors = list(this::sharedString);
      List<PersonName> names = list(() -> new PersonName(sharedString(), sharedString(), sharedString()));
      return new Reference(number, key, type, authors, names, integer(), sharedString(), sharedString(),
          sharedOptional(), sharedOptional(), sharedOptional(), sharedOptional(), sharedOptional(), sharedOptional(),
          sharedOptional(), sharedOptional(), sharedOptional(), date(), sharedOptional(), Map.of(), optional(),
          position());
    }

    Diagnostic diagnostic() throws IOException {
      return new Diagnostic(kind(Severity.values()), position(), string(), string(), string());
    }
  }
}
