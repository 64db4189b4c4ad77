/*
 * creditsite search: client-side search over the static, sharded index written by
 * generator/index.py (read its module docstring for the file format). Plain ES2017, no
 * dependencies, no build step.
 *
 * Browser: forms <form class="cs-search"> with an <input name="q"> submit to the search page;
 * on the search page (which has <div id="cs-search-results" data-root="../">) the query from
 * ?q= is run, results are rendered there, and typing searches live. The site root prefix comes
 * from data-root or window.CS_ROOT; the index lives at ROOT + "search/".
 * Node: require() returns the core (normalise, bigrams, termHash, planQuery, Searcher, ...).
 */
(function (global) {
  'use strict';

  var DEFAULT_LIMIT = 20;
  var DEBOUNCE_MS = 250;

  // Code-point ranges removed by normalise(); identical to STRIP_RANGES in generator/index.py.
  var STRIP_RANGES = [
    [0x0000, 0x002f], [0x003a, 0x0040], [0x005b, 0x0060], [0x007b, 0x00bf],
    [0x00d7, 0x00d7], [0x00f7, 0x00f7], [0x1680, 0x1680], [0x2000, 0x206f],
    [0x20a0, 0x20cf], [0x2190, 0x2bff], [0x2e00, 0x2e7f], [0x3000, 0x3004],
    [0x3008, 0x3020], [0x3030, 0x3030], [0x303d, 0x303f], [0x30fb, 0x30fb],
    [0xfe00, 0xfe1f], [0xfe30, 0xfe6f], [0xfeff, 0xfeff], [0xfff0, 0xffff],
    [0x1f000, 0x1faff]
  ];

  function hex4(code) {
    return '\\u' + ('000' + code.toString(16)).slice(-4);
  }

  // A non-"u" RegExp (ES2017-safe): BMP ranges in one class, astral ones as surrogate pairs.
  function buildStripRe(ranges) {
    var bmp = '';
    var astral = [];
    ranges.forEach(function (r) {
      if (r[1] <= 0xffff) {
        bmp += hex4(r[0]) + '-' + hex4(r[1]);
        return;
      }
      var firstHigh = 0xd800 + ((r[0] - 0x10000) >> 10);
      var lastHigh = 0xd800 + ((r[1] - 0x10000) >> 10);
      for (var hs = firstHigh; hs <= lastHigh; hs++) {
        var lo = hs === firstHigh ? 0xdc00 + ((r[0] - 0x10000) & 0x3ff) : 0xdc00;
        var hi = hs === lastHigh ? 0xdc00 + ((r[1] - 0x10000) & 0x3ff) : 0xdfff;
        astral.push(hex4(hs) + '[' + hex4(lo) + '-' + hex4(hi) + ']');
      }
    });
    return new RegExp('[' + bmp + ']' + (astral.length ? '|' + astral.join('|') : ''), 'g');
  }

  var STRIP_RE = buildStripRe(STRIP_RANGES);
  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DECODE = [];
  for (var a = 0; a < ALPHABET.length; a++) DECODE[ALPHABET.charCodeAt(a)] = a;

  /** Search form of a string: NFKC, lowercase, without spaces/punctuation/symbols. */
  function normalise(text) {
    return String(text == null ? '' : text).normalize('NFKC').toLowerCase().replace(STRIP_RE, '');
  }

  /** Overlapping character bigrams (by code point) of a normalised string. */
  function bigrams(text) {
    var cs = Array.from(text);
    var out = [];
    for (var i = 0; i + 1 < cs.length; i++) out.push(cs[i] + cs[i + 1]);
    return out;
  }

  var CRC_TABLE = [];
  for (var n = 0; n < 256; n++) {
    var c = n;
    for (var b = 0; b < 8; b++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    CRC_TABLE.push(c >>> 0);
  }

  /** CRC-32 (zlib/IEEE) of the UTF-8 bytes of text, like term_hash in generator/index.py. */
  function termHash(text) {
    var crc = 0xffffffff;
    function mix(byte) {
      crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    }
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
        var d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      // UTF-8; a lone surrogate is encoded as 3 bytes, like Python's "surrogatepass".
      if (c < 0x80) {
        mix(c);
      } else if (c < 0x800) {
        mix(0xc0 | (c >> 6));
        mix(0x80 | (c & 63));
      } else if (c < 0x10000) {
        mix(0xe0 | (c >> 12));
        mix(0x80 | ((c >> 6) & 63));
        mix(0x80 | (c & 63));
      } else {
        mix(0xf0 | (c >> 18));
        mix(0x80 | ((c >> 12) & 63));
        mix(0x80 | ((c >> 6) & 63));
        mix(0x80 | (c & 63));
      }
    }
    return (crc ^ 0xffffffff) >>> 0;
  }

  /** Name-index shard holding a term. */
  function shardOf(term, shardCount) {
    return termHash(term) % shardCount;
  }

  /** Decode delta varints (see encode_postings in generator/index.py) into doc ids. */
  function decodePostings(data) {
    var out = [];
    var prev = -1;
    var value = 0;
    for (var i = 0; i < data.length; i++) {
      var digit = DECODE[data.charCodeAt(i)];
      if (digit >= 32) {
        value = value * 32 + digit - 32;
      } else {
        prev += value * 32 + digit + 1;
        out.push(prev);
        value = 0;
      }
    }
    return out;
  }

  function isAsciiId(q) {
    return /^[0-9a-z]+$/.test(q);
  }

  /**
   * Decide which lookups a query needs (mirrors plan_query in generator/index.py). `common`
   * (the frequent terms from common.json, an array or Set) lets a long query look up only its
   * rare bigrams; without it the bigrams are spread over the query.
   */
  function planQuery(query, meta, common) {
    var q = normalise(query);
    var cs = Array.from(q);
    var chars = cs.length;
    var digits = (q.match(/[0-9]/g) || []).length;
    var asciiId = isAsciiId(q);
    var plan = {
      q: q,
      fwd: chars >= meta.minKeyPrefix && digits > 0,
      rev: asciiId && chars >= meta.minSuffix,
      name: chars > 0 && !(asciiId && chars >= 8 && digits >= 4),
      ident: asciiId && digits > 0,
      verify: chars > 2,
      whole: '',
      prefix: [],
      substring: []
    };
    if (!plan.name) return plan;
    if (chars <= 2) {
      plan.prefix = ['^' + q];
      plan.substring = [q];
      return plan;
    }
    plan.whole = '=' + q;
    var commonSet = common == null ? null : common instanceof Set ? common : new Set(common);
    var maxTerms = Math.max(2, meta.maxTerms | 0);
    var last = chars - 2;
    var bigram = function (pos) {
      return cs[pos] + cs[pos + 1];
    };
    var rare = [];
    var pos;
    if (commonSet) {
      for (pos = 0; pos <= last; pos++) if (!commonSet.has(bigram(pos))) rare.push(pos);
    }
    var picks;
    if (rare.length) {
      // Frequent terms would only be skipped by the search: do not fetch them.
      picks = rare;
    } else {
      picks = [];
      for (pos = 0; pos <= last; pos += 2) picks.push(pos);
      if (picks[picks.length - 1] !== last) picks.push(last);
      // Room left: add the bigrams across the covering ones.
      for (pos = 1; pos < last && picks.length < maxTerms; pos += 2) picks.push(pos);
      picks.sort(function (x, y) {
        return x - y;
      });
    }
    if (picks.length > maxTerms) {
      var even = [];
      for (var i = 0; i < maxTerms; i++) even.push(picks[Math.floor((i * (picks.length - 1)) / (maxTerms - 1))]);
      picks = even;
    }
    var terms = [];
    picks.forEach(function (p) {
      var t = bigram(p);
      if (terms.indexOf(t) < 0) terms.push(t);
    });
    var head = cs[0] + cs[1];
    plan.substring = terms;
    if (rare.length && commonSet.has('^' + head)) {
      plan.prefix = terms.slice(); // then the first bigram is frequent too, so not in terms
    } else {
      plan.prefix = ['^' + head].concat(terms.filter(function (t) {
        return t !== head;
      }));
    }
    return plan;
  }

  function lowerBound(items, key) {
    var lo = 0;
    var hi = items.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (items[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // Index of the last number <= value in an ascending array (-1 if none).
  function lastAtMost(items, value) {
    var lo = 0;
    var hi = items.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (items[mid] <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  function intersect(lists) {
    lists = lists.slice().sort(function (x, y) {
      return x.length - y.length;
    });
    var result = lists[0];
    for (var i = 1; i < lists.length; i++) {
      var members = new Set(lists[i]);
      result = result.filter(function (d) {
        return members.has(d);
      });
    }
    return result;
  }

  function has(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
  }

  function termPath(term, meta) {
    return 'terms/' + shardOf(term, meta.nameShards) + '.json';
  }

  function docPath(id, meta) {
    return 'docs/' + Math.floor(id / meta.docBlock) + '.json';
  }

  // Entries of key table "f" or "r" starting with p: first `limit` doc ids, their keys, and the count.
  async function keyRange(load, meta, table, p, limit) {
    var directory = await load('keys/' + table + '.json');
    var seps = directory.s;
    if (!directory.n) return { ids: [], keys: [], count: 0 };
    var size = meta.keyBlock;
    var lb = lowerBound(seps, p);
    var first = Math.max(0, lb - 1);
    var j = lb;
    while (j < seps.length && seps[j].startsWith(p)) j++;
    var last = j - 1;
    var blockPath = function (b) {
      return 'keys/' + table + '/' + b + '.json';
    };
    var blk = await load(blockPath(first));
    var keys = blk[0];
    var ids = blk[1];
    var i = lowerBound(keys, p);
    var start = first * size + i;
    var outIds = [];
    var outKeys = [];
    var b = first;
    while (outIds.length < limit) {
      if (i >= keys.length) {
        b++;
        if (b > last) break;
        blk = await load(blockPath(b));
        keys = blk[0];
        ids = blk[1];
        i = 0;
      }
      if (!keys[i].startsWith(p)) break;
      outIds.push(ids[i]);
      outKeys.push(keys[i]);
      i++;
    }
    keys = (await load(blockPath(last)))[0];
    var e = lowerBound(keys, p);
    while (e < keys.length && keys[e].startsWith(p)) e++;
    return { ids: outIds, keys: outKeys, count: last * size + e - start };
  }

  // What one query may read beyond its fixed files: big/ pages and doc blocks for verification.
  // Both grow with the number of results asked for, so "show more" (a larger limit) goes on.
  function Budget(limit) {
    this.maxPages = 6 * Math.floor((limit + 19) / 20);
    this.maxBlocks = limit + 12;
    this.pages = new Set();
    this.blocks = new Set();
  }

  Budget.prototype.takeBlock = function (block) {
    if (this.blocks.has(block)) return true;
    if (this.blocks.size >= this.maxBlocks) return false;
    this.blocks.add(block);
    return true;
  };

  Budget.prototype.takePages = function (paths) {
    var pages = this.pages;
    var fresh = paths.filter(function (p) {
      return !pages.has(p);
    });
    if (pages.size + fresh.length > this.maxPages) return false;
    fresh.forEach(function (p) {
      pages.add(p);
    });
    return true;
  };

  // One name pass (prefix or substring): matches not in `exclude`, in rank (= doc id) order.
  async function namePass(load, meta, plan, terms, check, need, exclude, budget) {
    var entries = [];
    for (var t = 0; t < terms.length; t++) {
      var shard = await load(termPath(terms[t], meta));
      if (!has(shard, terms[t])) return { ids: [], count: 0, exact: true, cut: false };
      entries.push(shard[terms[t]]);
    }
    var found = [];
    var falseHits = 0;
    var verify = plan.verify;
    var block = meta.docBlock;

    // Take candidates in order (checking titles if needed); true when all were decided.
    async function process(cands) {
      var i = 0;
      for (;;) {
        var batch = [];
        while (i < cands.length) {
          var d = cands[i];
          if (exclude.has(d)) {
            i++;
            continue;
          }
          if (found.length + batch.length >= need || (verify && !budget.takeBlock(Math.floor(d / block)))) break;
          batch.push(d);
          i++;
        }
        if (!batch.length) break;
        if (!verify) {
          Array.prototype.push.apply(found, batch);
          continue;
        }
        var rows = await Promise.all(batch.map(function (id) {
          return load(docPath(id, meta));
        }));
        for (var k = 0; k < batch.length; k++) {
          if (check(normalise(rows[k][batch[k] % block][0]))) {
            if (found.length < need) found.push(batch[k]);
          } else {
            falseHits++;
          }
        }
      }
      return i >= cands.length;
    }

    var small = entries.filter(function (e) {
      return typeof e === 'string';
    }).map(decodePostings);
    if (small.length) {
      // Frequent terms are left out here: the title check removes what they would.
      var cands = intersect(small);
      var done = await process(cands);
      return {
        ids: found,
        count: cands.length - falseHits,
        exact: done || !verify,
        cut: found.length < need && !done
      };
    }
    var big = entries.map(function (e) {
      return { count: e[0], firstPage: e[1], starts: decodePostings(e[2]) };
    });
    var pagePath = function (id) {
      return 'big/' + id + '.json';
    };
    var nDocs = meta.docs;
    if (!verify) {
      // One exact term (1-2 character query): its count is the answer.
      var cut = false;
      for (var k = 0; k < big[0].starts.length; k++) {
        if (found.length >= need) break;
        var path = pagePath(big[0].firstPage + k);
        if (!budget.takePages([path])) {
          cut = true;
          break;
        }
        await process(decodePostings(await load(path)));
      }
      return { ids: found, count: big[0].count, exact: true, cut: cut };
    }
    // Only frequent terms: walk their pages window by window in doc-id (= rank) order.
    var w = Math.max.apply(null, big.map(function (x) {
      return x.starts[0];
    }));
    var seen = 0;
    var complete = true;
    while (w < nDocs && found.length < need) {
      var end = nDocs;
      var paths = big.map(function (x) {
        var kk = lastAtMost(x.starts, w);
        if (kk + 1 < x.starts.length) end = Math.min(end, x.starts[kk + 1]);
        return pagePath(x.firstPage + kk);
      });
      if (!budget.takePages(paths)) {
        complete = false;
        break;
      }
      var pages = await Promise.all(paths.map(load));
      var lo = w;
      var hi = end;
      var windowCands = intersect(pages.map(function (page) {
        return decodePostings(page).filter(function (d) {
          return d >= lo && d < hi;
        });
      }));
      seen += windowCands.length;
      complete = await process(windowCands);
      w = end;
      if (!complete) break;
    }
    if (w >= nDocs && complete) return { ids: found, count: seen - falseHits, exact: true, cut: false };
    var minCount = Math.min.apply(null, big.map(function (x) {
      return x.count;
    }));
    return {
      ids: found,
      count: Math.max(minCount - falseHits, found.length),
      exact: false,
      cut: found.length < need
    };
  }

  function repeat(value, n) {
    var out = [];
    for (var i = 0; i < n; i++) out.push(value);
    return out;
  }

  // Name matches: exact title, then name prefix, then substring, each in rank order.
  async function nameSearch(load, meta, query, limit, budget) {
    var plan = planQuery(query, meta);
    if (plan.verify) plan = planQuery(query, meta, await load('common.json'));
    var q = plan.q;
    var all = [plan.whole].concat(plan.prefix, plan.substring).filter(Boolean);
    await Promise.all(all.map(function (t) {
      return load(termPath(t, meta));
    }));
    var whole = [];
    if (plan.whole) {
      var shard = await load(termPath(plan.whole, meta));
      if (has(shard, plan.whole)) whole = decodePostings(shard[plan.whole]).slice(0, limit);
    }
    var pre = await namePass(load, meta, plan, plan.prefix, function (t) {
      return t.startsWith(q);
    }, limit - whole.length, new Set(whole), budget);
    var ids = whole.concat(pre.ids);
    if (pre.cut) {
      // More prefix matches may exist: substring matches cannot be placed yet.
      return { ids: ids, labels: repeat('prefix', ids.length), count: Math.max(pre.count, ids.length), exact: false, cut: true };
    }
    var sub = await namePass(load, meta, plan, plan.substring, function (t) {
      return t.indexOf(q) >= 0;
    }, limit - ids.length, new Set(ids), budget);
    return {
      ids: ids.concat(sub.ids),
      labels: repeat('prefix', ids.length).concat(repeat('name', sub.ids.length)),
      count: Math.max(sub.count, ids.length + sub.ids.length),
      exact: sub.exact,
      cut: sub.cut
    };
  }

  /**
   * Search over the index at `base` (a URL prefix ending in "/", e.g. "../search/").
   * fetchImpl(url) must return a Promise of a Response-like object ({ok, status, json()});
   * it defaults to the global fetch. Files are cached for the lifetime of the Searcher.
   */
  function Searcher(base, fetchImpl) {
    this.base = base;
    // no-store: the index as the site is now, never a copy the browser kept from before a rebuild (a
    // plain server sends no cache headers, and a browser may reuse its files for hours: a record
    // withdrawn by the rebuild would still be counted). check.js fetches its index the same way.
    this.fetchImpl = fetchImpl || function (url) {
      return global.fetch(url, { cache: 'no-store' });
    };
    this.cache = {};
  }

  Searcher.prototype.get = function (path) {
    var cache = this.cache;
    if (!has(cache, path)) {
      cache[path] = Promise.resolve(this.fetchImpl(this.base + path)).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status + ' for ' + path);
        return r.json();
      });
      cache[path].catch(function () {
        delete cache[path]; // let a later query retry
      });
    }
    return cache[path];
  };

  /**
   * Run a query; resolves to {query, q, results, total, exact, more, fetched} where results are
   * {url, title, code, summary, match} in rank order (same as search_local in Python).
   */
  Searcher.prototype.search = async function (query, limit) {
    limit = limit || DEFAULT_LIMIT;
    var self = this;
    var used = {};
    var load = function (path) {
      used[path] = true;
      return self.get(path);
    };
    var meta = await load('meta.json');
    var plan = planQuery(query, meta);
    var q = plan.q;
    var budget = new Budget(limit);
    var cats = [];
    var exactHit = false;
    var fwdP = plan.fwd ? keyRange(load, meta, 'f', q, limit) : null;
    var revP = plan.rev ? keyRange(load, meta, 'r', Array.from(q).reverse().join(''), limit) : null;
    if (fwdP) {
      var fwd = await fwdP;
      var labels = fwd.keys.map(function (k) {
        return k === q ? 'key' : 'keyprefix';
      });
      exactHit = labels.indexOf('key') >= 0;
      // An entity may hold several matching keys: the count is exact only when all were loaded.
      cats.push({ ids: fwd.ids, labels: labels, count: fwd.count, exact: fwd.count === fwd.ids.length, cut: false });
    }
    if (revP) {
      var rev = await revP;
      cats.push({
        ids: rev.ids,
        labels: repeat('suffix', rev.ids.length),
        count: rev.count,
        exact: rev.count === rev.ids.length,
        cut: false
      });
    }
    var keyHits = cats.some(function (c) {
      return c.count > 0;
    });
    if (plan.name && !exactHit && !(plan.ident && keyHits)) cats.unshift(await nameSearch(load, meta, query, limit, budget));
    var order = [];
    var seen = new Set();
    var rest = 0;
    var exact = cats.every(function (c) {
      return c.exact;
    });
    var cut = false;
    cats.forEach(function (cat) {
      var shown = 0;
      if (!cut) {
        cat.ids.forEach(function (d, i) {
          shown++;
          if (!seen.has(d)) {
            seen.add(d);
            order.push([d, cat.labels[i]]);
          }
        });
      }
      rest += cat.count - shown;
      cut = cut || cat.cut; // lower-ranked lists cannot be placed after an unfinished one
    });
    if (rest && (cut || cats.filter(function (c) {
      return c.count;
    }).length > 1)) {
      exact = false; // unloaded matches of one list may repeat matches of another
    }
    var total = seen.size + rest;
    var shown = order.slice(0, limit);
    var rows = await Promise.all(shown.map(function (pair) {
      return load(docPath(pair[0], meta));
    }));
    var results = shown.map(function (pair, i) {
      var row = rows[i][pair[0] % meta.docBlock];
      return {
        url: row.length > 3 ? row[3] : meta.urlPattern.replace('{code}', row[1]),
        title: row[0],
        code: row[1],
        summary: row[2],
        match: pair[1]
      };
    });
    return {
      query: query,
      q: q,
      results: results,
      total: total,
      exact: exact,
      more: cut || total > results.length,
      fetched: Object.keys(used).sort()
    };
  };

  var SERIAL_MARK = '#';
  var NUMBER_WORDS = '号第年';
  var FORGIVE_CANDIDATES = 24;
  var FORGIVE_TERMS = 8;

  function subsequence(needle, hay) {
    var h = Array.from(hay);
    var j = 0;
    return Array.from(needle).every(function (c) {
      while (j < h.length && h[j] !== c) j++;
      if (j >= h.length) return false;
      j++;
      return true;
    });
  }

  /**
   * What the search page offers when a query finds nothing (mirrors forgive_local in
   * generator/index.py): traditional characters read as simplified (how "t2s"), a decision number
   * by its serial number (how "number"), or the names sharing most characters (how "similar").
   */
  Searcher.prototype.forgive = async function (query, limit) {
    limit = limit || 5;
    var self = this;
    var used = {};
    var load = function (path) {
      used[path] = true;
      return self.get(path);
    };
    var meta = await load('meta.json');
    var q = normalise(query);
    var out = { query: query, q: q, how: '', as: '', results: [] };
    function done(how, results, as) {
      out.how = how;
      out.as = as || '';
      out.results = results.slice(0, limit);
      out.fetched = Object.keys(used).sort();
      return out;
    }
    if (!q) return done('', []);
    var t2s = await load('t2s.json');
    var toSimple = function (text) {
      return Array.from(text).map(function (c) {
        return has(t2s, c) ? t2s[c] : c;
      }).join('');
    };
    var simple = toSimple(q);
    var raw = toSimple(String(query).normalize('NFKC'));
    if (simple !== q) {
      var found = await this.search(simple, limit);
      found.fetched.forEach(function (f) {
        used[f] = true;
      });
      if (found.results.length) return done('t2s', found.results, simple);
      q = simple;
    }
    var block = meta.docBlock;
    async function rowOf(d, match) {
      var row = (await load(docPath(d, meta)))[d % block];
      var url = row.length > 3 ? row[3] : meta.urlPattern.replace('{code}', row[1]);
      return { url: url, title: row[0], code: row[1], summary: row[2], match: match };
    }
    var serial = /(?<!\d)(\d{1,10})(?![0-9A-Za-z])\D*$/.exec(raw);  // index.py's _SERIAL_RE
    if (serial && !isAsciiId(q)) {
      var prefix = SERIAL_MARK + (serial[1].replace(/^0+/, '') || '0') + '|';
      var words = Array.from(normalise(raw.slice(0, serial.index))).filter(function (c) {
        return NUMBER_WORDS.indexOf(c) < 0;
      }).join('');
      var range = await keyRange(load, meta, 'f', prefix, 4 * limit);
      var hits = [];
      range.ids.forEach(function (d, i) {
        if (subsequence(words, range.keys[i].slice(prefix.length)) && hits.indexOf(d) < 0) hits.push(d);
      });
      if (hits.length) {
        return done('number', await Promise.all(hits.slice(0, limit).map(function (d) {
          return rowOf(d, 'number');
        })));
      }
    }
    var chars = Array.from(new Set(Array.from(q)));
    var pairs = Array.from(new Set(bigrams(q)));
    var common = new Set(await load('common.json'));
    // Bigrams first (they pick out a name), then characters; frequent terms are never fetched.
    var terms = pairs.concat(chars).filter(function (t) {
      return !common.has(t);
    }).slice(0, FORGIVE_TERMS);
    var shards = await Promise.all(terms.map(function (t) {
      return load(termPath(t, meta));
    }));
    var scores = new Map();
    terms.forEach(function (t, i) {
      var entry = has(shards[i], t) ? shards[i][t] : null;
      if (typeof entry !== 'string') return;
      var weight = Array.from(t).length;
      decodePostings(entry).forEach(function (d) {
        scores.set(d, (scores.get(d) || 0) + weight);
      });
    });
    var candidates = Array.from(scores.keys()).sort(function (x, y) {
      return scores.get(y) - scores.get(x) || x - y;
    }).slice(0, FORGIVE_CANDIDATES);
    var wanted = new Set(chars);
    var need = Math.max(2, Math.ceil(wanted.size / 2));
    var blocks = await Promise.all(candidates.map(function (d) {
      return load(docPath(d, meta));
    }));
    var ranked = [];
    candidates.forEach(function (d, i) {
      var title = normalise(blocks[i][d % block][0]);
      var inTitle = new Set(Array.from(title));
      var shared = chars.filter(function (c) {
        return inTitle.has(c);
      }).length;
      if (shared >= need) {
        var score = shared + pairs.filter(function (p) {
          return title.indexOf(p) >= 0;
        }).length;
        ranked.push([score, d]);
      }
    });
    ranked.sort(function (x, y) {
      return y[0] - x[0] || x[1] - y[1];
    });
    var rows = await Promise.all(ranked.slice(0, limit).map(function (r) {
      return rowOf(r[1], 'similar');
    }));
    return done(rows.length ? 'similar' : '', rows);
  };

  // ------------------------------------------------------------------------------------ UI

  function rootPrefix(container) {
    var root = container ? container.getAttribute('data-root') : null;
    if (root == null && typeof global.CS_ROOT === 'string') root = global.CS_ROOT;
    return root || '';
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function safeHref(root, url) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:/i.test(url)) return null;
    return /^(https?:|\/)/i.test(url) ? url : root + url;
  }

  // Today in China: UTC+8, no daylight saving time since 1991 (as stale.js).
  function chinaToday() {
    return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  }

  // The build's as-of and due dates (assets/due.js, which stale.js loads on every page): read here too,
  // so that the first search does not race stale.js.
  var dueInfo = null;

  function loadDue(root) {
    if (global.CS_DUE) {
      dueInfo = global.CS_DUE;
      return Promise.resolve();
    }
    return global.fetch(root + 'assets/due.js', { cache: 'no-store' }).then(function (r) {
      return r.ok ? r.text() : '';
    }).then(function (text) {
      dueInfo = text ? JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) : {};
    }).catch(function () {
      dueInfo = {};
    });
  }

  // On or after the due date the site was not rebuilt in time: a summary ("2 条行政处罚") may count a
  // record past its stop date, which the pages already hide (stale.js). Summaries are then not shown.
  function overdue() {
    var info = dueInfo || global.CS_DUE || {};
    return info.due && chinaToday() >= info.due ? info : null;
  }

  // Show a result (or the reason there is none); focusIndex moves focus to that result's link.
  function resultList(res, root) {
    var late = overdue();
    var list = el('ol', 'cs-search-list');
    res.results.forEach(function (r) {
      var item = el('li', 'cs-search-item');
      var href = safeHref(root, r.url);
      var title = el(href ? 'a' : 'span', 'cs-search-title', r.title);
      if (href) title.setAttribute('href', href);
      item.appendChild(title);
      if (r.code) item.appendChild(el('span', 'cs-search-code', r.code));
      if (r.summary && !late) item.appendChild(el('p', 'cs-search-summary', r.summary));
      list.appendChild(item);
    });
    return list;
  }

  // Never a dead end: what forgive() found, then tips and the national systems.
  function renderForgiven(container, forgiven, root) {
    if (forgiven && forgiven.results.length) {
      container.appendChild(el('p', 'cs-search-suggest', forgiven.how === 't2s'
        ? '按简体字“' + forgiven.as + '”找到：'
        : forgiven.how === 'number' ? '您是不是要找这些文书号的主体：' : '您是不是要找：'));
      container.appendChild(resultList(forgiven, root));
    }
    var tips = el('ul', 'cs-search-tips');
    ['检查是否有错别字，或只输入名称中最有特点的几个字（如“丹霞商贸”）。',
      '输入完整的统一社会信用代码，或其最后 6 位。',
      '文书号可以只输入一部分，如“监罚33号”。'].forEach(function (t) {
      tips.appendChild(el('li', null, t));
    });
    var national = el('li', null, '本站只公示本地区的信息；全国范围可查询 ');
    [['信用中国', 'https://www.creditchina.gov.cn/'], ['国家企业信用信息公示系统', 'https://www.gsxt.gov.cn/']]
      .forEach(function (link, i) {
        var a = el('a', null, link[0]);
        a.setAttribute('href', link[1]);
        if (i) national.appendChild(document.createTextNode('、'));
        national.appendChild(a);
      });
    national.appendChild(document.createTextNode('。'));
    tips.appendChild(national);
    container.appendChild(tips);
  }

  function render(container, res, root, onMore, focusIndex, forgiven) {
    while (container.firstChild) container.removeChild(container.firstChild);
    var status = el('p', 'cs-search-count');
    container.appendChild(status);
    if (!res.q) {
      status.textContent = '请输入主体名称、统一社会信用代码或行政处罚决定书文号。';
      return;
    }
    var shown = '“' + String(res.query).trim() + '”';
    var late = overdue();
    if (late) {
      // A decision number may be one of a record past its stop date: on an overdue site an entity is
      // found by its name or its code only (a code's own key or prefix still finds it).
      var byCode = function (r) {
        return !/^(key|keyprefix|number)$/.test(r.match) || normalise(r.code || '').indexOf(res.q) === 0;
      };
      var kept = res.results.filter(byCode);
      if (kept.length < res.results.length) res = Object.assign({}, res, { results: kept, total: kept.length, exact: true });
      if (forgiven && forgiven.how === 'number') forgiven = null;
      container.appendChild(el('p', 'cs-search-stale', '本站信息截至 ' + late.as_of + '，应于 ' + late.due +
        ' 重新发布，目前尚未更新：结果只列主体，不显示处罚等条数，也暂不按文书号查找，请以主体页面为准。'));
    }
    if (!res.results.length) {
      status.textContent = res.more ? '暂未找到与' + shown + '相关的主体，可以继续查找。' : '没有找到与' + shown + '相关的主体';
      if (res.more) container.appendChild(moreButton('继续查找', onMore));
      else renderForgiven(container, forgiven, root);
      return;
    }
    status.textContent = (res.exact ? '找到 ' : '找到约 ') + Number(res.total).toLocaleString('zh-CN') + ' 个结果';
    var list = resultList(res, root);
    container.appendChild(list);
    if (res.more) container.appendChild(moreButton('显示更多', onMore));
    var target = focusIndex != null ? list.querySelectorAll('.cs-search-title')[focusIndex] : null;
    if (target && target.focus) target.focus();
  }

  function moreButton(label, onMore) {
    var more = el('button', 'cs-search-more', label);
    more.type = 'button';
    more.addEventListener('click', onMore);
    return more;
  }

  function setUrl(query, push) {
    if (!global.history || !global.history.replaceState) return;
    var url = global.location.pathname + (query ? '?q=' + encodeURIComponent(query) : '') + global.location.hash;
    try {
      if (push) global.history.pushState(null, '', url);
      else global.history.replaceState(null, '', url);
    } catch (err) {
      // Some file:// contexts refuse history changes; searching still works.
    }
  }

  function init() {
    var forms = Array.prototype.slice.call(document.querySelectorAll('form.cs-search'));
    var container = document.getElementById('cs-search-results');
    var root = rootPrefix(container);
    if (!container) {
      // Other pages: the forms simply submit ?q= to the search page.
      if (typeof global.CS_ROOT === 'string') {
        forms.forEach(function (f) {
          if (!f.getAttribute('action')) f.setAttribute('action', global.CS_ROOT + 'search/');
        });
      }
      return;
    }
    container.setAttribute('aria-live', 'polite');
    var searcher = new Searcher(root + 'search/');
    var dueReady = loadDue(root);
    var inputs = forms.map(function (f) {
      return f.querySelector('input[name="q"]');
    }).filter(Boolean);
    var seq = 0;
    var current = { query: '', limit: DEFAULT_LIMIT };

    function run(query, limit) {
      var mine = ++seq;
      current = { query: query, limit: limit };
      container.setAttribute('aria-busy', 'true');
      if (!normalise(query)) {
        container.removeAttribute('aria-busy');
        render(container, { q: '', query: query, results: [] }, root, null);
        return;
      }
      if (limit === DEFAULT_LIMIT) {
        while (container.firstChild) container.removeChild(container.firstChild);
        container.appendChild(el('p', 'cs-search-count', '正在搜索…'));
      }
      dueReady.then(function () {
        return searcher.search(query, limit);
      }).then(function (res) {
        // Nothing found: ask the forgiving search before answering (one render, no flicker).
        if (res.results.length || res.more) return [res, null];
        return searcher.forgive(query).then(function (f) {
          return [res, f];
        }, function () {
          return [res, null];
        });
      }).then(function (pair) {
        if (mine !== seq) return;
        container.removeAttribute('aria-busy');
        var focusIndex = limit > DEFAULT_LIMIT ? limit - DEFAULT_LIMIT : null;
        render(container, pair[0], root, function () {
          run(current.query, current.limit + DEFAULT_LIMIT);
        }, focusIndex, pair[1]);
      }, function (err) {
        if (global.console) global.console.error('creditsite search:', err);
        if (mine !== seq) return;
        container.removeAttribute('aria-busy');
        while (container.firstChild) container.removeChild(container.firstChild);
        container.appendChild(el('p', 'cs-search-error', '搜索暂时不可用，请稍后重试。'));
      });
    }

    function syncInputs(value, except) {
      inputs.forEach(function (input) {
        if (input !== except) input.value = value;
      });
    }

    var timer = null;
    inputs.forEach(function (input) {
      input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          syncInputs(input.value, input);
          setUrl(input.value.trim(), false);
          run(input.value, DEFAULT_LIMIT);
        }, DEBOUNCE_MS);
      });
    });
    forms.forEach(function (form) {
      form.addEventListener('submit', function (ev) {
        ev.preventDefault();
        clearTimeout(timer);
        var input = form.querySelector('input[name="q"]');
        var value = input ? input.value : '';
        syncInputs(value, input);
        setUrl(value.trim(), true);
        run(value, DEFAULT_LIMIT);
      });
    });
    global.addEventListener('popstate', function () {
      var q = new URLSearchParams(global.location.search).get('q') || '';
      syncInputs(q, null);
      run(q, DEFAULT_LIMIT);
    });

    var initial = new URLSearchParams(global.location.search).get('q') || '';
    syncInputs(initial, null);
    run(initial, DEFAULT_LIMIT);
  }

  var api = {
    DEFAULT_LIMIT: DEFAULT_LIMIT,
    STRIP_RANGES: STRIP_RANGES,
    ALPHABET: ALPHABET,
    normalise: normalise,
    bigrams: bigrams,
    termHash: termHash,
    shardOf: shardOf,
    decodePostings: decodePostings,
    planQuery: planQuery,
    Searcher: Searcher
  };
  if (typeof module !== 'undefined' && module.exports) {
    module.exports = api;
  } else {
    global.CreditSearch = api;
  }
  if (typeof document !== 'undefined' && typeof window !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
    else init();
  }
})(typeof window !== 'undefined' ? window : typeof globalThis !== 'undefined' ? globalThis : this);
