/*
 * creditsite 批量核查: checks a list of codes or names in the browser against the static site.
 * The rules are those of generator/check.py, function by function (tests compare the rows of
 * both on the same list). The list never leaves the computer: the page only downloads the
 * check/ index files (and, for a name without an exact match, search/ files) it needs.
 * Plain ES2017, no dependencies; needs search.js (window.CreditSearch) for normalise, the
 * CRC-32 hash and name candidates.
 */
(function (global) {
  'use strict';

  // Lookups in flight. A browser opens 6 connections to a server over HTTP/1.x and queues the rest:
  // enough lookups wait so that no connection idles while the page parses a shard (HTTP/2 servers
  // take them all at once); bench/RESULTS-check.md measured 8 against 32.
  var CONCURRENCY = 32;
  var TABLE_PAGE = 200; // rows drawn at a time: laying out a table of 10,000 rows takes a browser many seconds
  var USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  var USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  var CODE_NOISE = /[\t\n\v\f\r \u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\-_.·/]/g;
  var CODE_FORM = /^[0-9A-Z]+$/;
  var SAFE_CODE = /^[0-9A-Z]{6,30}$/;
  var LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;
  var FORMULA_START = ['=', '+', '-', '@'];
  var CODE_HEADERS = ['统一社会信用代码', '社会信用代码', '信用代码', '代码', '注册号', '工商注册号', '行政相对人代码_1',
    '社会统一信用代码', '纳税人识别号', '组织机构代码', '统一代码'];
  var NAME_HEADERS = ['主体名称', '名称', '企业名称', '单位名称', '公司名称', '市场主体名称', '行政相对人名称', '供应商名称',
    '投标人名称', '投标人', '申请人', '申请单位', '供应商', '单位全称', '企业全称', '全称'];
  var CODE_HEADER_WORDS = ['信用代码', '识别号', '注册号', '机构代码'];
  var NAME_HEADER_WORDS = ['名称', '全称'];
  var NUMBER_HEADERS = ['序号', '编号', '序'];
  var HEADER_ROWS = 10;
  var HEADER_WORDS_MAX = 12;
  var ENTITY_ENDINGS = ['公司', '厂', '店', '社', '部', '行', '中心', '所', '院', '场', '站', '馆', '户', '局', '会'];
  var ALIAS_MARK = '#';
  var SIMILAR_SHARE = 0.4;
  var SIMILAR_PAIRS = 2;
  var LEGAL_FORMS = ['股份有限公司', '有限责任公司', '农民专业合作社', '专业合作社', '有限公司', '分公司', '合作社', '公司'];

  function cs() {
    return global.CreditSearch;
  }

  // ------------------------------------------------------------------ the rules (check.py)

  function codeForm(text) {
    return text.normalize('NFKC').toUpperCase().replace(CODE_NOISE, '');
  }

  function validUscc(code) {
    if (code.length !== 18) return false;
    var total = 0;
    for (var i = 0; i < 18; i++) {
      if (USCC_ALPHABET.indexOf(code[i]) < 0) return false;
      if (i < 17) total += USCC_ALPHABET.indexOf(code[i]) * USCC_WEIGHTS[i];
    }
    return USCC_ALPHABET[(31 - (total % 31)) % 31] === code[17];
  }

  function validIdNumber(code) {
    if (!/^\d{17}[0-9X]$/.test(code)) return false;
    var total = 0;
    for (var i = 0; i < 17; i++) total += Number(code[i]) * (Math.pow(2, 17 - i) % 11);
    return '10X98765432'[total % 11] === code[17];
  }

  function classify(line) {
    var code = codeForm(line);
    var digits = (code.match(/[0-9]/g) || []).length;
    if (CODE_FORM.test(code) && code.length >= 8 && digits >= 4) {
      if (code.length === 18) {
        if (validUscc(code)) return ['code', code];
        return validIdNumber(code) ? ['person', ''] : ['bad-code', ''];
      }
      return SAFE_CODE.test(code) ? ['code', code] : ['bad-code', ''];
    }
    var embedded = embeddedCode(line);
    if (embedded) return ['code', embedded];
    if (/^[0-9]+$/.test(code)) return code.length >= 6 ? ['bad-code', ''] : ['unreadable', ''];
    var name = cs().normalise(line);
    return name ? ['name', name] : ['unreadable', ''];
  }

  // A code typed with the name, or two columns pasted with a tab between (generator/check.py embedded_code).
  var EMBEDDED_USCC = /(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])/g;

  function embeddedCode(line) {
    var found = {}, count = 0, last = '';
    (line.normalize('NFKC').toUpperCase().match(EMBEDDED_USCC) || []).forEach(function (code) {
      if (validUscc(code) && !found[code]) {
        found[code] = true;
        count += 1;
        last = code;
      }
    });
    return count === 1 ? last : '';
  }

  function formulaSafe(value) {
    return value && FORMULA_START.indexOf(value[0]) >= 0 ? "'" + value : value;
  }

  function hasFinding(meta, facts) {
    var f = {};
    meta.facts.forEach(function (k, i) {
      f[k] = facts[i];
    });
    var status = f.status;
    var closed = !!status && !meta.activeStatusWords.some(function (w) {
      return status.indexOf(w) >= 0;
    });
    return !!(f.black || f.pen3 || f.red || f.unfulfilled || closed);
  }

  function aliasKey(code) {
    return ALIAS_MARK + (code.length === 15 && /^[0-9]+$/.test(code) ? '注册号' : '') + code;
  }

  function charPairs(text) {
    var joined = text.split('*').map(function (part) {
      return cs().normalise(part);
    }).join('|');
    var form = LEGAL_FORMS.filter(function (f) {
      return joined.endsWith(f);
    })[0] || '';
    var chars = Array.from(joined.slice(0, joined.length - form.length));
    var out = {};
    for (var i = 0; i + 1 < chars.length; i++) {
      if (chars[i] !== '|' && chars[i + 1] !== '|') out[chars[i] + chars[i + 1]] = true;
    }
    return out;
  }

  function similarNames(line, title) {
    var asked = charPairs(line);
    var named = charPairs(title);
    var shared = Object.keys(asked).filter(function (p) {
      return Object.prototype.hasOwnProperty.call(named, p);
    }).length;
    var fewer = Math.min(Object.keys(asked).length, Object.keys(named).length);
    return shared >= SIMILAR_PAIRS && shared >= SIMILAR_SHARE * fewer;
  }

  function candidateText(pairs) {
    return pairs.map(function (p) {
      return p[0] + '（' + p[1] + '）';
    }).join('；');
  }

  function shardOf(key, shards) {
    return cs().termHash(key) % shards;
  }

  /** The check index of a site (root ends in "/"): files fetched once, bytes counted. */
  function SiteIndex(root, fetchImpl) {
    this.root = root;
    // no-store: the files of the site as it is now, never a copy the browser kept from before a
    // rebuild (a plain server sends no cache headers, so a browser may reuse files for hours: an
    // old meta.json would date the result wrongly); and a browser that writes no cache entry
    // spends about a fifth less time on each of the ~1,000 files of a long list.
    this.fetchImpl = fetchImpl || function (url) {
      return global.fetch(url, { cache: 'no-store' });
    };
    this.cache = {};
    this.searcher = null;
    this.meta = null;
  }

  SiteIndex.prototype.load = function (rel) {
    var cache = this.cache;
    if (!Object.prototype.hasOwnProperty.call(cache, rel)) {
      cache[rel] = Promise.resolve(this.fetchImpl(this.root + 'check/' + rel)).then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status + ' for check/' + rel);
        return r.json();
      });
      cache[rel].catch(function () {
        delete cache[rel];
      });
    }
    return cache[rel];
  };

  SiteIndex.prototype.open = async function () {
    this.meta = await this.load('meta.json');
    return this.meta;
  };

  SiteIndex.prototype.facts = async function (code) {
    var shard = await this.load('c/' + shardOf(code, this.meta.codeShards) + '.json');
    return Object.prototype.hasOwnProperty.call(shard, code) ? shard[code] : null;
  };

  SiteIndex.prototype.sameName = async function (name) {
    var shard = await this.load('n/' + shardOf(name, this.meta.nameShards) + '.json');
    return Object.prototype.hasOwnProperty.call(shard, name) ? shard[name] : [];
  };

  SiteIndex.prototype.candidates = async function (line) {
    if (!this.searcher) this.searcher = new (cs().Searcher)(this.root + 'search/', this.fetchImpl);
    var found = await this.searcher.search(line, this.meta.candidates);
    var pairs = found.results.filter(function (r) {
      return r.url.indexOf('entity/') === 0;
    });
    if (!pairs.length) {
      // What the search page offers under 您是不是要找, when close enough to the line (check.py).
      var forgiven = await this.searcher.forgive(line, this.meta.candidates);
      pairs = forgiven.results.filter(function (r) {
        return r.url.indexOf('entity/') === 0 && (forgiven.how !== 'similar' || similarNames(line, r.title));
      });
    }
    return pairs.map(function (r) {
      return [r.title, r.code];
    });
  };

  /** The result row of one input line (meta.columns, as text): check_line in check.py. */
  async function checkLine(index, number, line) {
    var meta = index.meta;
    line = Array.from(line.trim()).slice(0, meta.maxInput).join('');
    var asked = line ? classify(line) : ['empty', ''];
    var what = asked[0];
    var value = asked[1];
    var code = '';
    var facts = null;
    var candidates = '';
    var codes = [];
    if (what === 'code') {
      facts = await index.facts(value);
      if (facts !== null) {
        code = value;
        what = 'found';
      } else { // an older code (注册号, 组织机构代码) of an entity with a page
        codes = await index.sameName(aliasKey(value));
        what = codes.length ? 'alias' : /^[0-9]+$/.test(value) && value.length !== 9 && value.length !== 15 ? 'bad-code'
          : 'not-found';
      }
    } else if (what === 'name') {
      codes = await index.sameName(value);
      what = 'alias';
    }
    if (what === 'alias') {
      if (codes.length === 1) {
        code = codes[0];
        facts = await index.facts(codes[0]);
        what = 'found';
      } else if (codes.length) {
        what = 'several';
        var shown = codes.slice(0, meta.maxSameName);
        var named = await Promise.all(shown.map(function (c) {
          return index.facts(c);
        }));
        candidates = candidateText(shown.map(function (c, i) {
          return [(named[i] || [c])[0], c];
        }));
      } else {
        var pairs = await index.candidates(line);
        what = pairs.length ? 'candidates' : 'not-found';
        candidates = candidateText(pairs);
      }
    }
    var cells;
    if (facts === null) {
      cells = [];
      for (var i = 0; i < meta.facts.length + 2; i++) cells.push('');
    } else {
      var f = {};
      meta.facts.forEach(function (k, j) {
        f[k] = facts[j];
      });
      cells = [code, f.name, f.category, f.legal_rep, f.status, String(f.black), f.black_lists, String(f.pen1), f.tier1,
        String(f.pen3), f.tier3, String(f.red), f.red_lists, f.grade, String(f.unfulfilled),
        hasFinding(meta, facts) ? '有' : '无'];
    }
    var row = [String(number), formulaSafe(line), meta.outcomes[what]].concat(cells, [candidates,
      code ? 'entity/' + code + '/' : '', meta.asOf, meta.build]);
    return row.map(formulaSafe);
  }

  /** Check the non-blank lines in order; onProgress(done, total) now and then. */
  async function checkLines(index, lines, onProgress) {
    return checkEntries(index, lines.filter(function (l) {
      return l.trim();
    }).map(function (l) {
      return ['', l];
    }), onProgress);
  }

  /** Check the entries ([the list's 序号 or '', text]) in order: check_entries in check.py. */
  async function checkEntries(index, wanted, onProgress) {
    await index.open();
    var rows = new Array(wanted.length);
    var next = 0;
    var done = 0;
    async function worker() {
      while (next < wanted.length) {
        var i = next++;
        rows[i] = await checkLine(index, wanted[i][0] || String(i + 1), wanted[i][1]);
        done++;
        if (onProgress && (done % 25 === 0 || done === wanted.length)) onProgress(done, wanted.length);
      }
    }
    var workers = [];
    for (var w = 0; w < CONCURRENCY; w++) workers.push(worker());
    await Promise.all(workers);
    return rows;
  }

  // ------------------------------------------------------------------ list files

  function cellText(value) {
    return value == null ? '' : String(value);
  }

  function headerColumn(header, exact, words) {
    for (var i = 0; i < exact.length; i++) {
      var at = header.indexOf(cs().normalise(exact[i]));
      if (at >= 0) return at;
    }
    for (var w = 0; w < words.length; w++) {
      var word = cs().normalise(words[w]);
      for (var c = 0; c < header.length; c++) {
        var cell = header[c];
        if (cell.indexOf(word) >= 0 && Array.from(cell).length <= HEADER_WORDS_MAX && !ENTITY_ENDINGS.some(function (e) {
          return cell.endsWith(e);
        })) return c;
      }
    }
    return null;
  }

  /** [row, code column, name column, 序号 column] of the header among the first rows, or null: table_header. */
  function tableHeader(rows) {
    for (var at = 0; at < Math.min(rows.length, HEADER_ROWS); at++) {
      var header = rows[at].map(function (c) {
        return cs().normalise(c);
      });
      var codeCol = headerColumn(header, CODE_HEADERS, CODE_HEADER_WORDS);
      var nameCol = headerColumn(header, NAME_HEADERS, NAME_HEADER_WORDS);
      if (codeCol !== null || nameCol !== null) {
        var numberCol = null;
        for (var i = 0; i < NUMBER_HEADERS.length && numberCol === null; i++) {
          var n = header.indexOf(cs().normalise(NUMBER_HEADERS[i]));
          if (n >= 0) numberCol = n;
        }
        return [at, codeCol, nameCol, numberCol];
      }
    }
    return null;
  }

  function tableCells(rows) {
    return rows.map(function (row) {
      return row.map(function (c) {
        return cellText(c).trim();
      });
    }).filter(function (row) {
      return row.some(Boolean);
    });
  }

  /** [序号, text] of every row that is not empty: entries_of_table in check.py. */
  function entriesOfTable(rows) {
    rows = tableCells(rows);
    if (!rows.length) return [];
    var found = tableHeader(rows);
    if (found === null) {
      return rows.map(function (row) {
        var cells = row.filter(Boolean);
        var number = cells.length > 1 && /^[0-9]{1,6}$/.test(cells[0]) ? cells[0] : '';
        var rest = number ? cells.slice(1) : cells;
        var code = rest.filter(function (c) {
          return classify(c)[0] === 'code';
        })[0] || '';
        return [number, code || rest[0]];
      });
    }
    var cell = function (row, col) {
      return col !== null && col < row.length ? row[col] : '';
    };
    return rows.slice(found[0] + 1).map(function (row) {
      return [cell(row, found[3]), cell(row, found[1]) || cell(row, found[2])];
    });
  }

  function linesOfTable(rows) {
    return entriesOfTable(rows).map(function (e) {
      return e[1];
    });
  }

  /** A pasted text or a .txt list: entries_of_text in check.py. */
  function entriesOfText(text) {
    var lines = text.split(LINE_BREAK);
    if (lines.some(function (l) {
      return l.indexOf('\t') >= 0;
    })) {
      return entriesOfTable(lines.map(function (l) {
        return l.split('\t');
      }));
    }
    return lines.filter(function (l) {
      return l.trim();
    }).map(function (l) {
      return ['', l];
    });
  }

  function parseCsv(text) {
    var rows = [];
    var row = [];
    var cell = '';
    var started = false; // the cell has content (a quote opens a quoted cell only at its start)
    var quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell += c;
        }
      } else if (c === '"' && !started) {
        quoted = true;
        started = true;
      } else if (c === ',') {
        row.push(cell);
        cell = '';
        started = false;
      } else if (c === '\r' || c === '\n') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        row.push(cell);
        rows.push(row);
        row = [];
        cell = '';
        started = false;
      } else {
        cell += c;
        started = true;
      }
    }
    if (cell || row.length) {
      row.push(cell);
      rows.push(row);
    }
    return rows;
  }

  function decodeText(bytes) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (err) {
      return new TextDecoder('gb18030').decode(bytes);
    }
  }

  // A small reader of .xlsx (a zip of XML files): the first sheet's cells as text.
  async function unzip(bytes) {
    var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    var end = -1;
    for (var i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new Error('not a zip file');
    var count = view.getUint16(end + 10, true);
    var at = view.getUint32(end + 16, true);
    var files = {};
    for (var n = 0; n < count; n++) {
      var method = view.getUint16(at + 10, true);
      var size = view.getUint32(at + 20, true);
      var nameLen = view.getUint16(at + 28, true);
      var extraLen = view.getUint16(at + 30, true);
      var commentLen = view.getUint16(at + 32, true);
      var local = view.getUint32(at + 42, true);
      var name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLen));
      files[name] = { method: method, size: size, local: local };
      at += 46 + nameLen + extraLen + commentLen;
    }
    return {
      names: Object.keys(files),
      read: async function (name) {
        var f = files[name];
        if (!f) return null;
        var start = f.local + 30 + view.getUint16(f.local + 26, true) + view.getUint16(f.local + 28, true);
        var data = bytes.subarray(start, start + f.size);
        if (f.method === 8) {
          var stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
          data = new Uint8Array(await new Response(stream).arrayBuffer());
        } else if (f.method !== 0) {
          throw new Error('unsupported compression');
        }
        return new TextDecoder().decode(data);
      }
    };
  }

  function xmlDoc(text) {
    return new DOMParser().parseFromString(text, 'application/xml');
  }

  function textOf(node) {
    return Array.prototype.map.call(node.getElementsByTagName('t'), function (t) {
      return t.textContent;
    }).join('');
  }

  function columnIndex(ref) {
    var letters = (ref || '').replace(/[0-9]/g, '');
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
    return n - 1;
  }

  function numberText(v) {
    var x = Number(v);
    if (v === '' || isNaN(x)) return v;
    return Number.isInteger(x) && Math.abs(x) < 1e15 ? String(x) : v;
  }

  /** The list of a workbook: {entries, sheet, sheets} of its first sheet with a code or name header
   * among its first rows, else of its first sheet (read_entries in check.py). */
  async function readXlsx(bytes) {
    var zip = await unzip(bytes);
    var book = xmlDoc(await zip.read('xl/workbook.xml'));
    var sheets = book.getElementsByTagName('sheet');
    var rels = xmlDoc(await zip.read('xl/_rels/workbook.xml.rels'));
    var shared = [];
    var sst = await zip.read('xl/sharedStrings.xml');
    if (sst) {
      shared = Array.prototype.map.call(xmlDoc(sst).getElementsByTagName('si'), textOf);
    }
    var first = null;
    for (var i = 0; i < sheets.length; i++) {
      var sheet = sheets[i];
      var rid = sheet.getAttribute('r:id') || sheet.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id');
      var target = 'worksheets/sheet' + (i + 1) + '.xml';
      Array.prototype.forEach.call(rels.getElementsByTagName('Relationship'), function (r) {
        if (r.getAttribute('Id') === rid) target = r.getAttribute('Target');
      });
      var path = target.charAt(0) === '/' ? target.slice(1) : 'xl/' + target;
      var rows = sheetRows(xmlDoc(await zip.read(path)), shared);
      var listed = { entries: null, rows: rows, sheet: sheet.getAttribute('name') || '', sheets: sheets.length };
      if (i === 0) first = listed;
      if (tableHeader(tableCells(rows)) !== null) {
        first = listed;
        break;
      }
    }
    first.entries = entriesOfTable(first.rows);
    return first;
  }

  function sheetRows(doc, shared) {
    return Array.prototype.map.call(doc.getElementsByTagName('row'), function (row) {
      var cells = [];
      Array.prototype.forEach.call(row.getElementsByTagName('c'), function (c) {
        var col = c.getAttribute('r') ? columnIndex(c.getAttribute('r')) : cells.length;
        var type = c.getAttribute('t');
        var v = c.getElementsByTagName('v')[0];
        var value = '';
        if (type === 's') value = v ? shared[Number(v.textContent)] || '' : '';
        else if (type === 'inlineStr') value = textOf(c);
        else if (type === 'b') value = v && v.textContent === '1' ? '是' : '否';
        else if (v) value = type === 'str' || type === 'e' ? v.textContent : numberText(v.textContent);
        while (cells.length < col) cells.push('');
        cells[col] = value;
      });
      return cells;
    });
  }

  /** The entries of a list file (name and bytes): {entries, sheet, sheets}, read_entries in check.py. */
  async function readEntries(name, bytes) {
    var lower = name.toLowerCase();
    if (/\.xlsx$/.test(lower)) return readXlsx(bytes);
    var text = decodeText(bytes);
    if (/\.csv$/.test(lower)) return { entries: entriesOfTable(parseCsv(text)), sheet: '', sheets: 1 };
    return { entries: entriesOfText(text), sheet: '', sheets: 1 };
  }

  /** The codes or names of a list file, in order: read_list in check.py. */
  async function readList(name, bytes) {
    return (await readEntries(name, bytes)).entries.map(function (e) {
      return e[1];
    });
  }

  // ------------------------------------------------------------------ results as files

  function csvText(meta, rows) {
    var cell = function (v) {
      return /[,"\r\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
    };
    return '\ufeff' + [meta.columns].concat(rows).map(function (row) {
      return row.map(cell).join(',') + '\r\n';
    }).join('');
  }

  var CRC_TABLE = null;

  function crc32(bytes) {
    if (!CRC_TABLE) {
      CRC_TABLE = new Uint32Array(256);
      for (var n = 0; n < 256; n++) {
        var c = n;
        for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        CRC_TABLE[n] = c >>> 0;
      }
    }
    var crc = 0xffffffff;
    for (var i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  }

  // A zip without compression (method 0): every reader opens it, and the files are small.
  function zipStored(entries) {
    var enc = new TextEncoder();
    var parts = [];
    var central = [];
    var offset = 0;
    entries.forEach(function (e) {
      var name = enc.encode(e[0]);
      var data = enc.encode(e[1]);
      var crc = crc32(data);
      var head = new DataView(new ArrayBuffer(30));
      [[0, 0x04034b50, 4], [4, 20, 2], [6, 0x0800, 2], [8, 0, 2], [10, 0, 2], [12, 0x21, 2], [14, crc, 4],
        [18, data.length, 4], [22, data.length, 4], [26, name.length, 2], [28, 0, 2]].forEach(function (f) {
        if (f[2] === 4) head.setUint32(f[0], f[1], true);
        else head.setUint16(f[0], f[1], true);
      });
      var dir = new DataView(new ArrayBuffer(46));
      [[0, 0x02014b50, 4], [4, 20, 2], [6, 20, 2], [8, 0x0800, 2], [10, 0, 2], [12, 0, 2], [14, 0x21, 2],
        [16, crc, 4], [20, data.length, 4], [24, data.length, 4], [28, name.length, 2], [30, 0, 2], [32, 0, 2],
        [34, 0, 2], [36, 0, 2], [38, 0, 4], [42, offset, 4]].forEach(function (f) {
        if (f[2] === 4) dir.setUint32(f[0], f[1], true);
        else dir.setUint16(f[0], f[1], true);
      });
      parts.push(new Uint8Array(head.buffer), name, data);
      central.push(new Uint8Array(dir.buffer), name);
      offset += 30 + name.length + data.length;
    });
    var size = central.reduce(function (s, p) {
      return s + p.length;
    }, 0);
    var end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, entries.length, true);
    end.setUint16(10, entries.length, true);
    end.setUint32(12, size, true);
    end.setUint32(16, offset, true);
    return new Blob(parts.concat(central, [new Uint8Array(end.buffer)]),
      { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  }

  function xmlEscape(text) {
    return text.replace(/[&<>"]/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c];
    }).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, '');
  }

  function colName(i) {
    var s = '';
    for (i += 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
    return s;
  }

  function xlsxBlob(meta, rows) {
    var sheetRows = [meta.columns].concat(rows).map(function (row, r) {
      return '<row r="' + (r + 1) + '">' + row.map(function (v, c) {
        return '<c r="' + colName(c) + (r + 1) + '" t="inlineStr"><is><t xml:space="preserve">' + xmlEscape(v) +
          '</t></is></c>';
      }).join('') + '</row>';
    }).join('');
    var title = xmlEscape('信用核查结果（信息截至 ' + meta.asOf + '，版本 ' + meta.build + '）');
    return zipStored([
      ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>'],
      ['_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '</Relationships>'],
      ['docProps/core.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>' + title + '</dc:title></cp:coreProperties>'],
      ['xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="核查结果" sheetId="1" r:id="rId1"/></sheets></workbook>'],
      ['xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '</Relationships>'],
      ['xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '</sheetView></sheetViews><sheetData>' + sheetRows + '</sheetData></worksheet>']
    ]);
  }

  // ------------------------------------------------------------------ the page

  // Today in China: UTC+8, no daylight saving time since 1991 (as stale.js).
  function chinaToday() {
    return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  }

  /** The sentence refusing a check of a site past its due date, or '': site_overdue in check.py.
   * assets/due.js (every build writes it; stale.js loads it on every page) gives the due date. */
  async function siteOverdue(root) {
    var info = global.CS_DUE;
    if (!info) {
      try {
        var r = await global.fetch(root + 'assets/due.js', { cache: 'no-store' });
        var text = r.ok ? await r.text() : '';
        info = text ? JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) : {};
      } catch (err) {
        info = {};
      }
    }
    var today = chinaToday();
    if (!info.due || today < info.due) return '';
    return '无法核查：本站信息截至 ' + info.as_of + '，应于 ' + info.due + ' 重新发布，至今（' + today +
      '，北京时间）尚未更新，其中可能有已到公示截止日期或已撤销、已信用修复的信息，核查结果会不准确。请等本站重新发布后再核查。';
  }

  var HIDDEN = ['主体页面', '信息截至', '站点版本']; // the link is on the name; the date and version are above the table

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function save(blob, name) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () {
      URL.revokeObjectURL(a.href);
      a.remove();
    }, 1000);
  }

  function init() {
    var box = document.getElementById('cs-check');
    if (!box || !cs()) return;
    var root = box.getAttribute('data-root') || '';
    var input = document.getElementById('cs-check-input');
    var file = document.getElementById('cs-check-file');
    var run = document.getElementById('cs-check-run');
    var progress = document.getElementById('cs-check-progress');
    var status = document.getElementById('cs-check-status');
    var result = document.getElementById('cs-check-result');
    var findings = document.getElementById('cs-check-findings');
    var attention = document.getElementById('cs-check-attention');
    var tools = document.getElementById('cs-check-tools');
    var state = { meta: null, rows: [], limit: TABLE_PAGE };

    function show() {
      var meta = state.meta;
      while (result.firstChild) result.removeChild(result.firstChild);
      if (!meta) return;
      var cols = meta.columns;
      var at = function (title) {
        return cols.indexOf(title);
      };
      var outcome = at('核查结果');
      var found = meta.outcomes.found;
      var rows = state.rows.filter(function (r) {
        if (findings.checked && r[at('有无发现')] !== '有') return false;
        if (attention.checked && r[outcome] === found) return false;
        return true;
      });
      var total = rows.length;
      rows = rows.slice(0, state.limit);
      var note = el('p', 'cs-check-asof', '信息截至 ' + meta.asOf + '（版本 ' + meta.build + '）。共 ' + state.rows.length +
        ' 行，' + (total < state.rows.length ? '符合筛选条件的 ' + total + ' 行，' : '') + '显示 ' + rows.length +
        ' 行。下载的文件包含全部 ' + state.rows.length + ' 行。');
      result.appendChild(note);
      var wrap = el('div', 'cs-table-wrap');
      wrap.setAttribute('tabindex', '0');
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('aria-label', '核查结果（可左右滚动）');
      var table = el('table', 'cs-check-table');
      var head = el('tr');
      var shown = [];
      cols.forEach(function (title, i) {
        if (HIDDEN.indexOf(title) >= 0) return;
        shown.push(i);
        var th = el('th', null, title);
        th.setAttribute('scope', 'col');
        head.appendChild(th);
      });
      var thead = el('thead');
      thead.appendChild(head);
      table.appendChild(thead);
      var body = el('tbody');
      var link = at('主体页面');
      var name = at('主体名称');
      rows.forEach(function (r) {
        var tr = el('tr', r[outcome] === found ? (r[at('有无发现')] === '有' ? 'cs-check-finding' : 'cs-check-clear')
          : 'cs-check-open');
        shown.forEach(function (i) {
          var td = el('td');
          if (i === name && r[link]) {
            var a = el('a', null, r[i]);
            a.href = root + r[link];
            td.appendChild(a);
          } else {
            td.textContent = r[i];
          }
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      table.appendChild(body);
      wrap.appendChild(table);
      result.appendChild(wrap);
      if (total > rows.length) {
        var more = el('button', 'md-button cs-check-more', '显示更多（还有 ' + (total - rows.length) + ' 行）');
        more.type = 'button';
        more.addEventListener('click', function () {
          state.limit += TABLE_PAGE;
          show();
        });
        result.appendChild(more);
      }
    }

    function refilter() {
      state.limit = TABLE_PAGE;
      show();
    }

    async function check(entries, sheetNote) {
      run.disabled = true;
      tools.hidden = true;
      while (result.firstChild) result.removeChild(result.firstChild);
      var total = entries.length;
      var overdue = await siteOverdue(root);
      if (overdue) {
        status.textContent = overdue;
        run.disabled = false;
        return;
      }
      if (!total) {
        status.textContent = '名单是空的：请每行填写一个统一社会信用代码或主体名称。';
        run.disabled = false;
        return;
      }
      progress.max = total;
      progress.value = 0;
      progress.hidden = false;
      status.textContent = '正在核查 ' + total + ' 行…';
      box.setAttribute('aria-busy', 'true');
      var index = new SiteIndex(root);
      try {
        state.rows = await checkEntries(index, entries, function (done, all) {
          progress.value = done;
          // The bar moves every 25 rows; the live text less often, so that a screen reader is not flooded.
          if (done % 500 === 0 || done === all) status.textContent = '正在核查：' + done + ' / ' + all;
        });
        state.meta = index.meta;
        state.limit = TABLE_PAGE;
        var found = state.rows.filter(function (r) {
          return r[2] === state.meta.outcomes.found;
        }).length;
        status.textContent = '核查完成：' + (sheetNote || '') + state.rows.length + ' 行，找到 ' + found + ' 个主体。';
        tools.hidden = false;
        show();
      } catch (err) {
        if (global.console) global.console.warn('creditsite check:', err);
        status.textContent = '核查失败：无法读取本站的核查索引，请稍后重试（如直接打开了本地文件，请通过网站访问）。';
      } finally {
        progress.hidden = true;
        box.removeAttribute('aria-busy');
        run.disabled = false;
      }
    }

    run.addEventListener('click', function () {
      check(entriesOfText(input.value));
    });
    file.addEventListener('change', function () {
      var f = file.files && file.files[0];
      if (!f) return;
      file.value = ''; // choosing the same file again checks it again
      f.arrayBuffer().then(function (buf) {
        return readEntries(f.name, new Uint8Array(buf));
      }).then(function (listed) {
        input.value = listed.entries.map(function (e) {
          return e[1];
        }).join('\n');
        return check(listed.entries, listed.sheets > 1 ? '工作簿有 ' + listed.sheets + ' 个工作表，核查的是“' + listed.sheet +
          '”，' : '');
      }, function () {
        status.textContent = '无法读取文件 ' + f.name + '：请使用 .txt、.csv 或 .xlsx 文件（可在 Excel 中另存为 CSV）。';
      });
    });
    findings.addEventListener('change', refilter);
    attention.addEventListener('change', refilter);
    document.getElementById('cs-check-csv').addEventListener('click', function () {
      save(new Blob([csvText(state.meta, state.rows)], { type: 'text/csv;charset=utf-8' }),
        '信用核查结果-' + state.meta.asOf + '.csv');
    });
    document.getElementById('cs-check-xlsx').addEventListener('click', function () {
      save(xlsxBlob(state.meta, state.rows), '信用核查结果-' + state.meta.asOf + '.xlsx');
    });
  }

  var api = {
    codeForm: codeForm,
    validUscc: validUscc,
    validIdNumber: validIdNumber,
    classify: classify,
    SiteIndex: SiteIndex,
    checkLine: checkLine,
    checkLines: checkLines,
    checkEntries: checkEntries,
    entriesOfTable: entriesOfTable,
    entriesOfText: entriesOfText,
    readEntries: readEntries,
    siteOverdue: siteOverdue,
    linesOfTable: linesOfTable,
    parseCsv: parseCsv,
    readList: readList,
    csvText: csvText,
    xlsxBlob: xlsxBlob
  };
  global.CreditCheck = api;
  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
    else init();
  }
})(typeof window !== 'undefined' ? window : globalThis);
