/*
 * creditsite search: client-side search over the static, sharded index written by
 * generator/index.py (read its module docstring for the file format). Plain ES2017, no
 * dependencies, no build step.
 *
 * Browser: forms <form class="cs-search"> with an <input name="q"> submit to the search page;
 * on the search page (which has <div id="cs-search-results" data-root="../">) the query from
 * ?q= is run, results are rendered there, and typing searches live. The site root prefix comes
 * from data-root or window.CS_ROOT; the index lives at ROOT + "search/".
 * Node: require() returns the core (normalise, bigrams, fnv1a32, planQuery, Searcher, ...).
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

  /** FNV-1a 32-bit over the UTF-8 bytes of text (lone surrogates as 3 bytes, like Python's surrogatepass). */
  function fnv1a32(text) {
    var h = 0x811c9dc5;
    function mix(b) {
      h = Math.imul(h ^ b, 0x01000193) >>> 0;
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
    return h >>> 0;
  }

  /** Name-index shard holding a term. */
  function shardOf(term, shardCount) {
    return fnv1a32(term) % shardCount;
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

  /** Decide which lookups a query needs (mirrors plan_query in generator/index.py). */
  function planQuery(query, meta) {
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
      verify: chars > 2,
      prefix: [],
      substring: []
    };
    if (!plan.name) return plan;
    if (chars <= 2) {
      plan.prefix = ['^' + q];
      plan.substring = [q];
      return plan;
    }
    var last = chars - 2;
    var cover = [];
    for (var pos = 0; pos <= last; pos += 2) cover.push(pos);
    if (cover[cover.length - 1] !== last) cover.push(last);
    var maxTerms = Math.max(2, meta.maxTerms | 0);
    if (cover.length > maxTerms) {
      var picked = [];
      for (var i = 0; i < maxTerms; i++) {
        picked.push(cover[Math.floor((i * (cover.length - 1)) / (maxTerms - 1))]);
      }
      cover = picked;
    }
    var terms = [];
    cover.forEach(function (p) {
      var t = cs[p] + cs[p + 1];
      if (terms.indexOf(t) < 0) terms.push(t);
    });
    var head = cs[0] + cs[1];
    plan.substring = terms;
    plan.prefix = ['^' + head].concat(terms.filter(function (t) {
      return t !== head;
    }));
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

  // One name pass (prefix or substring): found ids in rank order, estimated count, exactness.
  async function namePass(load, meta, plan, terms, check, need, exclude) {
    var entries = [];
    for (var t = 0; t < terms.length; t++) {
      var shard = await load(termPath(terms[t], meta));
      if (!has(shard, terms[t])) return { ids: [], count: 0, exact: true };
      entries.push(shard[terms[t]]);
    }
    var found = [];
    var falseHits = 0;
    var examined = 0;
    var cap = 4 * need + 32;
    var verify = plan.verify;
    var block = meta.docBlock;

    // Take candidates in order (verifying titles if needed); true when all were decided.
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
          if (found.length + batch.length >= need || examined + batch.length >= cap) break;
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
          examined++;
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
      var cands = intersect(small);
      var done = await process(cands);
      return { ids: found, count: cands.length - falseHits, exact: done || !verify };
    }
    var big = entries.map(function (e) {
      return { count: e[0], firstPage: e[1], starts: decodePostings(e[2]) };
    });
    var pagePath = function (id) {
      return 'big/' + id + '.json';
    };
    var nDocs = meta.docs;
    if (!verify) {
      // A single exact term (1-2 character query): its count is the answer.
      for (var k = 0; k < big[0].starts.length; k++) {
        if (found.length >= need) break;
        await process(decodePostings(await load(pagePath(big[0].firstPage + k))));
      }
      return { ids: found, count: big[0].count, exact: true };
    }
    // Every term is frequent: walk their pages window by window in doc-id (= rank) order.
    var w = Math.max.apply(null, big.map(function (x) {
      return x.starts[0];
    }));
    var seen = 0;
    var complete = true;
    while (w < nDocs && found.length < need && examined < cap) {
      var end = nDocs;
      var paths = big.map(function (x) {
        var kk = lastAtMost(x.starts, w);
        if (kk + 1 < x.starts.length) end = Math.min(end, x.starts[kk + 1]);
        return pagePath(x.firstPage + kk);
      });
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
    }
    if (w >= nDocs && complete) return { ids: found, count: seen - falseHits, exact: true };
    var minCount = Math.min.apply(null, big.map(function (x) {
      return x.count;
    }));
    return { ids: found, count: Math.max(minCount - falseHits, found.length), exact: false };
  }

  /**
   * Search over the index at `base` (a URL prefix ending in "/", e.g. "../search/").
   * fetchImpl(url) must return a Promise of a Response-like object ({ok, status, json()});
   * it defaults to the global fetch. Files are cached for the lifetime of the Searcher.
   */
  function Searcher(base, fetchImpl) {
    this.base = base;
    this.fetchImpl = fetchImpl || function (url) {
      return global.fetch(url);
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
      cats.push({ ids: fwd.ids, labels: labels, count: fwd.count, exact: true });
    }
    if (revP) {
      var rev = await revP;
      cats.push({ ids: rev.ids, labels: rev.ids.map(function () {
        return 'suffix';
      }), count: rev.count, exact: true });
    }
    if (plan.name && !exactHit) {
      await Promise.all(plan.prefix.concat(plan.substring).map(function (t) {
        return load(termPath(t, meta));
      }));
      var pre = await namePass(load, meta, plan, plan.prefix, function (t) {
        return t.startsWith(q);
      }, limit, new Set());
      var sub = await namePass(load, meta, plan, plan.substring, function (t) {
        return t.indexOf(q) >= 0;
      }, limit - pre.ids.length, new Set(pre.ids));
      cats.unshift({
        ids: pre.ids.concat(sub.ids),
        labels: pre.ids.map(function () {
          return 'prefix';
        }).concat(sub.ids.map(function () {
          return 'name';
        })),
        count: sub.count,
        exact: sub.exact
      });
    }
    var order = [];
    var seen = new Set();
    var rest = 0;
    var exact = cats.every(function (c) {
      return c.exact;
    });
    cats.forEach(function (cat) {
      cat.ids.forEach(function (d, i) {
        if (!seen.has(d)) {
          seen.add(d);
          order.push([d, cat.labels[i]]);
        }
      });
      rest += cat.count - cat.ids.length;
    });
    if (rest && cats.filter(function (c) {
      return c.count;
    }).length > 1) {
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
      more: total > results.length,
      fetched: Object.keys(used).sort()
    };
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

  function render(container, res, root, onMore) {
    while (container.firstChild) container.removeChild(container.firstChild);
    var status = el('p', 'cs-search-count');
    container.appendChild(status);
    if (!res.q) {
      status.textContent = '请输入主体名称、统一社会信用代码或行政处罚决定书文号。';
      return;
    }
    if (!res.results.length) {
      status.textContent = '没有找到与“' + String(res.query).trim() + '”相关的主体';
      return;
    }
    status.textContent = (res.exact ? '找到 ' : '找到约 ') + res.total + ' 个结果';
    var list = el('ol', 'cs-search-list');
    res.results.forEach(function (r) {
      var item = el('li', 'cs-search-item');
      var href = safeHref(root, r.url);
      var title = el(href ? 'a' : 'span', 'cs-search-title', r.title);
      if (href) title.setAttribute('href', href);
      item.appendChild(title);
      if (r.code) item.appendChild(el('span', 'cs-search-code', r.code));
      if (r.summary) item.appendChild(el('p', 'cs-search-summary', r.summary));
      list.appendChild(item);
    });
    container.appendChild(list);
    if (res.more) {
      var more = el('button', 'cs-search-more', '显示更多');
      more.type = 'button';
      more.addEventListener('click', onMore);
      container.appendChild(more);
    }
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
      searcher.search(query, limit).then(function (res) {
        if (mine !== seq) return;
        container.removeAttribute('aria-busy');
        render(container, res, root, function () {
          run(current.query, current.limit + DEFAULT_LIMIT);
        });
      }, function () {
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
    fnv1a32: fnv1a32,
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
