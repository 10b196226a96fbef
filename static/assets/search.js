/*
 * Annals search. The index lives under search/index/, built by Annals: a small meta file, word
 * dictionaries named by prefix, dictionaries of long prefixes and of word pairs, stored documents,
 * and pack files holding, for every stem, long prefix and pair of adjacent words, the set of all the
 * documents that hold it and its best-scoring ones. A query fetches the dictionaries and records
 * its words need (records by byte range) and intersects the sets, so its count is exact and every
 * match can be listed, however common its words. Nothing is fetched until the search box is first
 * used. No inline script: this file is the only code.
 */
(function () {
  'use strict';

  var SPECIAL = { 'đ': 'd', 'ð': 'd', 'ø': 'o', 'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ı': 'i' };
  var SPLIT = /[^\p{L}\p{N}]+/u;
  var WORD = /[\p{L}\p{N}]+/gu;
  var MIN_PREFIX = 3;
  var MIN_TYPO = 5;
  var CHUNK = 65536;
  var KIND_NAMES = { paper: 'Papers', author: 'Authors', section: 'Sections', paragraph: 'Paragraphs',
    reference: 'References' };

  /** Folds like Annals does at build time: accents, case and a few letters that do not decompose. */
  function fold(text) {
    return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[đðøłßæœþı]/g, function (c) {
      return SPECIAL[c];
    });
  }

  /**
   * The folded words of a text that the index keeps: split on anything that is not a letter or
   * digit, stop words left out, and single characters too unless they are numbers. Annals splits
   * the same way at build time (the shared test vectors hold both to it).
   */
  function words(text, stop) {
    return fold(text).split(SPLIT).filter(function (w) {
      return w && !stop.has(w) && (Array.from(w).length > 1 || /^\p{N}$/u.test(w));
    });
  }

  /** The 32-bit FNV-1a hash of a text's UTF-8 bytes, as Annals names a pair of words. */
  function hash(text) {
    var bytes = new TextEncoder().encode(text);
    var h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  function shardFile(key) {
    var name = '';
    for (var c of key) {
      if (/[a-z0-9]/.test(c)) {
        name += c;
      } else {
        name += '_' + c.codePointAt(0).toString(16).padStart(5, '0');
      }
    }
    return name || '_';
  }

  // ---------------------------------------------------------------------------------------------
  // Sets of document ids: chunks of 65,536 ids, each a sorted Uint16Array or a bitmap of 8,192 bytes.

  function DocSet(chunks) {
    this.chunks = chunks; // Map: chunk number → { list: Uint16Array } or { bits: Uint8Array }
  }

  function popcount(byte) {
    var n = 0;
    while (byte) {
      n += byte & 1;
      byte >>= 1;
    }
    return n;
  }
  var POP = new Uint8Array(256);
  for (var b = 0; b < 256; b++) {
    POP[b] = popcount(b);
  }

  function toBits(chunk) {
    if (chunk.bits) {
      return chunk.bits;
    }
    var bits = new Uint8Array(CHUNK / 8);
    chunk.list.forEach(function (low) { bits[low >> 3] |= 1 << (low & 7); });
    return bits;
  }

  function hasLow(chunk, low) {
    if (chunk.bits) {
      return (chunk.bits[low >> 3] & (1 << (low & 7))) !== 0;
    }
    var list = chunk.list;
    var lo = 0;
    var hi = list.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] === low) {
        return true;
      }
      if (list[mid] < low) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return false;
  }

  DocSet.prototype.has = function (id) {
    var chunk = this.chunks.get(Math.floor(id / CHUNK));
    return !!chunk && hasLow(chunk, id % CHUNK);
  };

  /** The ids common to this set and another. */
  DocSet.prototype.and = function (other) {
    var out = new Map();
    this.chunks.forEach(function (a, number) {
      var b = other.chunks.get(number);
      if (!b) {
        return;
      }
      if (a.bits && b.bits) {
        var bits = new Uint8Array(CHUNK / 8);
        var any = false;
        for (var i = 0; i < bits.length; i++) {
          bits[i] = a.bits[i] & b.bits[i];
          any = any || bits[i] !== 0;
        }
        if (any) {
          out.set(number, { bits: bits });
        }
        return;
      }
      var list = a.list || b.list;
      var against = a.list ? b : a;
      var kept = list.filter(function (low) { return hasLow(against, low); });
      if (kept.length) {
        out.set(number, { list: kept });
      }
    });
    return new DocSet(out);
  };

  /** The ids of any of several sets. */
  DocSet.union = function (sets) {
    if (sets.length === 1) {
      return sets[0];
    }
    var out = new Map();
    sets.forEach(function (set) {
      set.chunks.forEach(function (chunk, number) {
        var bits = out.get(number) || new Uint8Array(CHUNK / 8);
        var add = toBits(chunk);
        for (var i = 0; i < bits.length; i++) {
          bits[i] |= add[i];
        }
        out.set(number, bits);
      });
    });
    var chunks = new Map();
    out.forEach(function (bits, number) { chunks.set(number, { bits: bits }); });
    return new DocSet(chunks);
  };

  /** How many ids in [from, to). */
  DocSet.prototype.count = function (from, to) {
    var n = 0;
    this.chunks.forEach(function (chunk, number) {
      var base = number * CHUNK;
      if (base >= to || base + CHUNK <= from) {
        return;
      }
      var lo = Math.max(from, base) - base;
      var hi = Math.min(to, base + CHUNK) - base;
      if (chunk.list) {
        chunk.list.forEach(function (low) {
          if (low >= lo && low < hi) {
            n++;
          }
        });
      } else if (lo === 0 && hi === CHUNK) {
        for (var i = 0; i < chunk.bits.length; i++) {
          n += POP[chunk.bits[i]];
        }
      } else {
        for (var low = lo; low < hi; low++) {
          if (chunk.bits[low >> 3] & (1 << (low & 7))) {
            n++;
          }
        }
      }
    });
    return n;
  };

  /** The ids in the given ranges ([from, to) pairs, ascending), in order, skipping some and taking a few. */
  DocSet.prototype.ids = function (ranges, skip, take, exclude) {
    var out = [];
    var numbers = Array.from(this.chunks.keys()).sort(function (a, b) { return a - b; });
    for (var r = 0; r < ranges.length && out.length < take; r++) {
      var from = ranges[r][0];
      var to = ranges[r][1];
      for (var k = 0; k < numbers.length && out.length < take; k++) {
        var base = numbers[k] * CHUNK;
        if (base >= to || base + CHUNK <= from) {
          continue;
        }
        var chunk = this.chunks.get(numbers[k]);
        var visit = function (low) {
          var id = base + low;
          if (id >= from && id < to && !exclude.has(id)) {
            if (skip > 0) {
              skip--;
            } else if (out.length < take) {
              out.push(id);
            }
          }
        };
        if (chunk.list) {
          chunk.list.forEach(visit);
        } else {
          for (var low = Math.max(0, from - base); low < Math.min(CHUNK, to - base) && out.length < take; low++) {
            if (chunk.bits[low >> 3] & (1 << (low & 7))) {
              visit(low);
            }
          }
        }
      }
    }
    return out;
  };

  function Reader(bytes) {
    this.bytes = bytes;
    this.at = 0;
  }

  Reader.prototype.varint = function () {
    var value = 0;
    var shift = 0;
    var byte;
    do {
      byte = this.bytes[this.at++];
      value += (byte & 0x7f) * Math.pow(2, shift);
      shift += 7;
    } while (byte & 0x80);
    return value;
  };

  /** The numbers of a chunk in Elias-Fano form: low bits packed, high parts in unary. */
  function eliasFano(bytes) {
    var r = new Reader(bytes);
    var n = r.varint();
    var l = bytes[r.at++];
    var lowStart = r.at;
    var highStart = lowStart + Math.ceil(n * l / 8);
    var list = new Uint16Array(n);
    var k = 0;
    for (var bit = 0; k < n; bit++) {
      if (bytes[highStart + (bit >> 3)] & (1 << (bit & 7))) {
        var value = (bit - k) << l;
        for (var b = 0; b < l; b++) {
          var at = k * l + b;
          if (bytes[lowStart + (at >> 3)] & (1 << (at & 7))) {
            value |= 1 << b;
          }
        }
        list[k++] = value;
      }
    }
    return list;
  }

  /** A record: the set of its documents and its best documents with their scores. */
  function decodeRecord(bytes) {
    var r = new Reader(bytes);
    var length = r.varint();
    var end = r.at + length;
    var chunks = new Map();
    var count = r.varint();
    for (var c = 0; c < count; c++) {
      var number = r.varint();
      var kind = r.bytes[r.at++];
      var size = r.varint();
      if (kind === 1) {
        chunks.set(number, { bits: bytes.subarray(r.at, r.at + size) });
        r.at += size;
      } else if (kind === 2) {
        chunks.set(number, { list: eliasFano(bytes.subarray(r.at, r.at + size)) });
        r.at += size;
      } else {
        var sub = new Reader(bytes.subarray(r.at, r.at + size));
        var n = sub.varint();
        var list = new Uint16Array(n);
        var previous = 0;
        for (var i = 0; i < n; i++) {
          previous += sub.varint();
          list[i] = previous;
        }
        chunks.set(number, { list: list });
        r.at += size;
      }
    }
    r.at = end;
    var top = new Map();
    var topCount = r.varint();
    var id = 0;
    for (var t = 0; t < topCount; t++) {
      id += r.varint();
      top.set(id, r.bytes[r.at++]);
    }
    return { set: new DocSet(chunks), top: top };
  }

  // ---------------------------------------------------------------------------------------------
  // The index and its files.

  function Index(base) {
    this.base = base;
    this.files = new Map();
    this.meta = null;
  }

  Index.prototype.fetchFile = function (path, kind, range) {
    var files = this.files;
    var key = path + (range ? '#' + range[0] : '');
    if (!files.has(key)) {
      var url = new URL(path, this.base);
      var options = range ? { headers: { Range: 'bytes=' + range[0] + '-' + (range[0] + range[1] - 1) } } : {};
      files.set(key, fetch(url.href, options).then(function (response) {
        if (!response.ok) {
          throw new Error('search index file ' + path + ': HTTP ' + response.status);
        }
        if (kind === 'json') {
          return response.json();
        }
        return response.arrayBuffer().then(function (buffer) {
          var bytes = new Uint8Array(buffer);
          // A server that ignores the range sends the whole file.
          return range && response.status === 200 ? bytes.subarray(range[0], range[0] + range[1]) : bytes;
        });
      }).catch(function (error) {
        files.delete(key);
        throw error;
      }));
    }
    return files.get(key);
  };

  Index.prototype.load = function () {
    var self = this;
    if (!this.loading) {
      this.loading = this.fetchFile('meta.json', 'json').then(function (meta) {
        self.meta = meta;
        self.keys = new Set(meta.shards);
        self.prefixKeys = new Set(meta.prefixShards);
        self.stop = new Set(meta.stopWords);
        return meta;
      });
    }
    return this.loading;
  };

  /** The word shard that holds a word: the one with the longest key that starts the word. */
  Index.prototype.exactKey = function (word) {
    var chars = Array.from(word);
    for (var n = chars.length; n > 0; n--) {
      var key = chars.slice(0, n).join('');
      if (this.keys.has(key)) {
        return key;
      }
    }
    return null;
  };

  Index.prototype.shard = function (key) {
    return this.fetchFile('terms/' + shardFile(key) + '.json', 'json');
  };

  Index.prototype.record = function (entry) {
    var self = this;
    var path = 'packs/' + entry[0] + '.bin';
    var cacheKey = entry[0] + ':' + entry[1];
    this.records = this.records || new Map();
    if (!this.records.has(cacheKey)) {
      this.records.set(cacheKey, this.fetchFile(path, 'bytes', [entry[1], entry[2]]).then(decodeRecord));
    }
    return this.records.get(cacheKey).catch(function (error) {
      self.records.delete(cacheKey);
      throw error;
    });
  };

  /** The record of a word: its stem's documents, with the words of the shard that share the stem. */
  Index.prototype.word = function (word) {
    var self = this;
    var key = this.exactKey(word);
    if (!key) {
      return Promise.resolve(null);
    }
    return this.shard(key).then(function (shard) {
      var at = shard.words[word];
      if (at === undefined) {
        return { missing: true, shard: shard };
      }
      var stem = shard.stems[at];
      var same = Object.keys(shard.words).filter(function (w) { return shard.words[w] === at; });
      return self.record(stem.slice(2)).then(function (record) {
        return { record: record, df: stem[1], words: same, forms: same, stem: stem[0] };
      });
    });
  };

  /** Words of a shard one edit (a letter added, dropped, changed, or two swapped) from a word. */
  function nearWords(shard, word) {
    var found = [];
    Object.keys(shard.words).forEach(function (w) {
      if (Math.abs(w.length - word.length) <= 1 && w !== word && oneEdit(w, word)) {
        found.push(w);
      }
    });
    return found;
  }

  function oneEdit(a, b) {
    if (a.length === b.length) {
      var diff = [];
      for (var i = 0; i < a.length; i++) {
        if (a[i] !== b[i]) {
          diff.push(i);
        }
      }
      return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0] + 1
        && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]);
    }
    var long = a.length > b.length ? a : b;
    var short = a.length > b.length ? b : a;
    for (var k = 0; k < long.length; k++) {
      if (long.slice(0, k) + long.slice(k + 1) === short) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word that the index lacks, read as the word one edit away that most documents hold, when the
   * word has five letters or more and such a word is in its dictionary shard (so the first letters
   * must be right).
   */
  Index.prototype.corrected = function (word, shard) {
    var self = this;
    if (Array.from(word).length < MIN_TYPO || !shard) {
      return Promise.resolve(null);
    }
    var near = nearWords(shard, word);
    if (!near.length) {
      return Promise.resolve(null);
    }
    near.sort(function (a, b) {
      return shard.stems[shard.words[b]][1] - shard.stems[shard.words[a]][1] || (a < b ? -1 : 1);
    });
    return self.word(near[0]).then(function (found) {
      return found && found.record ? Object.assign(found, { correction: near[0] }) : null;
    });
  };

  /** The documents of every word starting with a prefix, and those words. */
  Index.prototype.prefix = function (prefix) {
    var self = this;
    var key2 = Array.from(prefix).slice(0, 2).join('');
    var heavy = this.prefixKeys.has(key2)
      ? this.fetchFile('prefixes/' + shardFile(key2) + '.json', 'json') : Promise.resolve({});
    var keys = this.meta.shards.filter(function (k) { return k.startsWith(prefix); });
    var exact = this.exactKey(prefix);
    if (exact && keys.indexOf(exact) < 0) {
      keys.push(exact);
    }
    return Promise.all([heavy].concat(keys.map(function (k) { return self.shard(k); }))).then(function (loaded) {
      var prefixes = loaded[0];
      var shards = loaded.slice(1);
      var matched = [];
      var stems = new Map();
      shards.forEach(function (shard) {
        Object.keys(shard.words).forEach(function (w) {
          if (w.startsWith(prefix)) {
            var stem = shard.stems[shard.words[w]];
            stems.set(stem[0], stem);
          }
        });
      });
      // Every form of the words found, as a word finds its stem's other forms; the forms of the
      // prefix itself, when it is a word, are matched exactly.
      var forms = [];
      shards.forEach(function (shard) {
        var own = shard.words[prefix] === undefined ? null : shard.stems[shard.words[prefix]][0];
        Object.keys(shard.words).forEach(function (w) {
          var stem = shard.stems[shard.words[w]][0];
          if (stems.has(stem)) {
            matched.push(w);
          }
          if (stem === own) {
            forms.push(w);
          }
        });
      });
      if (prefixes[prefix]) {
        return self.record(prefixes[prefix].slice(1)).then(function (record) {
          return { record: record, df: prefixes[prefix][0], words: matched, forms: forms };
        });
      }
      if (!stems.size) {
        return null;
      }
      var list = Array.from(stems.values());
      return Promise.all(list.map(function (s) { return self.record(s.slice(2)); })).then(function (records) {
        var top = new Map();
        records.forEach(function (r) {
          r.top.forEach(function (score, id) { top.set(id, Math.max(top.get(id) || 0, score)); });
        });
        var set = DocSet.union(records.map(function (r) { return r.set; }));
        return { record: { set: set, top: top }, df: set.count(0, Infinity), words: matched, forms: forms };
      });
    });
  };

  /** The documents in which a sequence of words stands next to each other. */
  Index.prototype.phrase = function (list) {
    var self = this;
    var bits = this.meta.pairBits;
    return Promise.all(list.slice(1).map(function (w, i) {
      var h = hash(list[i] + ' ' + w);
      var shard = bits === 0 ? 0 : Math.floor(h / Math.pow(2, 32 - bits));
      return self.fetchFile('pairs/' + shard + '.bin', 'bytes').then(function (bytes) {
        var r = new Reader(bytes);
        while (r.at < bytes.length) {
          var at = r.at;
          var found = ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
          r.at += 4;
          var df = r.varint();
          var entry = [r.varint(), r.varint(), r.varint()];
          if (found === h) {
            return self.record(entry).then(function (record) { return { record: record, df: df }; });
          }
        }
        return null;
      });
    })).then(function (pairs) {
      if (pairs.some(function (p) { return !p; })) {
        return null;
      }
      var set = pairs[0].record.set;
      pairs.slice(1).forEach(function (p) { set = set.and(p.record.set); });
      return { record: { set: set, top: new Map() }, df: set.count(0, Infinity), words: list };
    });
  };

  /**
   * Parses a query: quoted phrases, then words; the last word is a prefix while it is being typed
   * (no space after it) and has three letters or more.
   */
  Index.prototype.parse = function (query) {
    var stop = this.stop;
    var terms = [];
    var rest = query.replace(/["“”]([^"“”]*)["“”]?/g, function (match, inner) {
      var list = words(inner, stop);
      if (list.length > 1) {
        terms.push({ phrase: list, text: inner.trim() });
      } else if (list.length === 1) {
        terms.push({ word: list[0] });
      }
      return ' ';
    });
    var found = words(rest, stop);
    var open = !/\s$/.test(query) && !/["“”]\s*$/.test(query);
    found.forEach(function (w, i) {
      terms.push({ word: w, prefix: open && i === found.length - 1 && Array.from(w).length >= MIN_PREFIX });
    });
    return terms;
  };

  Index.prototype.term = function (term) {
    var self = this;
    if (term.phrase) {
      return this.phrase(term.phrase);
    }
    if (term.prefix) {
      return this.prefix(term.word).then(function (found) {
        return found || self.word(term.word).then(function (w) {
          return w && w.missing ? self.corrected(term.word, w.shard) : w;
        });
      });
    }
    return this.word(term.word).then(function (found) {
      return found && found.missing ? self.corrected(term.word, found.shard) : found;
    });
  };

  /**
   * Runs a query: the documents that match every term, counted exactly by kind and year, with the
   * best of them ranked by the sum of their terms' scores (a term's lowest listed score standing
   * for documents it does not list among its best).
   */
  Index.prototype.search = function (query) {
    var self = this;
    return this.load().then(function () {
      var terms = self.parse(query);
      if (!terms.length) {
        return null;
      }
      return Promise.all(terms.map(function (t) { return self.term(t); })).then(function (found) {
        var highlight = new Set();
        var exact = new Set();
        var corrections = [];
        terms.forEach(function (t, i) {
          var f = found[i];
          if (!f) {
            return;
          }
          if (f.correction) {
            corrections.push([t.word, f.correction]);
          }
          (f.words || []).forEach(function (w) { highlight.add(w); });
          if (t.phrase) {
            t.phrase.forEach(function (w) { exact.add(w); });
          } else {
            exact.add(f.correction || t.word);
            (f.forms || []).forEach(function (w) { exact.add(w); });
          }
        });
        var missing = found.some(function (f) { return !f; });
        var order = found.filter(Boolean).slice().sort(function (a, b) { return a.df - b.df; });
        var set = missing || !order.length ? new DocSet(new Map()) : order[0].record.set;
        order.slice(1).forEach(function (f) { set = set.and(f.record.set); });
        var scores = new Map();
        if (!missing) {
          found.forEach(function (f) {
            var floor = f.record.top.size >= 64 ? Math.min.apply(null, Array.from(f.record.top.values())) : 0;
            f.record.top.forEach(function (score, id) {
              if (set.has(id)) {
                scores.set(id, (scores.get(id) || 0) + score - floor);
              }
            });
          });
        }
        return { terms: terms, set: set, scores: scores, highlight: highlight, exact: exact,
          corrections: corrections, kinds: self.meta.kinds };
      });
    });
  };

  /** The ranges of ids a filter (kind, year) allows. */
  function ranges(kinds, kind, year) {
    var out = [];
    kinds.forEach(function (k) {
      if (kind && k.kind !== kind) {
        return;
      }
      if (!year) {
        out.push([k.from, k.to]);
        return;
      }
      k.years.forEach(function (y) {
        if (String(y[0]) === String(year)) {
          out.push([y[1], y[2]]);
        }
      });
    });
    return out;
  }

  function inRanges(list, id) {
    return list.some(function (r) { return id >= r[0] && id < r[1]; });
  }

  /** How many matches a result has within a filter. */
  function countIn(result, list) {
    return list.reduce(function (n, r) { return n + result.set.count(r[0], r[1]); }, 0);
  }

  /** The ids of results {@code from} to {@code from + take} within a filter: ranked first, then by id. */
  function page(result, list, from, take) {
    var ranked = [];
    result.scores.forEach(function (score, id) {
      if (inRanges(list, id)) {
        ranked.push([id, score]);
      }
    });
    ranked.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    var ids = ranked.slice(from, from + take).map(function (e) { return e[0]; });
    if (ids.length < take) {
      var exclude = new Set(ranked.map(function (e) { return e[0]; }));
      ids = ids.concat(result.set.ids(list, Math.max(0, from - ranked.length), take - ids.length, exclude));
    }
    return ids;
  }

  /** Stored documents by id: where each is, from docs.idx, then its bytes, each by a range request. */
  Index.prototype.documents = function (ids) {
    var self = this;
    var decoder = new TextDecoder();
    return Promise.all(ids.map(function (id) {
      return self.fetchFile('docs.idx', 'bytes', [id * 12, 12]).then(function (entry) {
        var view = new DataView(entry.buffer, entry.byteOffset, 12);
        var place = [view.getUint32(0), view.getUint32(4), view.getUint32(8)];
        return self.fetchFile('docs/' + place[0] + '.bin', 'bytes', [place[1], place[2]]);
      }).then(function (bytes) {
        // Each stored document is raw DEFLATE, which browsers inflate natively.
        var inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
        return new Response(inflated).arrayBuffer();
      }).then(function (buffer) {
        var d = JSON.parse(decoder.decode(new Uint8Array(buffer)));
        return { id: id, kind: d[0], url: d[1], title: d[2], crumbs: d[3], byline: d[4], text: d[5] };
      });
    }));
  };

  // ---------------------------------------------------------------------------------------------
  // Showing results.

  /** Appends text to an element with the words in {@code marked} wrapped in <mark>. */
  function appendMarked(parent, text, marked) {
    var last = 0;
    text.replace(WORD, function (word, offset) {
      if (marked.has(fold(word))) {
        parent.appendChild(document.createTextNode(text.slice(last, offset)));
        var mark = document.createElement('mark');
        mark.textContent = word;
        parent.appendChild(mark);
        last = offset + word.length;
      }
      return word;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /**
   * The words to mark in a document: the query's own words (and their other forms) where the
   * document has them; a prefix's longer words only where it has none of the prefix's own.
   */
  function markedWords(result, text) {
    var present = new Set();
    fold(text).replace(WORD, function (w) {
      present.add(w);
      return w;
    });
    var marked = new Set();
    result.highlight.forEach(function (w) {
      if (present.has(w) && (result.exact.has(w) || !Array.from(result.exact).some(function (e) {
        return w !== e && w.startsWith(e) && present.has(e);
      }))) {
        marked.add(w);
      }
    });
    return marked;
  }

  /** A window of the text around its first marked word. */
  function snippet(text, marked) {
    var first = -1;
    text.replace(WORD, function (word, offset) {
      if (first < 0 && marked.has(fold(word))) {
        first = offset;
      }
      return word;
    });
    var start = Math.max(0, first - 80);
    var end = Math.min(text.length, Math.max(first, 0) + 180);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    if (end < text.length) {
      var cut = text.lastIndexOf(' ', end);
      end = cut > first ? cut : end;
    }
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  function resultUrl(index, doc, marked) {
    var url = new URL(doc.url, index.siteRoot);
    if (marked.size) {
      url.searchParams.set('hl', Array.from(marked).join(' '));
    }
    return url.href;
  }

  function renderResults(index, list, docs, result) {
    list.textContent = '';
    var seen = new Set();
    docs.forEach(function (doc) {
      if (seen.has(doc.url)) {
        return;
      }
      seen.add(doc.url);
      var marked = markedWords(result, doc.title + ' ' + doc.text + ' ' + doc.byline);
      var item = document.createElement('li');
      item.className = 'search-result search-result-' + doc.kind;
      var link = document.createElement('a');
      link.href = resultUrl(index, doc, marked);
      var title = document.createElement('span');
      title.className = 'result-title';
      appendMarked(title, doc.title, marked);
      link.appendChild(title);
      if (doc.byline) {
        var byline = document.createElement('span');
        byline.className = 'result-byline';
        appendMarked(byline, doc.byline, marked);
        link.appendChild(byline);
      }
      if (doc.crumbs) {
        var crumbs = document.createElement('span');
        crumbs.className = 'result-crumbs';
        crumbs.textContent = doc.crumbs;
        link.appendChild(crumbs);
      }
      if (doc.text) {
        var text = document.createElement('span');
        text.className = 'result-snippet';
        appendMarked(text, snippet(doc.text, marked), marked);
        link.appendChild(text);
      }
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  function countText(result, query, count, filter) {
    var quoted = '“' + query.trim() + '”';
    var corrected = result.corrections.map(function (c) { return '“' + c[1] + '” for “' + c[0] + '”'; });
    var note = corrected.length ? ' (showing ' + corrected.join(', ') + ')' : '';
    var within = filter ? ' among ' + filter : '';
    if (!count) {
      return 'No results for ' + quoted + within + note + '. Check the spelling, or try fewer or other words.';
    }
    return count + (count === 1 ? ' result' : ' results') + ' for ' + quoted + within + note;
  }

  /**
   * Connects a search box to a results list. {@code limit} results are shown; the page mode shows
   * more on request, narrows by kind and year, and keeps the query in the address.
   */
  function Searcher(index, input, list, status, options) {
    var self = this;
    this.index = index;
    this.input = input;
    this.list = list;
    this.status = status;
    this.options = options;
    this.serial = 0;
    this.shown = options.limit;
    this.kind = '';
    this.year = '';
    input.addEventListener('focus', function () { index.load().catch(function () {}); });
    input.addEventListener('input', function () {
      self.shown = options.limit;
      self.run();
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        if (input.value) {
          input.value = '';
          self.run();
          event.preventDefault();
        } else if (options.onClose) {
          options.onClose();
        }
      } else if (event.key === 'ArrowDown') {
        var first = list.querySelector('a');
        if (first) {
          first.focus();
          event.preventDefault();
        }
      }
    });
    list.addEventListener('keydown', function (event) {
      var links = Array.prototype.slice.call(list.querySelectorAll('a'));
      var at = links.indexOf(document.activeElement);
      if (at < 0) {
        return;
      }
      if (event.key === 'ArrowDown' && at < links.length - 1) {
        links[at + 1].focus();
        event.preventDefault();
      } else if (event.key === 'ArrowUp') {
        (at > 0 ? links[at - 1] : input).focus();
        event.preventDefault();
      } else if (event.key === 'Escape') {
        input.focus();
        input.value = '';
        self.run();
        event.preventDefault();
      }
    });
  }

  Searcher.prototype.run = function () {
    var self = this;
    var query = this.input.value;
    var serial = ++this.serial;
    if (this.options.onQuery) {
      this.options.onQuery(query, this.kind, this.year);
    }
    if (!query.trim()) {
      this.list.textContent = '';
      this.status.textContent = '';
      if (this.options.onResults) {
        this.options.onResults(null);
      }
      return Promise.resolve();
    }
    return this.index.search(query).then(function (result) {
      if (!result) {
        self.list.textContent = '';
        self.status.textContent = 'Type a word to search: “' + query.trim() + '” has none that the index keeps.';
        return;
      }
      var allowed = ranges(result.kinds, self.kind, self.year);
      var count = countIn(result, allowed);
      var ids = page(result, allowed, 0, self.shown);
      return self.index.documents(ids).then(function (docs) {
        if (serial !== self.serial) {
          return;
        }
        renderResults(self.index, self.list, docs, result);
        var filter = [self.kind ? KIND_NAMES[self.kind].toLowerCase() : '', self.year ? 'those of ' + self.year : '']
          .filter(Boolean).join(', ');
        self.status.textContent = countText(result, query, count, filter);
        if (self.options.onResults) {
          self.options.onResults(result, docs.length, count);
        }
      });
    }).catch(function () {
      if (serial === self.serial) {
        self.list.textContent = '';
        self.status.textContent = 'Search is not available right now. Try again, or browse the contents.';
      }
    });
  };

  /** Marks the words a result was found by in the paragraph it opened, and brings it into view. */
  function highlightArrival() {
    var params = new URLSearchParams(window.location.search);
    var wanted = new Set((params.get('hl') || '').split(/\s+/).filter(Boolean).map(fold));
    if (!wanted.size) {
      return;
    }
    var target = (window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1))))
      || document.querySelector('main');
    if (!target) {
      return;
    }
    var walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) {
      nodes.push(walker.currentNode);
    }
    var first = null;
    nodes.forEach(function (node) {
      var text = node.nodeValue;
      var hit = false;
      text.replace(WORD, function (w) {
        hit = hit || wanted.has(fold(w));
        return w;
      });
      if (!hit) {
        return;
      }
      var fragment = document.createDocumentFragment();
      appendMarked(fragment, text, wanted);
      fragment.querySelectorAll('mark').forEach(function (m) {
        m.className = 'search-hit';
        first = first || m;
      });
      node.parentNode.replaceChild(fragment, node);
    });
    if (target !== document.querySelector('main')) {
      target.classList.add('search-target');
    }
    (target.id ? target : first || target).scrollIntoView({ block: 'center' });
  }

  /** Fills the kind and year choices of the search page with the counts of a result. */
  function fillFilters(result, kindSelect, yearSelect, searcher) {
    var keepKind = searcher.kind;
    var keepYear = searcher.year;
    kindSelect.textContent = '';
    yearSelect.textContent = '';
    var all = document.createElement('option');
    all.value = '';
    all.textContent = 'All kinds (' + countIn(result, ranges(result.kinds, '', keepYear)) + ')';
    kindSelect.appendChild(all);
    result.kinds.forEach(function (k) {
      var option = document.createElement('option');
      option.value = k.kind;
      option.textContent = KIND_NAMES[k.kind] + ' (' + countIn(result, ranges(result.kinds, k.kind, keepYear)) + ')';
      kindSelect.appendChild(option);
    });
    kindSelect.value = keepKind;
    var years = new Map();
    result.kinds.forEach(function (k) {
      if (keepKind && k.kind !== keepKind) {
        return;
      }
      k.years.forEach(function (y) {
        years.set(y[0], (years.get(y[0]) || 0) + result.set.count(y[1], y[2]));
      });
    });
    var anyYear = document.createElement('option');
    anyYear.value = '';
    anyYear.textContent = 'Any year';
    yearSelect.appendChild(anyYear);
    Array.from(years.keys()).filter(function (y) { return y > 0 && years.get(y) > 0; })
      .sort(function (a, b) { return b - a; }).forEach(function (y) {
        var option = document.createElement('option');
        option.value = String(y);
        option.textContent = y + ' (' + years.get(y) + ')';
        yearSelect.appendChild(option);
      });
    yearSelect.value = keepYear;
    if (yearSelect.value !== keepYear) {
      yearSelect.value = '';
    }
  }

  // The live results of the header's search box: a status for screen readers, the hint for the
  // keys, and the panel of results, made here because without the script they have no use.
  function searchPanel(form, input) {
    function element(tag, className, text) {
      var e = document.createElement(tag);
      if (className) {
        e.className = className;
      }
      if (text) {
        e.textContent = text;
      }
      return e;
    }
    var keys = element('span', 'visually-hidden', 'Press slash to search from anywhere; arrow keys move through the results.');
    keys.id = 'site-search-keys';
    var status = element('p', 'search-status visually-hidden');
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    var panel = element('div', 'search-panel');
    panel.hidden = true;
    var results = element('ol', 'search-results');
    results.id = 'site-search-results';
    results.setAttribute('aria-label', 'Search results');
    var moreLine = element('p', 'search-more-line');
    moreLine.hidden = true;
    var more = element('a', 'search-more', 'See all results');
    more.href = form.getAttribute('action') || 'search/';
    moreLine.appendChild(more);
    panel.appendChild(results);
    panel.appendChild(moreLine);
    input.setAttribute('aria-describedby', keys.id);
    input.setAttribute('aria-controls', results.id);
    input.insertAdjacentElement('afterend', keys);
    form.appendChild(status);
    form.appendChild(panel);
    return { panel: panel, results: results, status: status, more: more };
  }

  function setUp() {
    highlightArrival();
    var form = document.querySelector('form.site-search');
    var page = document.getElementById('search-page-input');
    var carrier = form || (page && page.form);
    if (!carrier) {
      return;
    }
    var root = new URL(carrier.getAttribute('data-root') || './', document.baseURI);
    var indexHref = carrier.getAttribute('data-index');
    var index = new Index(indexHref ? new URL(indexHref, document.baseURI) : new URL('search/index/', root));
    index.siteRoot = root;

    if (form) {
      form.classList.add('is-enhanced');
      var input = form.querySelector('input[type="search"]');
      var parts = searchPanel(form, input);
      var panel = parts.panel;
      var more = parts.more;
      new Searcher(index, input, parts.results, parts.status, {
        limit: 8,
        onClose: function () { panel.hidden = true; },
        onResults: function (result, shown, count) {
          panel.hidden = !result;
          if (result && count > shown) {
            var all = new URL('search/', root);
            all.searchParams.set('q', input.value);
            more.href = all.href;
            more.textContent = 'See all ' + count + ' results';
            more.parentNode.hidden = false;
          } else {
            more.parentNode.hidden = true;
          }
        }
      });
      document.addEventListener('click', function (event) {
        if (!form.contains(event.target)) {
          panel.hidden = true;
        }
      });
      input.addEventListener('focus', function () {
        if (input.value.trim() && panel.querySelector('li')) {
          panel.hidden = false;
        }
      });
    }
    document.addEventListener('keydown', function (event) {
      var t = event.target;
      var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        (page || form.querySelector('input[type="search"]')).focus();
      }
    });

    if (page) {
      var pageForm = page.form;
      var showMore = document.getElementById('search-page-more');
      var filters = document.getElementById('search-page-filters');
      var kindSelect = document.getElementById('search-page-kind');
      var yearSelect = document.getElementById('search-page-year');
      var searcher = new Searcher(index, page, document.getElementById('search-page-results'),
        document.getElementById('search-page-status'), {
          limit: 20,
          onQuery: function (query, kind, year) {
            var url = new URL(window.location.href);
            [['q', query.trim() ? query : ''], ['kind', kind], ['year', year]].forEach(function (p) {
              if (p[1]) {
                url.searchParams.set(p[0], p[1]);
              } else {
                url.searchParams.delete(p[0]);
              }
            });
            window.history.replaceState(null, '', url.href);
          },
          onResults: function (result, shown, count) {
            showMore.hidden = !result || count <= shown;
            filters.hidden = !result;
            if (result) {
              fillFilters(result, kindSelect, yearSelect, searcher);
            }
          }
        });
      pageForm.classList.add('is-enhanced');
      pageForm.addEventListener('submit', function (event) {
        event.preventDefault();
        searcher.run();
      });
      kindSelect.addEventListener('change', function () {
        searcher.kind = kindSelect.value;
        searcher.shown = 20;
        searcher.run();
      });
      yearSelect.addEventListener('change', function () {
        searcher.year = yearSelect.value;
        searcher.shown = 20;
        searcher.run();
      });
      showMore.addEventListener('click', function () {
        searcher.shown += 20;
        searcher.run();
      });
      var params = new URLSearchParams(window.location.search);
      searcher.kind = KIND_NAMES[params.get('kind')] ? params.get('kind') : '';
      searcher.year = /^\d+$/.test(params.get('year') || '') ? params.get('year') : '';
      if (params.get('q')) {
        page.value = params.get('q');
        searcher.run();
      }
    }
  }

  /** The text rules and the index reader, for other scripts and for the tests that hold them to Annals'. */
  window.AnnalsSearch = Object.freeze({ fold: fold, words: words, shardFile: shardFile, hash: hash, Index: Index,
    ranges: ranges, countIn: countIn, page: page });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
})();
