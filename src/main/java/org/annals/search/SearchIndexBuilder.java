package org.annals.search;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.annals.search.SearchIndex.KindRange;
import org.annals.search.SearchIndex.Meta;
import org.annals.search.SearchIndex.StoredDocument;
import org.annals.search.SearchIndex.WordShard;

/**
 * Builds the {@link SearchIndex} of a list of documents. Every stem, every prefix of three letters
 * or more that stands for many words, and every pair of adjacent words gets a record of all the
 * documents that hold it, so the browser can count and list every match exactly; each record also
 * names its {@link #TOP} best documents by BM25 (over field-weighted term frequencies), so that
 * ranking needs no more than that. Word dictionaries are split by prefix while larger than
 * {@link #SHARD_BYTES}, pair dictionaries by hash, so a query fetches a bounded amount whatever the
 * archive's size.
 */
public final class SearchIndexBuilder {
  /** The format version written into the meta file. */
  public static final int VERSION = 2;
  /** The size above which a word shard is split, in bytes of JSON (estimated). */
  public static final int SHARD_BYTES = 12_000;
  /** The longest shard key. */
  public static final int MAX_KEY = 6;
  /** The best documents each record names, for ranking. */
  public static final int TOP = 64;
  /** The shortest prefix that matches as a prefix. */
  public static final int MIN_PREFIX = 3;
  /**
   * A prefix whose words have more records than this, or records larger than
   * {@link #PREFIX_BYTES} together, or that spreads over more than {@link #PREFIX_SHARDS} word
   * shards, has its own record: the browser then fetches one record for it.
   */
  public static final int PREFIX_STEMS = 24;
  public static final int PREFIX_BYTES = 48_000;
  public static final int PREFIX_SHARDS = 3;
  /** Entries per pair shard, about. */
  public static final int PAIRS_PER_SHARD = 1_500;
  /** Pack files are cut after this many bytes. */
  public static final int PACK_BYTES = 1 << 20;

  /**
   * How much a match counts by kind of document: a paper most, so that a query naming an author
   * finds their papers before their page; authors and references less than text.
   */
  static final java.util.Map<String, Double> KIND_WEIGHT = java.util.Map.of("paper", 1.5, "author", 0.7,
      "section", 1.0, "paragraph", 1.0, "reference", 0.8);

  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private SearchIndexBuilder() {}

  /**
   * A growing list of document ids, each with its weighted frequency in half units (every field
   * weight is a multiple of one half), as varints: ids as differences from the one before.
   */
  private static final class Postings {
    byte[] data = new byte[8];
    int length;
    int size;
    int lastId;

    void add(int id, int halves) {
      if (length + 10 > data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      length = PostingsCodec.varint(data, length, id - lastId);
      length = PostingsCodec.varint(data, length, halves);
      lastId = id;
      size++;
    }

    int[] ids() {
      return ids(null);
    }

    /** The ids; with {@code frequencies}, each id's weighted frequency into it too. */
    int[] ids(float[] frequencies) {
      int[] ids = new int[size];
      int at = 0;
      int id = 0;
      for (int i = 0; i < size; i++) {
        long read = get(data, at);
        id += (int) read;
        ids[i] = id;
        read = get(data, (int) (read >>> 32));
        if (frequencies != null) {
          frequencies[i] = (int) read / 2f;
        }
        at = (int) (read >>> 32);
      }
      return ids;
    }
  }

  /**
   * Postings gathered in document order and appended to their stems' lists a block at a time,
   * grouped by stem: appended one by one, each would reach a list of its own, at 10,000 papers
   * tens of millions of times, each time missing the processor's cache; grouped, a stem's list is
   * reached once a block. The grouping is a stable radix sort by stem, so each stem's documents stay
   * in order.
   */
  static final class PostingsBlock {
    private static final int SIZE = 1 << 18;
    private static final int DIGIT = 11;
    /** Per posting: its stem in the high 32 bits, its document in the low; and its weighted frequency. */
    private long[] keys = new long[SIZE];
    private int[] frequencies = new int[SIZE];
    private long[] sortedKeys = new long[SIZE];
    private int[] sortedFrequencies = new int[SIZE];
    private final int[] counts = new int[1 << DIGIT];
    private final int passes;
    private int size;

    PostingsBlock(int stems) {
      int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, stems - 1));
      passes = Math.max(1, (bits + DIGIT - 1) / DIGIT);
    }

