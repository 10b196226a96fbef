package org.annals.site;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.annals.diag.Diagnostic;
import org.annals.diag.Diagnostics;
import org.annals.link.LinkedPaper;
import org.annals.link.ResolvedCitation;
import org.annals.model.Citation;
import org.annals.model.Paper;
import org.annals.model.Paragraph;
import org.annals.model.Reference;
import org.annals.model.Section;
import org.annals.search.SearchIndexBuilder;

/**
 * What reading a paper for its place gave a build, as the {@link BuildCache} keeps it for the next:
 * the paper as the catalogue and the archive's own pages see it ({@link LinkedPaper#placeOnly}), its
 * warnings, the key of its place, and its search documents, prepared. A later build that finds the
 * paper's text and files unchanged takes this instead of reading the paper again.
 *
 * <p>The bytes open with the length of all but the search documents' stored records and pairs,
 * which come last, then the cache's key and the digests of the paper's text and of its folder's
 * other files; a reading is taken only when all three match. The model is JSON, compressed; each
 * citation names its section, paragraph, citation and reference by their place in the paper, so
 * that they are the same objects again. Taking a reading reads the file up to the records and pairs:
 * the search index reads those where they lie, when it is put together, so that they are neither
 * copied nor held in memory meanwhile.
 */
final class Reading {
  private static final int MAGIC = 0x414e5231; // "ANR1"
  private static final int FORMAT = 2;
  /** Bytes read first from the start of a reading: its key and digests, and for a small paper all it needs. */
  private static final int FIRST_READ = 16 * 1024;

  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new SimpleModule()
          .addSerializer(Path.class, new ToStringSerializer(Path.class))
          .addDeserializer(Path.class, new FromStringDeserializer<Path>(Path.class) {
            @Override
            protected Path _deserialize(String value, DeserializationContext context) {
              // Every position in a paper names its file: one path for all of them, as when it was read.
              Path last = LAST_PATH.get();
              if (last != null && last.toString().equals(value)) {
                return last;
              }
              Path path = Path.of(value);
              LAST_PATH.set(path);
              return path;
            }
          }))
      .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .build();

  /** The path a thread decoded last. */
  private static final ThreadLocal<Path> LAST_PATH = new ThreadLocal<>();

  /** A paper as read for its place, taken from the cache. */
  record Taken(LinkedPaper linked, Diagnostics warnings, String placeKey, List<SearchIndexBuilder.Prepared> documents) {}

  /**
   * Where a citation stands: each part by its index in the paper (sections and their own paragraphs
   * in document order, the paragraph's citations, the references), or, for a part the paper's tree
   * does not hold (a footnote's paragraph), the part itself with index -1.
   */
  private record Link(int section, Section ownSection, int paragraph, Paragraph ownParagraph, int citation,
      Citation ownCitation, int reference, Reference ownReference) {}

  private record Model(Paper paper, List<Link> citations, List<Diagnostic> warnings) {}

  private Reading() {}

  /**
   * The bytes of a paper read for its place, or null when its warnings are more than a
   * collection keeps (they are then reported by reading it again).
   *
   * @param documents its search documents, prepared
   */
  static byte[] encode(String key, String digest, String stamp, LinkedPaper placeOnly, Diagnostics warnings,
      String placeKey, SearchIndexBuilder.Portable documents) throws IOException {
    if (warnings.omitted() > 0 || warnings.hasErrors()) {
      return null;
    }
    Paper paper = placeOnly.paper();
    Map<Section, Integer> sections = new IdentityHashMap<>();
    Map<Paragraph, Integer> paragraphs = new IdentityHashMap<>();
    for (Section section : (Iterable<Section>) paper.allSections()::iterator) {
      sections.put(section, sections.size());
      for (Paragraph paragraph : section.paragraphs()) {
        paragraphs.put(paragraph, paragraphs.size());
      }
    }
    Map<Reference, Integer> references = new IdentityHashMap<>();
    paper.references().forEach(r -> references.put(r, references.size()));
    List<Link> links = new ArrayList<>();
    for (ResolvedCitation c : placeOnly.citations()) {
      int section = sections.getOrDefault(c.section(), -1);
      int paragraph = paragraphs.getOrDefault(c.paragraph(), -1);
      int citation = indexOf(c.paragraph().citations(), c.citation());
      int reference = references.getOrDefault(c.reference(), -1);
      links.add(new Link(section, section < 0 ? c.section() : null, paragraph, paragraph < 0 ? c.paragraph() : null,
          citation, citation < 0 ? c.citation() : null, reference, reference < 0 ? c.reference() : null));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(65536);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    // The length of what comes before the records and pairs, written once known.
    out.writeInt(0);
    out.writeUTF(key);
    out.writeUTF(digest);
    out.writeUTF(stamp);
    out.writeUTF(placeKey);
    ByteArrayOutputStream model = new ByteArrayOutputStream(8192);
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
    try (java.util.zip.DeflaterOutputStream deflated = new java.util.zip.DeflaterOutputStream(model, deflater, 8192)) {
      JSON.writeValue(deflated, new Model(paper, links, warnings.list()));
    } finally {
      deflater.end();
    }
    out.writeInt(model.size());
    model.writeTo(out);
    documents.writeTo(out);
    out.flush();
    int before = bytes.size();
    documents.writeBlobTo(bytes);
    byte[] all = bytes.toByteArray();
    java.nio.ByteBuffer.wrap(all).putInt(8, before);
    return all;
  }

  /**
   * The paper the reading in {@code file} holds when it was written with this key for this text and
   * these files; null otherwise. Its strings are {@code shared} with the other papers', and its
   * search documents prepared with {@code words}, their records and pairs left in the file.
   */
  static Taken decode(Path file, String key, String digest, String stamp, SearchIndexBuilder.Words words,
      LinkedPaper.Shared shared, int sentencesPerReference) throws IOException {
    byte[] head;
    int before;
    long size;
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.READ)) {
      size = channel.size();
      byte[] first = new byte[(int) Math.min(size, FIRST_READ)];
      fill(channel, first, 0, 0);
      java.nio.ByteBuffer start = java.nio.ByteBuffer.wrap(first);
      if (first.length < 12 || start.getInt(0) != MAGIC || start.getInt(4) != FORMAT) {
        return null;
      }
      before = start.getInt(8);
      if (before < 12 || before > size) {
        throw new IOException("a reading whose parts are longer than its file");
      }
      head = first;
      if (first.length < before) {
        head = java.util.Arrays.copyOf(first, before);
        fill(channel, head, first.length, first.length);
      }
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(head, 12, before - 12));
    if (!in.readUTF().equals(key) || !in.readUTF().equals(digest) || !in.readUTF().equals(stamp)) {
      return null;
    }
    String placeKey = in.readUTF();
    byte[] json = new byte[in.readInt()];
    in.readFully(json);
    java.util.zip.Inflater inflater = new java.util.zip.Inflater();
    Model model;
    try {
      model = JSON.readValue(new java.util.zip.InflaterInputStream(new ByteArrayInputStream(json), inflater, 8192),
          Model.class);
    } finally {
      inflater.end();
    }
    Paper paper = model.paper();
    List<Section> sections = paper.allSections().toList();
    List<Paragraph> paragraphs = sections.stream().flatMap(s -> s.paragraphs().stream()).toList();
    List<ResolvedCitation> citations = new ArrayList<>(model.citations().size());
    for (Link link : model.citations()) {
      Paragraph paragraph = link.paragraph() < 0 ? link.ownParagraph() : paragraphs.get(link.paragraph());
      citations.add(new ResolvedCitation(
          link.citation() < 0 ? link.ownCitation() : paragraph.citations().get(link.citation()),
          link.reference() < 0 ? link.ownReference() : paper.references().get(link.reference()),
          link.section() < 0 ? link.ownSection() : sections.get(link.section()), paragraph));
    }
    Diagnostics warnings = new Diagnostics();
    model.warnings().forEach(warnings::add);
    List<SearchIndexBuilder.Prepared> documents = SearchIndexBuilder.prepared(in, words, file, before,
        size - before);
    if (documents == null) {
      // Numbered with a lexicon the last build did not keep.
      return null;
    }
    if (in.read() != -1) {
      throw new IOException("bytes after the reading");
    }
    LinkedPaper linked = new LinkedPaper(paper, citations).placeOnly(sentencesPerReference, shared);
    return new Taken(linked, warnings, placeKey, documents);
  }

  /** Reads {@code into} from {@code from} on, from the file's byte {@code at}. */
  private static void fill(java.nio.channels.FileChannel channel, byte[] into, int from, long at) throws IOException {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(into, from, into.length - from);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, at + buffer.position() - from) < 0) {
        throw new IOException("the reading ends early");
      }
    }
  }

  /** The index of {@code item} in {@code list} by identity, or -1. */
  private static int indexOf(List<?> list, Object item) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == item) {
        return i;
      }
    }
    return -1;
  }
}
