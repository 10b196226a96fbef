package org.annals.site;

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
 * other files; a reading is taken only when all three match. The model is written by {@link
 * PlaceCodec}; each citation names its section, paragraph, citation and reference by their place in
 * the paper, so that they are the same objects again. Taking a reading reads the file up to the records and pairs:
 * the search index reads those where they lie, when it is put together, so that they are neither
 * copied nor held in memory meanwhile.
 */
final class Reading {
  private static final int MAGIC = 0x414e5231; // "ANR1"
  private static final int FORMAT = 4;
  /** Bytes read first from the start of a reading: its key and digests, and for a small paper all it needs. */
  private static final int FIRST_READ = 16 * 1024;

  /** A paper as read for its place, taken from the cache. */
  record Taken(LinkedPaper linked, Diagnostics warnings, String placeKey, List<SearchIndexBuilder.Prepared> documents) {}

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
    PlaceCodec.Writer model = new PlaceCodec.Writer();
    model.paper(paper);
    // Each citation's section, paragraph, citation and reference by their place in the paper, or,
    // for a part the paper's tree does not hold, -1 and the part itself.
    model.list(placeOnly.citations(), c -> {
      part(model, sections.getOrDefault(c.section(), -1), () -> model.section(c.section()));
      part(model, paragraphs.getOrDefault(c.paragraph(), -1), () -> model.paragraph(c.paragraph()));
      part(model, indexOf(c.paragraph().citations(), c.citation()), () -> model.citation(c.citation()));
      part(model, references.getOrDefault(c.reference(), -1), () -> model.reference(c.reference()));
    });
    model.list(warnings.list(), model::diagnostic);
    byte[] modelBytes = model.toByteArray();
    out.writeInt(modelBytes.length);
    out.write(modelBytes);
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
      LinkedPaper.Shared shared) throws IOException {
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
    int modelLength = in.readInt();
    int modelAt = before - in.available();
    if (modelLength < 0 || modelLength > in.available()) {
      throw new IOException("a paper's model longer than its reading");
    }
    in.skipBytes(modelLength);
    PlaceCodec.Reader model = new PlaceCodec.Reader(head, modelAt, modelLength, shared);
    Paper paper;
    List<ResolvedCitation> citations;
    Diagnostics warnings = new Diagnostics();
    try {
      paper = model.paper();
      List<Section> sections = paper.allSections().toList();
      List<Paragraph> paragraphs = sections.stream().flatMap(s -> s.paragraphs().stream()).toList();
      int count = model.count();
      citations = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int section = model.integer();
        Section ownSection = section < 0 ? model.section() : null;
        int paragraphAt = model.integer();
        Paragraph paragraph = paragraphAt < 0 ? model.paragraph() : paragraphs.get(paragraphAt);
        int citation = model.integer();
        Citation ownCitation = citation < 0 ? model.citation() : null;
        int reference = model.integer();
        Reference ownReference = reference < 0 ? model.reference() : null;
        citations.add(new ResolvedCitation(citation < 0 ? ownCitation : paragraph.citations().get(citation),
            reference < 0 ? ownReference : paper.references().get(reference),
            section < 0 ? ownSection : sections.get(section), paragraph));
      }
      model.list(model::diagnostic).forEach(warnings::add);
    } catch (RuntimeException e) {
      // A part out of range, or a field a record refuses.
      throw new IOException("a paper's model that does not hold together: " + e.getMessage(), e);
    }
    if (!model.done()) {
      throw new IOException("bytes after the paper's model");
    }
    List<SearchIndexBuilder.Prepared> documents = SearchIndexBuilder.prepared(in, words, file, before,
        size - before);
    if (documents == null) {
      // Numbered with a lexicon the last build did not keep.
      return null;
    }
    if (in.read() != -1) {
      throw new IOException("bytes after the reading");
    }
    LinkedPaper linked = LinkedPaper.placed(paper, citations);
    return new Taken(linked, warnings, placeKey, documents);
  }

  /** Writes a part's place in the paper, and the part itself when it has none. */
  private static void part(PlaceCodec.Writer model, int index, Runnable own) {
    model.integer(index);
    if (index < 0) {
      own.run();
    }
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