    void add(int stem, int id, int frequency) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        frequencies = Arrays.copyOf(frequencies, size * 2);
        sortedKeys = new long[size * 2];
        sortedFrequencies = new int[size * 2];
      }
      keys[size] = (long) stem << 32 | id;
      frequencies[size++] = frequency;
    }

    /** Whether the block is full: checked after each document. */
    boolean full() {
      return size >= SIZE;
    }

    /** Appends the block's postings to their stems' lists, and empties it. */
    void appendTo(Postings[] byStem) {
      for (int pass = 0; pass < passes; pass++) {
        int shift = 32 + pass * DIGIT;
        Arrays.fill(counts, 0);
        for (int i = 0; i < size; i++) {
          counts[(int) (keys[i] >>> shift) & (1 << DIGIT) - 1]++;
        }
        int sum = 0;
        for (int digit = 0; digit < counts.length; digit++) {
          int count = counts[digit];
          counts[digit] = sum;
          sum += count;
        }
        for (int i = 0; i < size; i++) {
          int to = counts[(int) (keys[i] >>> shift) & (1 << DIGIT) - 1]++;
          sortedKeys[to] = keys[i];
          sortedFrequencies[to] = frequencies[i];
        }
        long[] swapKeys = keys;
        keys = sortedKeys;
        sortedKeys = swapKeys;
        int[] swapFrequencies = frequencies;
        frequencies = sortedFrequencies;
        sortedFrequencies = swapFrequencies;
      }
      for (int i = 0; i < size; i++) {
        int stem = (int) (keys[i] >>> 32);
        Postings p = byStem[stem];
        if (p == null) {
          p = byStem[stem] = new Postings();
        }
        p.add((int) keys[i], frequencies[i]);
      }
      size = 0;
    }
  }

  /** Reads the varint at {@code at}: its value in the low 32 bits, the position after it in the high. */
  private static long get(byte[] from, int at) {
    int value = 0;
    int shift = 0;
    byte b;
    do {
      b = from[at++];
      value |= (b & 0x7f) << shift;
      shift += 7;
    } while (b < 0);
    return ((long) at << 32) | (value & 0xffffffffL);
  }

  /**
   * The words of the documents of one index: a number for each word and for each stem, and each
   * word's stem. One is shared by every document prepared for an index, from any thread.
   *
   * <p>Words can be kept for the index of a later build ({@link #save}, {@link #load}): that build
   * numbers the same words and stems alike, so that documents written portably with these numbers
   * ({@link Portable}) are taken back as they are, without a word looked up. Kept words are a
   * lexicon that only grows: each build that writes documents adds a generation to it, and
   * documents are taken back only with the lexicon of a generation that was kept.
   */
  public static final class Words implements AutoCloseable {
    /** Where stored records and full packs go, or null to keep them in memory. */
    final Spill spill;
    /** Each folded word's number. */
    final java.util.concurrent.ConcurrentHashMap<String, Integer> wordIds =
        new java.util.concurrent.ConcurrentHashMap<>(1 << 16);
    final java.util.concurrent.ConcurrentHashMap<String, Integer> stemIds =
        new java.util.concurrent.ConcurrentHashMap<>(1 << 16);
    /** The next stem's number. */
    final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    /** The next word's number. */
    final java.util.concurrent.atomic.AtomicInteger nextWord = new java.util.concurrent.atomic.AtomicInteger();
    /** Which words these are, among all made in this JVM. */
    final long serial = SERIALS.getAndIncrement();
    private static final java.util.concurrent.atomic.AtomicLong SERIALS = new java.util.concurrent.atomic.AtomicLong();
    /** This index's generation of the lexicon, which documents written portably with these words name. */
    private final long generation = new java.security.SecureRandom().nextLong();
    /** Whether a document was written portably with these words. */
    private volatile boolean issued;
    /** How many reads the index made of the files documents written portably wait in. */
    private final java.util.concurrent.atomic.AtomicLong fileReads = new java.util.concurrent.atomic.AtomicLong();
    /** The generations of the lexicon these words were loaded from. */
    private java.util.Set<Long> generations = java.util.Set.of();
    /** How many words and stems the lexicon gave: numbered below these. */
    private int lexiconWords;
    private int lexiconStems;
    /** Of the words the lexicon gave, those a document of this index holds: the others are not indexed. */
    private java.util.concurrent.atomic.AtomicLongArray used = new java.util.concurrent.atomic.AtomicLongArray(0);

    /** Words for an index kept in memory. */
    public Words() {
      this.spill = null;
    }

    /**
     * Words for an index of a large archive, whose documents' stored records and full packs wait
     * in a temporary file in {@code folder} until they are written; {@link #close()} deletes it,
     * after the index's files are written.
     */
    public Words(Path folder) {
      this.spill = new Spill(folder);
    }

    @Override
    public void close() {
      if (spill != null) {
        spill.close();
      }
    }

    /**
     * How many times the indexes made with these words read the files that documents written
     * portably wait in ({@link #prepared}).
     */
    public long fileReads() {
      return fileReads.get();
    }

    int id(String stem) {
      Integer id = stemIds.get(stem);
      return id != null ? id : stemIds.computeIfAbsent(stem, k -> named(k, next.getAndIncrement()));
    }

    /** The number of a folded word, numbered with its stem the first time it comes. */
    int word(String word, SearchText text) {
      Integer id = wordIds.get(word);
      return id != null ? id
          : wordIds.computeIfAbsent(word, w -> namedWord(w, id(text.stem(w)), nextWord.getAndIncrement()));
    }

    /**
     * Each stem by its number, for documents written portably; grown, under this object's lock, as
     * stems come. A number is known only once its stem is here.
     */
    private volatile String[] stemById = new String[1024];
    /** Each word, and the number of its stem, by its number; grown likewise. */
    private volatile String[] wordById = new String[1024];
    private volatile int[] stemOfWordId = new int[1024];

    private synchronized int named(String stem, int id) {
      String[] all = stemById;
      if (id >= all.length) {
        all = Arrays.copyOf(all, Math.max(id + 1, all.length * 2));
      }
      all[id] = stem;
      stemById = all;
      return id;
    }

    private synchronized int namedWord(String word, int stem, int id) {
      String[] all = wordById;
      int[] stems = stemOfWordId;
      if (id >= all.length) {
        all = Arrays.copyOf(all, Math.max(id + 1, all.length * 2));
        stems = Arrays.copyOf(stems, all.length);
      }
      all[id] = word;
      stems[id] = stem;
      stemOfWordId = stems;
      wordById = all;
      return id;
    }

    /** The stem of a number these words gave. */
    String stem(int id) {
      return stemById[id];
    }

    /** The number of the stem of a word, by the word's number. */
    int stemOf(int word) {
      return stemOfWordId[word];
    }

    /** Notes that a document of this index holds the word with this number. */
    void use(int word) {
      if (word < lexiconWords) {
        int slot = word >>> 6;
        long bit = 1L << word;
        if ((used.get(slot) & bit) == 0) {
          used.getAndAccumulate(slot, bit, (a, b) -> a | b);
        }
      }
    }

    /** Every word a document of this index holds, with its stem. */
    void forEachUsed(java.util.function.BiConsumer<String, String> action) {
      String[] words = wordById;
      int[] stems = stemOfWordId;
      String[] stemNames = stemById;
      int count = nextWord.get();
      for (int id = 0; id < count; id++) {
        if (id >= lexiconWords || (used.get(id >>> 6) & 1L << id) != 0) {
          action.accept(words[id], stemNames[stems[id]]);
        }
      }
    }

    /** Whether documents written portably in this generation of the lexicon are taken back with these words. */
    boolean knows(long written) {
      return written == generation || generations.contains(written);
    }

    private static final int LEXICON_MAGIC = 0x414e5731; // "ANW1"
    private static final int LEXICON_FORMAT = 1;

    /**
     * Numbers words and stems as the lexicon in {@code file}, kept under {@code key}, did; before
     * any document is prepared. Returns whether it could: a lexicon missing, unreadable or kept
     * under another key gives nothing, and no document written portably before is taken back.
     */
    public boolean load(Path file, String key) {
      if (nextWord.get() > 0 || next.get() > 0) {
        throw new IllegalStateException("a lexicon is loaded before any word is numbered");
      }
      try (java.io.DataInputStream in = new java.io.DataInputStream(
          new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16))) {
        if (in.readInt() != LEXICON_MAGIC || in.readInt() != LEXICON_FORMAT || !in.readUTF().equals(key)) {
          return false;
        }
        int count = in.readInt();
        java.util.Set<Long> kept = new java.util.HashSet<>();
        for (int i = 0; i < count; i++) {
          kept.add(in.readLong());
        }
        int stems = in.readInt();
        String[] stemNames = new String[Math.max(stems, 1024)];
        for (int i = 0; i < stems; i++) {
          stemNames[i] = text(in);
        }
        int words = in.readInt();
        String[] wordNames = new String[Math.max(words, 1024)];
        int[] stemOf = new int[wordNames.length];
        for (int i = 0; i < words; i++) {
          wordNames[i] = text(in);
          stemOf[i] = in.readInt();
          if (stemOf[i] < 0 || stemOf[i] >= stems) {
            throw new java.io.IOException("a word's stem out of range");
          }
        }
        if (in.read() != -1) {
          throw new java.io.IOException("bytes after the lexicon");
        }
        for (int i = 0; i < stems; i++) {
          stemIds.put(stemNames[i], i);
        }
        for (int i = 0; i < words; i++) {
          wordIds.put(wordNames[i], i);
        }
        synchronized (this) {
          stemById = stemNames;
          wordById = wordNames;
          stemOfWordId = stemOf;
        }
        next.set(stems);
        nextWord.set(words);
        lexiconStems = stems;
        lexiconWords = words;
        used = new java.util.concurrent.atomic.AtomicLongArray((words + 63) / 64);
        generations = kept;
        return true;
      } catch (java.io.IOException | RuntimeException e) {
        stemIds.clear();
        wordIds.clear();
        return false;
      }
    }

    /**
     * Keeps these words in {@code file} under {@code key}, for a later build's index: the lexicon
     * they were loaded from, with the words and stems this index added, and this generation when a
     * document was written portably with them. Written whole beside, then moved over the last.
     */
    public void save(Path file, String key) throws java.io.IOException {
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
      int stems = next.get();
      int words = nextWord.get();
      String[] stemNames = stemById;
      String[] wordNames = wordById;
      int[] stemOf = stemOfWordId;
      try (java.io.DataOutputStream out = new java.io.DataOutputStream(
          new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(temporary), 1 << 16))) {
        out.writeInt(LEXICON_MAGIC);
        out.writeInt(LEXICON_FORMAT);
        out.writeUTF(key);
        List<Long> kept = new ArrayList<>(generations);
        if (issued) {
          kept.add(generation);
        }
        kept.sort(null);
        out.writeInt(kept.size());
        for (long g : kept) {
          out.writeLong(g);
        }
        out.writeInt(stems);
        for (int i = 0; i < stems; i++) {
          text(out, stemNames[i]);
        }
        out.writeInt(words);
        for (int i = 0; i < words; i++) {
          text(out, wordNames[i]);
          out.writeInt(stemOf[i]);
        }
      }
      java.nio.file.Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String text(java.io.DataInputStream in) throws java.io.IOException {
      int length = in.readInt();
      if (length < 0 || length > 1 << 24) {
        throw new java.io.IOException("a word of " + length + " bytes");
      }
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void text(java.io.DataOutputStream out, String text) throws java.io.IOException {
      byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }
  }

  /**
   * A document ready for the index, much smaller than the document: its kind and year, its record
   * as results show it (compressed), its length, its stems with their weighted frequencies, and the
   * hashes of its pairs of adjacent words. Documents are prepared on their own, in parallel, and
   * put together by {@link #build(List, Words)}.
   */
  public static final class Prepared {
    final String kind;
    final int year;
    /** The stored record; null when it waits in the spill or in {@link #file}, and once given up. */
    byte[] stored;
    /** Where the stored record waits: in the spill, or from {@link #file}; -1 while it is held here. */
    long storedAt = -1;
    final int storedLength;
    /** The document's length: the sum of its words' field weights, in half units. */
    final int halves;
    /** Varint pairs: stem number, weighted frequency in half units; null when in the spill or used. */
    private byte[] terms;
    private long termsAt = -1;
    private final int termsLength;
    /** The distinct hashes of its pairs of adjacent words, ascending; null when waiting elsewhere or used. */
    private int[] pairs;
    private long pairsAt = -1;
    private final int pairCount;
    /**
     * The file its stored record and pairs' hashes wait in, which a paper's documents were written
     * to ({@link Portable}); null when they are held here or wait in the spill.
     */
    private final Path file;

    private Prepared(String kind, int year, byte[] stored, Spill spill, int halves, byte[] terms, int[] pairs) {
      this.kind = kind;
      this.year = year;
      this.storedLength = stored.length;
      this.halves = halves;
      this.termsLength = terms.length;
      this.pairCount = pairs.length;
      this.stored = stored;
      this.terms = terms;
      this.pairs = pairs;
      this.file = null;
      if (spill != null) {
        spill(List.of(this), spill);
      }
    }

    /**
     * A document whose stored record waits in {@code file} from {@code storedAt}, and its pairs'
     * hashes (big-endian) from {@code pairsAt}.
     */
    private Prepared(String kind, int year, Path file, long storedAt, int storedLength, long pairsAt, int pairCount,
        int halves, byte[] terms) {
      this.kind = kind;
      this.year = year;
      this.file = file;
      this.storedAt = storedAt;
      this.storedLength = storedLength;
      this.pairsAt = pairsAt;
      this.pairCount = pairCount;
      this.halves = halves;
      this.terms = terms;
      this.termsLength = terms.length;
    }

    /**
     * Puts what the documents hold of their records, terms and pairs in the spill, one document
     * after the other in one write, and lets it go here. The documents go kind by kind, as the
     * index takes them.
     */
    static void spill(List<Prepared> unordered, Spill spill) {
      // A clean build spills each document as it is prepared: nothing to order.
      List<Prepared> documents = unordered;
      if (unordered.size() > 1) {
        documents = new ArrayList<>(unordered);
        documents.sort(java.util.Comparator.comparingInt(d -> SearchDocument.KINDS.indexOf(d.kind)));
      }
      int total = 0;
      for (Prepared d : documents) {
        total += (d.stored != null ? d.storedLength : 0) + (d.terms != null ? d.termsLength : 0)
            + (d.pairs != null ? 4 * d.pairCount : 0);
      }
      ByteBuffer all = ByteBuffer.allocate(total);
      for (Prepared d : documents) {
        if (d.stored != null) {
          all.put(d.stored);
        }
        if (d.terms != null) {
          all.put(d.terms);
        }
        if (d.pairs != null) {
          for (int pair : d.pairs) {
            all.putInt(pair);
          }
        }
      }
      long at = spill.append(all.array());
      for (Prepared d : documents) {
        if (d.stored != null) {
          d.storedAt = at;
          at += d.storedLength;
          d.stored = null;
        }
        if (d.terms != null) {
          d.termsAt = at;
          at += d.termsLength;
          d.terms = null;
        }
        if (d.pairs != null) {
          d.pairsAt = at;
          at += 4L * d.pairCount;
          d.pairs = null;
        }
      }
    }

    /** The terms, read where they wait if not held here; given up by this document. */
    byte[] takeTerms(Reader reader, int id) {
      byte[] taken = terms != null ? terms : reader.read(id);
      terms = null;
      return taken;
    }

    /** The pairs' hashes, read where they wait if not held here; given up by this document. */
    int[] takePairs(Reader reader, int id) {
      int[] taken = pairs;
      if (taken == null) {
        taken = new int[pairCount];
        ByteBuffer.wrap(reader.read(id)).asIntBuffer().get(taken);
      }
      pairs = null;
      return taken;
    }

    /** The stored record, read where it waits if not held here; given up by this document. */
    byte[] takeStored(Reader reader, int id) {
      byte[] taken = stored != null ? stored : reader.read(id);
      stored = null;
      return taken;
    }
  }

  /** A part of a document that may wait outside memory: where it waits, and how long it is. */
  private enum Part {
    TERMS, STORED, PAIRS;

    /** Whether the document's part waits in the spill or in a file, not held by it. */
    boolean waits(Prepared d) {
      return switch (this) {
        case TERMS -> d.terms == null && d.termsAt >= 0;
        case STORED -> d.stored == null && d.storedAt >= 0;
        case PAIRS -> d.pairs == null && d.pairsAt >= 0;
      };
    }

    /** The file it waits in; null for the spill. */
    Path file(Prepared d) {
      return this == TERMS ? null : d.file;
    }

    long at(Prepared d) {
      return switch (this) {
        case TERMS -> d.termsAt;
        case STORED -> d.storedAt;
        case PAIRS -> d.pairsAt;
      };
    }

    int length(Prepared d) {
      return switch (this) {
        case TERMS -> d.termsLength;
        case STORED -> d.storedLength;
        case PAIRS -> 4 * d.pairCount;
      };
    }
  }

  /**
   * Reads one part of documents where it waits, in the documents' order, for one thread: in the
   * spill, or in the files papers' documents were written to. The index takes documents grouped by
   * kind, so it comes back to each paper's bytes once a kind, each time for a few hundred bytes:
   * each read takes the run of the following documents' parts that lie close together in the same
   * file, up to a window, and no more (read ahead a whole window at a time, 10,000 papers read 4 GB
   * for 0.5 GB of documents).
   */
  private static final class Reader implements AutoCloseable {
    private static final int WINDOW = 64 * 1024;
    /** The most bytes between two parts read together. */
    private static final int GAP = 1024;
    private final Spill spill;
    private final java.util.concurrent.atomic.AtomicLong fileReads;
    private final List<Prepared> documents;
    private final Part part;
    private Path open;
    private java.nio.channels.FileChannel channel;
    private long size;
    private final byte[] window = new byte[WINDOW];
    private long windowAt;
    private int windowLength;

    Reader(Words words, List<Prepared> documents, Part part) {
      this.spill = words.spill;
      this.fileReads = words.fileReads;
      this.documents = documents;
      this.part = part;
    }

    /** The part of document {@code id}, which waits in the spill or in a file. */
    byte[] read(int id) {
      Prepared d = documents.get(id);
      Path file = part.file(d);
      long at = part.at(d);
      int length = part.length(d);
      try {
        if (!java.util.Objects.equals(file, open)) {
          close();
          if (file != null) {
            channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ);
            size = channel.size();
          }
          open = file;
          windowLength = 0;
        }
        if (file != null && (at < 0 || at + length > size)) {
          throw new java.io.IOException("the file is shorter than when it was read: " + size + " bytes");
        }
        byte[] bytes = new byte[length];
        if (at >= windowAt && at + length <= windowAt + windowLength) {
          System.arraycopy(window, (int) (at - windowAt), bytes, 0, length);
          return bytes;
        }
        if (length >= WINDOW) {
          fill(at, bytes, length);
          return bytes;
        }
        windowAt = at;
        windowLength = (int) (runEnd(id, file, at) - at);
        fill(at, window, windowLength);
        System.arraycopy(window, 0, bytes, 0, length);
        return bytes;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read " + file + " (of the build cache) for the search index", e);
      }
    }

    /**
     * Where the run of parts that starts with document {@code id}'s, at {@code start}, ends: the parts
     * of the documents after it that wait in the same file, each at most {@link #GAP} bytes after the
     * one before, within a window.
     */
    private long runEnd(int id, Path file, long start) {
      long end = start + part.length(documents.get(id));
      for (int next = id + 1; next < documents.size(); next++) {
        Prepared d = documents.get(next);
        if (!part.waits(d) || !java.util.Objects.equals(part.file(d), file)) {
          break;
        }
        long at = part.at(d);
        long to = at + part.length(d);
        if (at < end || at - end > GAP || to - start > WINDOW) {
          break;
        }
        end = to;
      }
      return end;
    }

    private void fill(long at, byte[] into, int length) throws java.io.IOException {
      if (open == null) {
        spill.readFully(at, into, length);
        return;
      }
      fileReads.incrementAndGet();
      ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, at + buffer.position()) < 0) {
          throw new java.io.IOException("the file ends early");
        }
      }
    }

    @Override
    public void close() {
      if (channel != null) {
        try {
          channel.close();
        } catch (java.io.IOException e) {
          // Only read.
        }
        channel = null;
      }
      open = null;
    }
  }

  /** How many stems are ranked and recorded together, on every core, before their records are packed. */
  private static final int STEM_BATCH = 2048;

  private static final ThreadLocal<SearchText> STEMMERS = ThreadLocal.withInitial(SearchText::new);
  private static final ThreadLocal<Counts> COUNTS = ThreadLocal.withInitial(Counts::new);
  private static final ThreadLocal<ThreadWords> THREAD_WORDS = ThreadLocal.withInitial(ThreadWords::new);

  /**
   * The numbers of the words one thread has met, in a table of its own: a word is looked up in
   * the table shared by every thread (slow to reach once it is large) only the first time this
   * thread meets it. The table grows with the words it holds, up to {@link #KEPT} words, the first
   * met, which in any text are mostly the common ones; words past them are looked up in the shared
   * table.
   */
  private static final class ThreadWords {
    private static final int FIRST_SLOTS = 1 << 12;
    private static final int KEPT = 1 << 16;
    private String[] words = new String[FIRST_SLOTS];
    private int[] stems = new int[FIRST_SLOTS];
    private int size;
    /** The serial of the words whose numbers these are (numbers belong to one index); not the words, which are large. */
    private long of = -1;

    /** The number of a word. */
    int word(String word, Words all, SearchText text) {
      int known = local(word, all);
      if (known >= 0) {
        return known;
      }
      int id = all.word(word, text);
      keep(word, id);
      return id;
    }

    /** The number of a word this thread has met with these words, or -1. */
    int local(String word, Words all) {
      if (of != all.serial) {
        words = new String[FIRST_SLOTS];
        stems = new int[FIRST_SLOTS];
        size = 0;
        of = all.serial;
      }
      int slot = slot(word);
      for (String known = words[slot]; known != null; known = words[slot]) {
        if (known.equals(word)) {
          return stems[slot];
        }
        slot = (slot + 1) & (words.length - 1);
      }
      return -1;
    }

    /** Remembers a word's number, while the table holds fewer than {@link #KEPT} words. */
    void keep(String word, int stem) {
      if (size < KEPT) {
        if (2 * (size + 1) > words.length) {
          grow();
        }
        int slot = free(word);
        words[slot] = word;
        stems[slot] = stem;
        size++;
      }
    }

    /** The first slot a word may take: the top bits of its mixed hash. */
    private int slot(String word) {
      return word.hashCode() * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(words.length - 1);
    }

    /** The first free slot from a word's own. */
    private int free(String word) {
      int slot = slot(word);
      while (words[slot] != null) {
        slot = (slot + 1) & (words.length - 1);
      }
      return slot;
    }

    /** Doubles the table, so that it stays at most half full. */
    private void grow() {
      String[] oldWords = words;
      int[] oldStems = stems;
      words = new String[oldWords.length * 2];
      stems = new int[oldWords.length * 2];
      for (int i = 0; i < oldWords.length; i++) {
        if (oldWords[i] != null) {
          int slot = free(oldWords[i]);
          words[slot] = oldWords[i];
          stems[slot] = oldStems[i];
        }
      }
    }
  }

  /** Positive counts by int key, in an open-addressed table that is cleared and used again. */
  private static final class Counts {
    int[] keys = new int[64];
    int[] values = new int[64];
    /** The slots in use, in the order their keys came. */
    int[] used = new int[33];
    int size;

    void add(int key, int count) {
      int mask = keys.length - 1;
      int slot = (key * 0x9E3779B9) >>> 7 & mask;
      while (values[slot] != 0) {
        if (keys[slot] == key) {
          values[slot] += count;
          return;
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = count;
      used[size++] = slot;
      if (size * 2 > keys.length) {
        grow();
      }
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldValues = values;
      int[] order = Arrays.copyOf(used, size);
      keys = new int[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      used = new int[keys.length / 2 + 1];
      size = 0;
      for (int slot : order) {
        add(oldKeys[slot], oldValues[slot]);
      }
    }

    void clear() {
      for (int k = 0; k < size; k++) {
        values[used[k]] = 0;
      }
      size = 0;
    }
  }
  private static final com.fasterxml.jackson.databind.ObjectWriter JSON =
      new com.fasterxml.jackson.databind.ObjectMapper().writer();

  /** Splits, folds and stems a document's words, and compresses its stored record. */
  public static Prepared prepare(SearchDocument document, Words words) {
    return prepare(document, words, null);
  }

  /**
   * What {@link #prepared} makes a paper's documents of again, with words loaded from the lexicon
   * these were numbered with ({@link Words#load}), without splitting, stemming, looking up or
   * compressing them again: the lexicon's generation, the numbers of the paper's words, and each
   * document's kind, year, length, stems with their weighted frequencies, stored record and pairs'
   * hashes.
   */
  public static final class Portable {
    /** The numbers of the paper's words. */
    private final java.util.BitSet words = new java.util.BitSet();
    /** Each document's kind, year, length, the lengths of its record, pairs and terms, and its terms. */
    private final PostingsCodec.Bytes documents = new PostingsCodec.Bytes(8192);
    /**
     * By kind of document: each document's stored record, then, apart, each one's pairs' hashes
     * as big-endian ints. The index takes a paper's documents one kind at a time, each part on a
     * thread of its own: so each part of a kind is read from the file in one run.
     */
    private final PostingsCodec.Bytes[] stored = blobs();
    private final PostingsCodec.Bytes[] pairs = blobs();
    private Words of;
    private int count;

    private void numberedWith(Words words) {
      if (of != words) {
        if (of != null) {
          throw new IllegalArgumentException("a paper's documents are prepared with one set of words");
        }
        of = words;
        words.issued = true;
      }
    }

    /**
     * Writes the generation, the words' numbers and the documents, without their stored records and
     * pairs: {@link #writeBlobTo} writes those, to follow in the same file, where {@link #prepared}
     * leaves them to be read when the index is put together.
     */
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
      PostingsCodec.Bytes head = new PostingsCodec.Bytes(words.cardinality() * 2 + 16);
      head.varint(words.cardinality());
      int last = 0;
      for (int word = words.nextSetBit(0); word >= 0; word = words.nextSetBit(word + 1)) {
        head.varint(word - last);
        last = word;
      }
      head.varint(count);
      out.writeLong(of == null ? 0 : of.generation);
      out.writeInt(head.size + documents.size);
      out.write(head.bytes, 0, head.size);
      out.write(documents.bytes, 0, documents.size);
    }

    /**
     * Writes the documents' stored records and pairs' hashes, kind by kind in the order of
     * {@link SearchDocument#KINDS}: the kind's stored records in the documents' order, then their
     * pairs' hashes.
     */
    public void writeBlobTo(java.io.OutputStream out) throws java.io.IOException {
      for (int kind = 0; kind < stored.length; kind++) {
        out.write(stored[kind].bytes, 0, stored[kind].size);
        out.write(pairs[kind].bytes, 0, pairs[kind].size);
      }
    }

    private static PostingsCodec.Bytes[] blobs() {
      PostingsCodec.Bytes[] blobs = new PostingsCodec.Bytes[SearchDocument.KINDS.size()];
      for (int kind = 0; kind < blobs.length; kind++) {
        blobs[kind] = new PostingsCodec.Bytes(64);
      }
      return blobs;
    }
  }

  /**
   * Prepares a document as {@link #prepare(SearchDocument, Words)} does and, with {@code portable},
   * adds it there.
   */
  public static Prepared prepare(SearchDocument document, Words words, Portable portable) {
    SearchText text = STEMMERS.get();
    Counts frequencies = COUNTS.get();
    ThreadWords met = THREAD_WORDS.get();
    frequencies.clear();
    if (portable != null) {
      portable.numberedWith(words);
    }
    int halves = 0;
    int[] pairs = new int[16];
    int pairCount = 0;
    for (SearchDocument.Field field : document.fields()) {
      int weight = (int) Math.round(field.weight() * 2);
      if (weight != field.weight() * 2 || weight <= 0) {
        throw new IllegalArgumentException("field weights are positive multiples of one half: " + field.weight());
      }
      String previous = null;
      for (String word : SearchText.words(field.text())) {
        int id = met.word(word, words, text);
        words.use(id);
        frequencies.add(words.stemOf(id), weight);
        if (portable != null) {
          portable.words.set(id);
        }
        halves += weight;
        if (previous != null) {
          if (pairCount == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairCount * 2);
          }
          pairs[pairCount++] = PostingsCodec.hash(previous, word);
        }
        previous = word;
      }
    }
    Arrays.sort(pairs, 0, pairCount);
    int unique = 0;
    for (int i = 0; i < pairCount; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        pairs[unique++] = pairs[i];
      }
    }
    byte[] stored;
    try {
      stored = deflate(JSON.writeValueAsBytes(new StoredDocument(document.kind(), document.url(), document.title(),
          document.crumbs(), document.byline(), document.text())));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    int[] hashes = Arrays.copyOf(pairs, unique);
    byte[] terms = terms(frequencies);
    if (portable != null) {
      int kind = SearchDocument.KINDS.indexOf(document.kind());
      portable.count++;
      portable.documents.varint(kind);
      portable.documents.varint(document.year());
      portable.documents.varint(halves);
      portable.documents.varint(stored.length);
      portable.documents.varint(hashes.length);
      portable.documents.varint(terms.length);
      portable.documents.write(terms, 0, terms.length);
      portable.stored[kind].write(stored, 0, stored.length);
      for (int hash : hashes) {
        portable.pairs[kind].int32(hash);
      }
    }
    return new Prepared(document.kind().intern(), document.year(), stored, words.spill, halves, terms, hashes);
  }

  /** How many numbers {@link #prepared} keeps of each document's head while it works out where its parts lie. */
  private static final int HEAD = 5;

  /**
   * The documents a {@link Portable} wrote, prepared with {@code words}, which were loaded from a
   * lexicon that holds the generation they were written in; null when it does not. Their stored
   * records and pairs' hashes are left in {@code file}, where {@link Portable#writeBlobTo} wrote
   * them, from {@code blobAt}, {@code blobLength} bytes: the index reads them there when it is put
   * together.
   */
  public static List<Prepared> prepared(java.io.DataInput portable, Words words, Path file, long blobAt,
      long blobLength) throws java.io.IOException {
    long generation = portable.readLong();
    int size = portable.readInt();
    if (size < 0) {
      throw new java.io.IOException("a negative length");
    }
    if (!words.knows(generation)) {
      return null;
    }
    byte[] bytes = new byte[size];
    portable.readFully(bytes);
    int[] at = {0};
    long distinct = read(bytes, at);
    if (distinct > bytes.length) {
      throw new java.io.IOException("a count past the end");
    }
    int[] held = new int[(int) distinct];
    long word = 0;
    for (int i = 0; i < held.length; i++) {
      word += read(bytes, at);
      if (word >= words.lexiconWords) {
        throw new java.io.IOException("a word the lexicon does not hold");
      }
      held[i] = (int) word;
    }
    long count = read(bytes, at);
    // Each document's head is six varints at least.
    if (count < 0 || count > (bytes.length - at[0]) / 6) {
      throw new java.io.IOException("a count past the end");
    }
    int kinds = SearchDocument.KINDS.size();
    // Each document's kind, year, length, stored record's length and pairs' count, HEAD numbers a
    // document; then where the blob holds its record and pairs, kind by kind (Portable#writeBlobTo).
    int[] heads = new int[HEAD * (int) count];
    byte[][] termsOf = new byte[(int) count][];
    long[] storedOfKind = new long[kinds];
    long[] pairsOfKind = new long[kinds];
    long blobUsed = 0;
    for (int d = 0; d < count; d++) {
      int kind = (int) read(bytes, at);
      if (kind < 0 || kind >= kinds) {
        throw new java.io.IOException("unknown kind " + kind);
      }
      int year = (int) read(bytes, at);
      int halves = (int) read(bytes, at);
      long length = read(bytes, at);
      long pairCount = read(bytes, at);
      if (length > blobLength - blobUsed || pairCount > (blobLength - blobUsed - length) / 4) {
        throw new java.io.IOException("a stored record runs past the end");
      }
      blobUsed += length + 4 * pairCount;
      storedOfKind[kind] += length;
      pairsOfKind[kind] += 4 * pairCount;
      int h = HEAD * d;
      heads[h] = kind;
      heads[h + 1] = year;
      heads[h + 2] = halves;
      heads[h + 3] = (int) length;
      heads[h + 4] = (int) pairCount;
      long termsLength = read(bytes, at);
      if (termsLength > bytes.length - at[0]) {
        throw new java.io.IOException("terms run past the end");
      }
      int termsEnd = at[0] + (int) termsLength;
      byte[] terms = Arrays.copyOfRange(bytes, at[0], termsEnd);
      while (at[0] < termsEnd) {
        long stem = read(bytes, at);
        long weight = read(bytes, at);
        if (stem >= words.lexiconStems || weight <= 0 || at[0] > termsEnd) {
          throw new java.io.IOException("a term the lexicon does not hold");
        }
      }
      termsOf[d] = terms;
    }
    if (at[0] != bytes.length || blobUsed != blobLength) {
      throw new java.io.IOException("bytes after the documents");
    }
    long[] storedAt = new long[kinds];
    long[] pairsAt = new long[kinds];
    long from = 0;
    for (int kind = 0; kind < kinds; kind++) {
      storedAt[kind] = blobAt + from;
      pairsAt[kind] = storedAt[kind] + storedOfKind[kind];
      from += storedOfKind[kind] + pairsOfKind[kind];
    }
    List<Prepared> documents = new ArrayList<>((int) count);
    for (int d = 0, h = 0; d < count; d++, h += HEAD) {
      int kind = heads[h];
      int length = heads[h + 3];
      int pairCount = heads[h + 4];
      documents.add(new Prepared(SearchDocument.KINDS.get(kind), heads[h + 1], file, storedAt[kind], length,
          pairsAt[kind], pairCount, heads[h + 2], termsOf[d]));
      storedAt[kind] += length;
      pairsAt[kind] += 4L * pairCount;
    }
    // Only documents taken whole count their words in.
    for (int id : held) {
      words.use(id);
    }
    // A paper's documents' terms go to the spill in one write.
    if (words.spill != null) {
      Prepared.spill(documents, words.spill);
    }
    return documents;
  }

  /** The varint at {@code at[0]}, up to 64 bits; {@code at[0]} moves past it. */
  private static long read(byte[] from, int[] at) throws java.io.IOException {
    long value = 0;
    int shift = 0;
    byte b;
    do {
      if (at[0] >= from.length || shift > 63) {
        throw new java.io.IOException("a number runs past the end");
      }
      b = from[at[0]++];
      value |= (long) (b & 0x7f) << shift;
      shift += 7;
    } while (b < 0);
    return value;
  }

  /** Varint pairs of stem number and weighted frequency, in the order the stems came. */
  private static byte[] terms(Counts frequencies) {
    byte[] terms = new byte[frequencies.size * 10];
    int at = 0;
    for (int k = 0; k < frequencies.size; k++) {
      int slot = frequencies.used[k];
      at = PostingsCodec.varint(terms, at, frequencies.keys[slot]);
      at = PostingsCodec.varint(terms, at, frequencies.values[slot]);
    }
    return Arrays.copyOf(terms, at);
  }

  /** Where a record was written: pack, offset, length. */
  private record Place(int pack, int offset, int length) {}

  /** Writes records into pack files, kept in memory or, once full, in a spill. */
  private static final class Packs {
    final List<byte[]> done;
    /** The pack being filled, in a buffer used again for the next. */
    final PostingsCodec.Bytes current = new PostingsCodec.Bytes(PACK_BYTES);

    Packs(Spill spill) {
      done = spill == null ? new ArrayList<>() : spill.new Stored();
    }

    Place add(byte[] record) {
      return add(record, 0, record.length);
    }

    /** Adds the record of {@code length} bytes at {@code offset} in {@code from}. */
    Place add(byte[] from, int offset, int length) {
      if (current.size > 0 && current.size + length > PACK_BYTES) {
        done.add(Arrays.copyOf(current.bytes, current.size));
        current.clear();
      }
      Place place = new Place(done.size(), current.size, length);
      current.write(from, offset, length);
      return place;
    }

    List<byte[]> finish() {
      if (current.size > 0) {
        done.add(Arrays.copyOf(current.bytes, current.size));
        current.clear();
      }
      return done;
    }
  }

  /**
   * The index of the documents. Words are split, folded and stemmed, and stored documents
   * compressed, on every core; postings are merged in document order, so the index is the same
   * bytes whatever the threads' timing.
   */
  public static SearchIndex build(List<SearchDocument> documents) {
    Words words = new Words();
    return build(documents.parallelStream().map(d -> prepare(d, words)).toList(), words);
  }

  /**
   * The index of documents prepared with {@code words}, given in the order {@link #build(List)}
   * takes documents; their stored records are given up as they are packed.
   */
  public static SearchIndex build(List<Prepared> unordered, Words words) {
    List<Prepared> documents = ordered(unordered);
    int n = documents.size();
    // The pairs' records and the stored documents' packs are each their own: made beside the stems'.
    java.util.concurrent.CompletableFuture<PairRecords> pairRecords = beside(() -> pairRecords(documents, words));
    java.util.concurrent.CompletableFuture<DocumentPacks> documentPacks =
        beside(() -> documentPacks(documents, words));
    String[] stemById = new String[words.next.get()];
    words.stemIds.forEach((stem, id) -> stemById[id] = stem);
    Postings[] postingsById = new Postings[stemById.length];
    double[] lengths = new double[n];
    double[] kindWeights = new double[n];
    PostingsBlock block = new PostingsBlock(stemById.length);
    try (Reader termsReader = new Reader(words, documents, Part.TERMS)) {
      for (int id = 0; id < n; id++) {
        Prepared d = documents.get(id);
        kindWeights[id] = KIND_WEIGHT.get(d.kind);
        lengths[id] = d.halves / 2.0;
        byte[] terms = d.takeTerms(termsReader, id);
        for (int at = 0; at < terms.length; ) {
          long stem = get(terms, at);
          long frequency = get(terms, (int) (stem >>> 32));
          at = (int) (frequency >>> 32);
          block.add((int) stem, id, (int) frequency);
        }
        if (block.full()) {
          block.appendTo(postingsById);
        }
      }
    }
    block.appendTo(postingsById);
    Map<String, Postings> byStem = new HashMap<>();
    for (int i = 0; i < stemById.length; i++) {
      if (postingsById[i] != null) {
        byStem.put(stemById[i], postingsById[i]);
      }
    }
    Map<String, String> stemOfWord = new TreeMap<>();
    words.forEachUsed(stemOfWord::put);
    double total = 0;
    for (double length : lengths) {
      total += length;
    }
    double averageLength = n == 0 ? 1 : Math.max(1e-9, total / n);

    Packs packs = new Packs(words.spill);
    Map<String, Object[]> stemEntries = new HashMap<>();
    Map<String, int[][]> tops = new HashMap<>();
    List<String> stems = new ArrayList<>(new TreeMap<>(byStem).keySet());
    // Each stem's ranking and record are its own, packed in the stems' order.
    inBatches(stems, STEM_BATCH, stem -> {
      Postings p = byStem.get(stem);
      float[] frequencies = new float[p.size];
      int[] ids = p.ids(frequencies);
      int[][] top = top(ids, frequencies, n, lengths, averageLength, kindWeights);
      return new Ranked(top, PostingsCodec.record(ids, p.size, top[0], top[1]));
    }, (stem, ranked) -> {
      tops.put(stem, ranked.top());
      Place place = packs.add(ranked.record());
      stemEntries.put(stem, new Object[] {stem, byStem.get(stem).size, place.pack(), place.offset(), place.length()});
    });

    SortedMap<String, WordShard> shards = new TreeMap<>();
    Map<String, List<String>> byFirst = new TreeMap<>();
    for (String word : stemOfWord.keySet()) {
      byFirst.computeIfAbsent(word.substring(0, word.offsetByCodePoints(0, 1)), k -> new ArrayList<>()).add(word);
    }
    byFirst.forEach((key, list) -> split(key, list, stemOfWord, stemEntries, shards));

    SortedMap<String, SortedMap<String, long[]>> prefixShards = prefixes(n, stemOfWord, byStem, tops, stemEntries,
        new java.util.TreeSet<>(shards.keySet()), packs);

    List<byte[]> pairShards = words.spill == null ? new ArrayList<>() : words.spill.new Stored();
    int pairBits = pairs(join(pairRecords), packs, pairShards);

    DocumentPacks stored = join(documentPacks);
    Meta meta = new Meta(VERSION, n, kinds(documents), List.copyOf(shards.keySet()),
        List.copyOf(prefixShards.keySet()), pairBits, SearchText.STOP_WORDS.stream().sorted().toList());
    return new SearchIndex(meta, shards, prefixShards, pairShards, packs.finish(), stored.packs(), stored.index());
  }

  /** The stored documents' packs, and where each document is in them: pack, offset, length. */
  private record DocumentPacks(List<byte[]> packs, byte[] index) {}

  /** Packs the documents' stored records in their order; each is given up by its document. */
  private static DocumentPacks documentPacks(List<Prepared> documents, Words words) {
    Packs packs = new Packs(words.spill);
    ByteBuffer index = ByteBuffer.allocate(12 * documents.size());
    try (Reader reader = new Reader(words, documents, Part.STORED)) {
      for (int id = 0; id < documents.size(); id++) {
        Place place = packs.add(documents.get(id).takeStored(reader, id));
        index.putInt(place.pack()).putInt(place.offset()).putInt(place.length());
      }
    }
    return new DocumentPacks(packs.finish(), index.array());
  }

  /**
   * Runs part of an index's making on a thread of its own, beside the rest: at 10,000 papers the
   * stems, the pairs and the stored documents each take seconds, and the rest of a build may leave
   * a core idle meanwhile.
   */
  private static <T> java.util.concurrent.CompletableFuture<T> beside(java.util.function.Supplier<T> part) {
    return java.util.concurrent.CompletableFuture.supplyAsync(part,
        org.annals.diag.Background.threads("annals-index"));
  }

  private static <T> T join(java.util.concurrent.CompletableFuture<T> part) {
    return org.annals.diag.Background.join(part);
  }

  /** A stem's best documents with their scores, and its record. */
  private record Ranked(int[][] top, byte[] record) {}

  /** Raw DEFLATE (no header), which the browser's {@code DecompressionStream("deflate-raw")} reads. */
  static byte[] deflate(byte[] bytes) {
    java.util.zip.Deflater deflater = DEFLATERS.get();
    deflater.reset();
    deflater.setInput(bytes);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 16);
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    return out.toByteArray();
  }

  /** One compressor a thread, reset for each record: making one costs more than a small record's compression. */
  private static final ThreadLocal<java.util.zip.Deflater> DEFLATERS =
      ThreadLocal.withInitial(() -> new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION, true));

  /** The documents by kind, then newest year first (undated last), then as given. */
  static List<Prepared> ordered(List<Prepared> documents) {
    // Each kind's documents as numbers that sort in that order: the year's key in the high half,
    // where it was given in the low.
    List<String> kinds = SearchDocument.KINDS;
    long[][] byKind = new long[kinds.size()][];
    int[] counts = new int[kinds.size()];
    for (Prepared d : documents) {
      counts[kinds.indexOf(d.kind)]++;
    }
    for (int k = 0; k < byKind.length; k++) {
      byKind[k] = new long[counts[k]];
      counts[k] = 0;
    }
    for (int i = 0; i < documents.size(); i++) {
      Prepared d = documents.get(i);
      int k = kinds.indexOf(d.kind);
      int year = d.year == 0 ? Integer.MAX_VALUE : -d.year;
      byKind[k][counts[k]++] = ((long) year << 32) | i;
    }
    List<Prepared> sorted = new ArrayList<>(documents.size());
    for (long[] keys : byKind) {
      Arrays.sort(keys);
      for (long key : keys) {
        sorted.add(documents.get((int) key));
      }
    }
    return sorted;
  }

  private static List<KindRange> kinds(List<Prepared> documents) {
    List<KindRange> ranges = new ArrayList<>();
    int i = 0;
    while (i < documents.size()) {
      String kind = documents.get(i).kind;
      int from = i;
      List<int[]> years = new ArrayList<>();
      while (i < documents.size() && documents.get(i).kind.equals(kind)) {
        int year = documents.get(i).year;
        int yearFrom = i;
        while (i < documents.size() && documents.get(i).kind.equals(kind) && documents.get(i).year == year) {
          i++;
        }
        years.add(new int[] {year, yearFrom, i});
      }
      ranges.add(new KindRange(kind, from, i, years));
    }
    return ranges;
  }

  /**
   * The {@link #TOP} best documents of a stem by BM25: their ids ascending and their scores (1 to
   * 255). Best means the highest score, then the lowest id. Scores are small integers, so the
   * lowest score kept is found by counting, and the documents are chosen in one pass in id order:
   * no sort of a posting list that may hold every document of the archive.
   */
  static int[][] top(int[] postings, float[] frequencies, int documents, double[] lengths,
      double averageLength, double[] kindWeights) {
    int size = postings.length;
    double idf = Math.log(1 + (documents - size + 0.5) / (size + 0.5));
    byte[] scoreOf = new byte[size];
    int[] counts = new int[256];
    for (int i = 0; i < size; i++) {
      double tf = frequencies[i];
      double norm = K1 * (1 - B + B * lengths[postings[i]] / averageLength);
      int score = (int) Math.max(1, Math.min(255,
          Math.round(10 * kindWeights[postings[i]] * idf * tf * (K1 + 1) / (tf + norm))));
      scoreOf[i] = (byte) score;
      counts[score]++;
    }
    int kept = Math.min(TOP, size);
    // The lowest score kept, and how many of the documents with that score are kept (the first in id order).
    int lowest = 255;
    int above = 0;
    while (above + counts[lowest] < kept) {
      above += counts[lowest];
      lowest--;
    }
    int atLowest = kept - above;
    int[] ids = new int[kept];
    int[] scores = new int[kept];
    int at = 0;
    for (int i = 0; i < size && at < kept; i++) {
      int score = scoreOf[i] & 0xff;
      if (score > lowest || score == lowest && atLowest-- > 0) {
        ids[at] = postings[i];
        scores[at++] = score;
      }
    }
    return new int[][] {ids, scores};
  }

  private static void split(String key, List<String> words, Map<String, String> stems, Map<String, Object[]> entries,
      SortedMap<String, WordShard> into) {
    int keyLength = key.codePointCount(0, key.length());
    if (estimate(words, stems) <= SHARD_BYTES || keyLength >= MAX_KEY) {
      into.put(key, shard(words, stems, entries));
      return;
    }
    List<String> exact = new ArrayList<>();
    Map<String, List<String>> children = new TreeMap<>();
    for (String word : words) {
      if (word.equals(key)) {
        exact.add(word);
      } else {
        String child = word.substring(0, word.offsetByCodePoints(0, keyLength + 1));
        children.computeIfAbsent(child, k -> new ArrayList<>()).add(word);
      }
    }
    if (!exact.isEmpty()) {
      into.put(key, shard(exact, stems, entries));
    }
    children.forEach((child, list) -> split(child, list, stems, entries, into));
  }

  private static WordShard shard(List<String> words, Map<String, String> stems, Map<String, Object[]> entries) {
    SortedMap<String, Integer> dictionary = new TreeMap<>();
    List<Object[]> list = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (String word : words) {
      String stem = stems.get(word);
      Integer at = index.get(stem);
      if (at == null) {
        at = list.size();
        index.put(stem, at);
        list.add(entries.get(stem));
      }
      dictionary.put(word, at);
    }
    return new WordShard(dictionary, list);
  }

  /** Roughly the JSON size of a shard: its words and its stems' entries. */
  private static long estimate(List<String> words, Map<String, String> stems) {
    long size = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String word : words) {
      size += word.length() + 6;
      String stem = stems.get(word);
      if (seen.add(stem)) {
        size += stem.length() + 24;
      }
    }
    return size;
  }

  /**
   * The prefixes that stand for too many words, or too large records, or too many word shards,
   * for the browser to gather: each gets a record of the union of its words' documents, filed
   * under its first two letters.
   */
  private static SortedMap<String, SortedMap<String, long[]>> prefixes(int documents, Map<String, String> stemOfWord,
      Map<String, Postings> byStem, Map<String, int[][]> tops, Map<String, Object[]> entries,
      java.util.NavigableSet<String> shardKeys, Packs packs) {
    List<String> words = new ArrayList<>(stemOfWord.keySet());
    // The prefixes that get a record, with their words' stems, in the order their records are packed.
    List<Map.Entry<String, java.util.Collection<String>>> chosen = new ArrayList<>();
    for (int length = MIN_PREFIX; ; length++) {
      boolean any = false;
      int i = 0;
      while (i < words.size()) {
        String word = words.get(i);
        if (word.codePointCount(0, word.length()) < length) {
          i++;
          continue;
        }
        any = true;
        String prefix = word.substring(0, word.offsetByCodePoints(0, length));
        int end = i;
        java.util.LinkedHashSet<String> stems = new java.util.LinkedHashSet<>();
        long bytes = 0;
        while (end < words.size() && words.get(end).startsWith(prefix)) {
          if (stems.add(stemOfWord.get(words.get(end)))) {
            bytes += ((Number) entries.get(stemOfWord.get(words.get(end)))[4]).longValue();
          }
          end++;
        }
        if (stems.size() > PREFIX_STEMS || bytes > PREFIX_BYTES || shardsUnder(prefix, shardKeys) > PREFIX_SHARDS) {
          chosen.add(Map.entry(prefix, stems));
        }
        i = end;
      }
      if (!any) {
        break;
      }
    }
    SortedMap<String, SortedMap<String, long[]>> shards = new TreeMap<>();
    // Each prefix's record is its own, packed in the prefixes' order.
    inBatches(chosen, PREFIX_BATCH, prefix -> {
      long[] marks = MARKS.get();
      if (marks.length != (documents + 63) / 64) {
        MARKS.set(marks = new long[(documents + 63) / 64]);
      }
      try {
        int[] ids = documentsOf(prefix.getValue(), byStem, marks);
        return new Recorded(ids.length, union(ids, prefix.getValue(), tops));
      } catch (RuntimeException | Error e) {
        // Marks left set would spoil the next use.
        MARKS.remove();
        throw e;
      }
    }, (prefix, recorded) -> {
      Place place = packs.add(recorded.record());
      String key = prefix.getKey();
      shards.computeIfAbsent(key.substring(0, key.offsetByCodePoints(0, 2)), k -> new TreeMap<>())
          .put(key, new long[] {recorded.documents(), place.pack(), place.offset(), place.length()});
    });
    return shards;
  }

  /**
   * Makes something of each item on every core, {@code batch} items at a time, and gives each
   * item with what was made of it to {@code taken} in the items' order, on this thread: the
   * same order whatever the threads' timing, with at most a batch made and not yet taken.
   */
  private static <I, R> void inBatches(List<I> items, int batch, java.util.function.Function<I, R> make,
      java.util.function.BiConsumer<I, R> taken) {
    for (int from = 0; from < items.size(); from += batch) {
      List<I> some = items.subList(from, Math.min(items.size(), from + batch));
      List<R> made = some.parallelStream().map(make).toList();
      for (int i = 0; i < some.size(); i++) {
        taken.accept(some.get(i), made.get(i));
      }
    }
  }

  /** How many prefixes' records are made together, on every core, before they are packed. */
  private static final int PREFIX_BATCH = 64;

  /** A record, and how many documents it holds. */
  private record Recorded(int documents, byte[] record) {}

  /** One table of marks a thread, left clear after each use (see {@link #distinct}). */
  private static final ThreadLocal<long[]> MARKS = ThreadLocal.withInitial(() -> new long[0]);

  /** How many word shards the words starting with a prefix may be in. */
  private static int shardsUnder(String prefix, java.util.NavigableSet<String> keys) {
    int count = keys.subSet(prefix, true, prefix + Character.MAX_VALUE, false).size();
    for (int end = prefix.length() - 1; end > 0; end--) {
      if (keys.contains(prefix.substring(0, end))) {
        count++;
        break;
      }
    }
    return count;
  }

  /** The documents that hold any of the stems, ascending; see {@link #distinct(List, long[])}. */
  private static int[] documentsOf(java.util.Collection<String> stems, Map<String, Postings> byStem, long[] marks) {
    List<int[]> lists = new ArrayList<>(stems.size());
    for (String stem : stems) {
      lists.add(byStem.get(stem).ids());
    }
    return distinct(lists, marks);
  }

  /**
   * The ids in any of the lists, once each, ascending. Few are sorted; many are marked in
   * {@code marks}, one bit an id (every id below 64 times its length; left all clear), and read
   * back in order: a pass over the marks instead of a sort of every id.
   */
  static int[] distinct(List<int[]> lists, long[] marks) {
    int size = 0;
    for (int[] list : lists) {
      size += list.length;
    }
    if (size < marks.length) {
      int[] all = new int[size];
      int at = 0;
      for (int[] list : lists) {
        System.arraycopy(list, 0, all, at, list.length);
        at += list.length;
      }
      Arrays.sort(all);
      int distinct = 0;
      for (int k = 0; k < all.length; k++) {
        if (k == 0 || all[k] != all[k - 1]) {
          all[distinct++] = all[k];
        }
      }
      return Arrays.copyOf(all, distinct);
    }
    int distinct = 0;
    for (int[] list : lists) {
      for (int id : list) {
        long bit = 1L << id;
        if ((marks[id >>> 6] & bit) == 0) {
          marks[id >>> 6] |= bit;
          distinct++;
        }
      }
    }
    int[] ids = new int[distinct];
    int at = 0;
    for (int w = 0; w < marks.length; w++) {
      long word = marks[w];
      marks[w] = 0;
      while (word != 0) {
        ids[at++] = (w << 6) + Long.numberOfTrailingZeros(word);
        word &= word - 1;
      }
    }
    return ids;
  }

  /** The record of a prefix: its words' documents {@code ids}, and the best of their best documents. */
  private static byte[] union(int[] ids, java.util.Collection<String> stems, Map<String, int[][]> tops) {
    int size = 0;
    for (String stem : stems) {
      size += tops.get(stem)[0].length;
    }
    // Scores are 1 to 255: by id, then best score first, each in one long, sorted without boxing.
    long[] byId = new long[size];
    int at = 0;
    for (String stem : stems) {
      int[][] top = tops.get(stem);
      for (int k = 0; k < top[0].length; k++) {
        byId[at++] = ((long) top[0][k] << 8) | (255 - top[1][k]);
      }
    }
    Arrays.sort(byId);
    // Each document's best score, ranked: best first, then by id.
    long[] ranked = new long[size];
    int distinct = 0;
    for (int k = 0; k < size; k++) {
      if (k == 0 || byId[k] >>> 8 != byId[k - 1] >>> 8) {
        ranked[distinct++] = ((byId[k] & 0xff) << 32) | (byId[k] >>> 8);
      }
    }
    Arrays.sort(ranked, 0, distinct);
    int kept = Math.min(TOP, distinct);
    long[] keptById = new long[kept];
    for (int k = 0; k < kept; k++) {
      keptById[k] = ((ranked[k] & 0xffffffffL) << 8) | (255 - (ranked[k] >>> 32));
    }
    Arrays.sort(keptById);
    int[] topIds = new int[kept];
    int[] topScores = new int[kept];
    for (int k = 0; k < kept; k++) {
      topIds[k] = (int) (keptById[k] >>> 8);
      topScores[k] = (int) (keptById[k] & 0xff);
    }
    return PostingsCodec.record(ids, ids.length, topIds, topScores);
  }

  /** Pairs are sorted a range of hashes at a time, this many ranges, to bound the memory they take. */
  private static final int PAIR_RANGES = 16;

  /**
   * Each pair of adjacent words' documents, recorded: for each range of hashes in turn, one block
   * of entries in hash order, each {@code int hash} (big-endian), then varints documents and
   * record length, then the record. The blocks wait in the spill, if there is one, until the
   * records are packed after the stems' and prefixes'.
   */
  private record PairRecords(List<byte[]> ranges, long distinct) {}

  private static PairRecords pairRecords(List<Prepared> documents, Words words) {
    Spill spill = words.spill;
    PairRanges ranges = new PairRanges(spill);
    try (Reader reader = new Reader(words, documents, Part.PAIRS)) {
      for (int id = 0; id < documents.size(); id++) {
        for (int hash : documents.get(id).takePairs(reader, id)) {
          ranges.add(hash, id);
        }
      }
    }
    List<byte[]> recorded = spill == null ? new ArrayList<>() : spill.new Stored();
    long distinct = 0;
    PostingsCodec.Bytes block = new PostingsCodec.Bytes(1 << 16);
    int[] ids = new int[16];
    for (int range = 0; range < PAIR_RANGES; range++) {
      long[] sorted = ranges.sort(range);
      block.clear();
      for (int i = 0; i < sorted.length; ) {
        long hash = sorted[i] >>> 32;
        int size = 0;
        while (i < sorted.length && sorted[i] >>> 32 == hash) {
          int id = (int) sorted[i];
          if (size == 0 || ids[size - 1] != id) {
            if (size == ids.length) {
              ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
          }
          i++;
        }
        byte[] record = PostingsCodec.record(ids, size, new int[0], new int[0]);
        block.int32((int) hash).varint(size).varint(record.length);
        block.write(record, 0, record.length);
        distinct++;
      }
      recorded.add(Arrays.copyOf(block.bytes, block.size));
    }
    return new PairRecords(recorded, distinct);
  }

  /**
   * Packs the pairs' records and writes the pair dictionaries to {@code shards}; returns how many
   * top bits of a hash name its shard.
   *
   * <p>A pair shard is a list of entries in hash order: {@code int hash} (big-endian), then
   * varints documents, pack, offset, length.
   */
  private static int pairs(PairRecords records, Packs packs, List<byte[]> shards) {
    int bits = 0;
    while ((records.distinct() >> bits) > PAIRS_PER_SHARD && bits < 16) {
      bits++;
    }
    PostingsCodec.Bytes[] out = new PostingsCodec.Bytes[1 << bits];
    for (int s = 0; s < out.length; s++) {
      out[s] = new PostingsCodec.Bytes(64);
    }
    int given = 0;
    for (int range = 0; range < PAIR_RANGES; range++) {
      // The shards wholly below the next range are complete: given up, into the spill if there is one.
      for (int complete = (int) (((long) range << bits) / PAIR_RANGES); given < complete; given++) {
        shards.add(Arrays.copyOf(out[given].bytes, out[given].size));
        out[given] = null;
      }
      byte[] block = records.ranges().get(range);
      ByteBuffer hashes = ByteBuffer.wrap(block);
      for (int at = 0; at < block.length; ) {
        int hash = hashes.getInt(at);
        long size = get(block, at + 4);
        long length = get(block, (int) (size >>> 32));
        at = (int) (length >>> 32);
        Place place = packs.add(block, at, (int) length);
        at += (int) length;
        PostingsCodec.Bytes shard = out[bits == 0 ? 0 : hash >>> (32 - bits)];
        shard.int32(hash).varint((int) size).varint(place.pack()).varint(place.offset()).varint(place.length());
      }
    }
    for (; given < out.length; given++) {
      shards.add(Arrays.copyOf(out[given].bytes, out[given].size));
      out[given] = null;
    }
    return bits;
  }

  /**
   * Every document's pairs, each as its hash (unsigned) in the high 32 bits and its document in the
   * low, gathered into {@link #PAIR_RANGES} ranges of the hashes so that one range at a time is
   * sorted and held. With a spill, a range's pairs wait in it in blocks.
   */
  static final class PairRanges {
    private static final int BLOCK = 1 << 16;
    private static final int SHIFT = 32 - Integer.numberOfTrailingZeros(PAIR_RANGES);
    private final Spill spill;
    /** Each range's full blocks: held here, or their places in the spill. */
    private final List<List<long[]>> held = new ArrayList<>();
    private final List<List<long[]>> spilled = new ArrayList<>();
    private final long[][] open = new long[PAIR_RANGES][];
    private final int[] filled = new int[PAIR_RANGES];
    private final long[] counts = new long[PAIR_RANGES];

    PairRanges(Spill spill) {
      this.spill = spill;
      for (int range = 0; range < PAIR_RANGES; range++) {
        held.add(new ArrayList<>());
        spilled.add(new ArrayList<>());
        open[range] = new long[BLOCK];
      }
    }

    void add(int hash, int id) {
      int range = hash >>> SHIFT;
      open[range][filled[range]++] = ((hash & 0xffffffffL) << 32) | id;
      counts[range]++;
      if (filled[range] == BLOCK) {
        keep(range, open[range], BLOCK);
        filled[range] = 0;
        if (spill == null) {
          open[range] = new long[BLOCK];
        }
      }
    }

    private void keep(int range, long[] block, int length) {
      if (spill == null) {
        held.get(range).add(length == block.length ? block : Arrays.copyOf(block, length));
      } else {
        ByteBuffer bytes = ByteBuffer.allocate(8 * length);
        bytes.asLongBuffer().put(block, 0, length);
        spilled.get(range).add(new long[] {spill.append(bytes.array()), length});
      }
    }

    /** A range's pairs, sorted by {@link #byHash}; the range is given up. */
    long[] sort(int range) {
      long[] all = new long[Math.toIntExact(counts[range])];
      int at = 0;
      for (long[] block : held.get(range)) {
        System.arraycopy(block, 0, all, at, block.length);
        at += block.length;
      }
      for (long[] place : spilled.get(range)) {
        ByteBuffer.wrap(spill.read(place[0], 8 * (int) place[1])).asLongBuffer().get(all, at, (int) place[1]);
        at += (int) place[1];
      }
      System.arraycopy(open[range], 0, all, at, filled[range]);
      open[range] = null;
      held.get(range).clear();
      spilled.get(range).clear();
      return byHash(all);
    }

    /**
     * The pairs in the order of their hashes, and of their documents where the hashes are equal:
     * a stable sort by the hash (the high 32 bits), a radix sort of 11 bits a pass, of pairs
     * gathered in the order of their documents. The same order as a sort of the whole numbers,
     * without comparisons (within a range every hash has the same top bits, so the signed order
     * is the unsigned one). Returns {@code pairs} or a new array.
     */
    static long[] byHash(long[] pairs) {
      long[] from = pairs;
      long[] to = new long[pairs.length];
      int[] counts = new int[1 << 11];
      for (int shift = 32; shift < 64; shift += 11) {
        Arrays.fill(counts, 0);
        for (long pair : from) {
          counts[(int) (pair >>> shift) & 0x7ff]++;
        }
        int sum = 0;
        for (int digit = 0; digit < counts.length; digit++) {
          int count = counts[digit];
          counts[digit] = sum;
          sum += count;
        }
        for (long pair : from) {
          to[counts[(int) (pair >>> shift) & 0x7ff]++] = pair;
        }
        long[] swap = from;
        from = to;
        to = swap;
      }
      return from;
    }
  }
}
