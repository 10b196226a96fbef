/*
 * Annals search. The index is JSON under search/index/, built by Annals: a small meta file, term
 * shards named by word prefix, and document shards. Nothing is fetched until the search box is
 * first used; then a query fetches only the shards its words need. Scores are precomputed (BM25),
 * so the browser only looks words up and adds scores. No inline script: this file is the only code.
 */
(function () {
  'use strict';

  var SPECIAL = { 'đ': 'd', 'ð': 'd', 'ø': 'o', 'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ı': 'i' };
  var SPLIT = /[^\p{L}\p{N}]+/u;
  var WORD = /[\p{L}\p{N}]+/gu;
  var MIN_PREFIX = 3;
  var MAX_PREFIX_SHARDS = 8;
  var MAX_EXPANSIONS = 60;
  var PREFIX_WEIGHT = 0.7;

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

  function Index(base) {
    this.base = base;
    this.files = new Map();
    this.meta = null;
  }

  Index.prototype.fetchJson = function (path) {
    var files = this.files;
    if (!files.has(path)) {
      var url = new URL(path, this.base);
      files.set(path, fetch(url.href).then(function (response) {
        if (!response.ok) {
          throw new Error('search index file ' + path + ': HTTP ' + response.status);
        }
        return response.json();
      }).catch(function (error) {
        files.delete(path);
        throw error;
      }));
    }
    return files.get(path);
  };

  Index.prototype.load = function () {
    var self = this;
    if (!this.loading) {
      this.loading = this.fetchJson('meta.json').then(function (meta) {
        self.meta = meta;
        self.keys = new Set(meta.shards);
        self.stop = new Set(meta.stopWords);
        return meta;
      });
    }
    return this.loading;
  };

  function shardFile(key) {
    var name = '';
    for (var c of key) {
      if (/[a-z0-9]/.test(c)) {
        name += c;
      } else {
        name += '_' + c.codePointAt(0).toString(16).padStart(5, '0');
      }
    }
    return 'terms/' + (name || '_') + '.json';
  }

  /** The shard that holds a word: the one with the longest key that starts the word. */
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

  /** The shards that may hold words starting with a prefix, or null when there are too many. */
  Index.prototype.prefixKeys = function (prefix) {
    var keys = [];
    var exact = this.exactKey(prefix);
    if (exact) {
      keys.push(exact);
    }
    for (var key of this.meta.shards) {
      if (key.length > prefix.length && key.startsWith(prefix)) {
        keys.push(key);
      }
    }
    return keys.length > MAX_PREFIX_SHARDS ? null : keys;
  };

  Index.prototype.shard = function (key) {
    return this.fetchJson(shardFile(key));
  };

  /** Parses a query into its words; the last one is a prefix unless the query ends with a space. */
  Index.prototype.parse = function (query) {
    var found = words(query, this.stop);
    var open = !/\s$/.test(query);
    return found.map(function (w, i) {
      return { word: w, prefix: open && i === found.length - 1 && Array.from(w).length >= MIN_PREFIX };
    });
  };

  /**
   * The stems a term matches, with their weights and postings, and the words to highlight. A prefix
   * completes to at most MAX_EXPANSIONS words: those found in the most documents, then in
   * alphabetical order; how many it had is kept so that the result count can say so.
   */
  Index.prototype.expand = function (term) {
    var self = this;
    var keys = term.prefix ? this.prefixKeys(term.word) : null;
    if (!keys) {
      var key = this.exactKey(term.word);
      keys = key ? [key] : [];
    }
    return Promise.all(keys.map(function (k) { return self.shard(k); })).then(function (shards) {
      var stems = new Map();
      var completions = [];
      shards.forEach(function (shard) {
        Object.keys(shard.words).forEach(function (word) {
          var stem = shard.words[word];
          if (word === term.word) {
            stems.set(stem, { weight: 1, postings: shard.postings[stem] });
          } else if (term.prefix && word.startsWith(term.word)) {
            completions.push({ word: word, stem: stem, postings: shard.postings[stem] });
          }
        });
      });
      completions.sort(function (a, b) {
        return b.postings.length - a.postings.length || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);
      });
      completions.slice(0, MAX_EXPANSIONS).forEach(function (c) {
        if (!stems.has(c.stem)) {
          stems.set(c.stem, { weight: PREFIX_WEIGHT, postings: c.postings });
        }
      });
      var highlight = new Set();
      shards.forEach(function (shard) {
        Object.keys(shard.words).forEach(function (word) {
          if (stems.has(shard.words[word])) {
            highlight.add(word);
          }
        });
      });
      var cut = completions.length > MAX_EXPANSIONS
        ? { prefix: term.word, words: completions.length, searched: MAX_EXPANSIONS } : null;
      return { stems: stems, highlight: highlight, cut: cut };
    });
  };

  /**
   * Runs a query: every word must match (the last one as a prefix); when no document has them all,
   * documents with any of them are ranked instead.
   */
  Index.prototype.search = function (query) {
    var self = this;
    return this.load().then(function () {
      var terms = self.parse(query);
      if (!terms.length) {
        return { terms: [], hits: [], highlight: [], all: true };
      }
      return Promise.all(terms.map(function (t) { return self.expand(t); })).then(function (expanded) {
        var perTerm = expanded.map(function (e) {
          var scores = new Map();
          e.stems.forEach(function (entry) {
            var p = entry.postings;
            for (var i = 0; i < p.length; i += 2) {
              var score = p[i + 1] * entry.weight;
              if (!(scores.get(p[i]) >= score)) {
                scores.set(p[i], score);
              }
            }
          });
          return scores;
        });
        var highlight = new Set();
        expanded.forEach(function (e) { e.highlight.forEach(function (w) { highlight.add(w); }); });
        var total = new Map();
        var count = new Map();
        perTerm.forEach(function (scores) {
          scores.forEach(function (score, id) {
            total.set(id, (total.get(id) || 0) + score);
            count.set(id, (count.get(id) || 0) + 1);
          });
        });
        var all = [];
        total.forEach(function (score, id) {
          if (count.get(id) === terms.length) {
            all.push({ id: id, score: score });
          }
        });
        var every = all.length > 0 || terms.length === 1;
        var hits = every ? all : Array.from(total, function (e) { return { id: e[0], score: e[1] }; });
        hits.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
        var cut = expanded.map(function (e) { return e.cut; }).filter(Boolean)[0] || null;
        return { terms: terms, hits: hits, highlight: Array.from(highlight), all: every, cut: cut };
      });
    });
  };

  Index.prototype.documents = function (ids) {
    var self = this;
    var size = this.meta.docShardSize;
    return Promise.all(ids.map(function (id) {
      return self.fetchJson('docs/' + Math.floor(id / size) + '.json').then(function (shard) {
        var d = shard[id % size];
        return { id: id, kind: d[0], url: d[1], title: d[2], crumbs: d[3], text: d[4] };
      });
    }));
  };

  /** Appends text to an element with the words in {@code highlight} wrapped in <mark>. */
  function appendMarked(parent, text, highlight) {
    var last = 0;
    text.replace(WORD, function (word, offset) {
      if (highlight.has(fold(word))) {
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

  /** A window of the text around its first highlighted word. */
  function snippet(text, highlight) {
    var first = -1;
    text.replace(WORD, function (word, offset) {
      if (first < 0 && highlight.has(fold(word))) {
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

  function resultUrl(index, doc, highlight) {
    var url = new URL(doc.url, index.siteRoot);
    if (highlight.length) {
      url.searchParams.set('hl', highlight.join(' '));
    }
    return url.href;
  }

  function renderResults(index, list, docs, result) {
    var highlight = new Set(result.highlight);
    var marked = result.highlight.filter(function (w) {
      return docs.some(function (d) { return fold(d.text + ' ' + d.title).indexOf(w) >= 0; });
    });
    list.textContent = '';
    docs.forEach(function (doc) {
      var item = document.createElement('li');
      item.className = 'search-result search-result-' + doc.kind;
      var link = document.createElement('a');
      link.href = resultUrl(index, doc, marked);
      var title = document.createElement('span');
      title.className = 'result-title';
      appendMarked(title, doc.title, highlight);
      var crumbs = document.createElement('span');
      crumbs.className = 'result-crumbs';
      // A paragraph's crumbs end with its section, which is already the result's title.
      var tail = ' › ' + doc.title;
      crumbs.textContent = doc.crumbs.endsWith(tail) ? doc.crumbs.slice(0, -tail.length) : doc.crumbs;
      var text = document.createElement('span');
      text.className = 'result-snippet';
      appendMarked(text, snippet(doc.text, highlight), highlight);
      link.appendChild(title);
      link.appendChild(crumbs);
      link.appendChild(text);
      item.appendChild(link);
      list.appendChild(item);
    });
  }

  function countText(result, query) {
    var n = result.hits.length;
    var quoted = '“' + query.trim() + '”';
    if (!n) {
      return 'No results for ' + quoted + '. Check the spelling, or try fewer or shorter words.';
    }
    var text = n + (n === 1 ? ' result' : ' results') + ' for ' + quoted;
    if (!result.all) {
      text += ' (no page has every word; showing pages with any of them)';
    }
    if (result.cut) {
      text += '. “' + result.cut.prefix + '” begins ' + result.cut.words + ' words; the ' + result.cut.searched
        + ' found in the most pages were searched: type more letters to narrow it';
    }
    return text;
  }

  /**
   * Connects a search box to a results list. {@code limit} results are shown; the page mode shows
   * more on request and keeps the query in the address.
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
      this.options.onQuery(query);
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
      var top = result.hits.slice(0, self.shown).map(function (h) { return h.id; });
      return self.index.documents(top).then(function (docs) {
        if (serial !== self.serial) {
          return;
        }
        renderResults(self.index, self.list, docs, result);
        self.status.textContent = countText(result, query);
        if (self.options.onResults) {
          self.options.onResults(result, docs.length);
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
    var words = (params.get('hl') || '').split(/\s+/).filter(Boolean).map(fold);
    if (!words.length) {
      return;
    }
    var wanted = new Set(words);
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

  function setUp() {
    var form = document.querySelector('form.site-search');
    highlightArrival();
    if (!form) {
      return;
    }
    var root = new URL(form.getAttribute('data-root') || './', document.baseURI);
    var indexHref = form.getAttribute('data-index');
    var index = new Index(indexHref ? new URL(indexHref, document.baseURI) : new URL('search/index/', root));
    index.siteRoot = root;
    form.classList.add('is-enhanced');

    var input = form.querySelector('input[type="search"]');
    var panel = form.querySelector('.search-panel');
    var more = panel.querySelector('.search-more');
    var header = new Searcher(index, input, panel.querySelector('.search-results'),
      form.querySelector('.search-status'), {
        limit: 8,
        onClose: function () { panel.hidden = true; },
        onResults: function (result) {
          panel.hidden = !result;
          if (result && result.hits.length > 8) {
            var all = new URL('search/', root);
            all.searchParams.set('q', input.value);
            more.href = all.href;
            more.textContent = 'See all ' + result.hits.length + ' results';
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
    var page = document.getElementById('search-page-input');
    document.addEventListener('keydown', function (event) {
      var t = event.target;
      var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        (page || input).focus();
      }
    });

    if (page) {
      var pageForm = page.form;
      var showMore = document.getElementById('search-page-more');
      var searcher = new Searcher(index, page, document.getElementById('search-page-results'),
        document.getElementById('search-page-status'), {
          limit: 20,
          onQuery: function (query) {
            var url = new URL(window.location.href);
            if (query.trim()) {
              url.searchParams.set('q', query);
            } else {
              url.searchParams.delete('q');
            }
            window.history.replaceState(null, '', url.href);
          },
          onResults: function (result, shown) {
            showMore.hidden = !result || result.hits.length <= shown;
          }
        });
      pageForm.classList.add('is-enhanced');
      pageForm.addEventListener('submit', function (event) {
        event.preventDefault();
        searcher.run();
      });
      showMore.addEventListener('click', function () {
        searcher.shown += 20;
        searcher.run();
      });
      var q = new URLSearchParams(window.location.search).get('q');
      if (q) {
        page.value = q;
        searcher.run();
      }
    }
  }

  /** The text rules and the index reader, for other scripts and for the tests that hold them to Annals'. */
  window.AnnalsSearch = Object.freeze({ fold: fold, words: words, shardFile: shardFile, Index: Index });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
})();
