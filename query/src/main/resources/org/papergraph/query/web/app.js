// papergraph web page: search, entity pages (with leaderboards), paper pages (highlighted abstracts).
// Every query is a named query bound by the server (/api/named/NAME?param=...) and then sent to the
// SPARQL endpoint; the text of each query is shown under "SPARQL behind this page".
// All data goes into the page through textContent and attributes, never as HTML.
// Paged queries (pageSize in /api/named) answer one page at a time: an entity page links to the next
// and previous pages of its sections (#/entity/IRI?page=N&leaderboard=M) when a section is full.
'use strict';

(function () {
  const TYPES = ['Model', 'Dataset', 'Benchmark', 'Metric', 'Task', 'Method', 'Organization', 'Language'];
  let endpoint = '/papers/sparql';
  let renderId = 0;
  let pageSizes = {};  // named query -> rows per page, from /api/named
  let pageSizesLoaded = Promise.resolve();  // views that link pages wait for it; nothing else does

  // ---- DOM helpers -------------------------------------------------------------------------

  function $(id) { return document.getElementById(id); }

  /** el('a', {href: '#/x', class: 'y'}, 'text', childNode, ...): text children become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null) continue;
      if (k === 'class') node.className = v;
      else node.setAttribute(k, String(v));
    }
    for (const c of children) append(node, c);
    return node;
  }

  function append(node, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) { child.forEach(c => append(node, c)); return; }
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  function status(text, isError) {
    const s = $('status');
    s.textContent = text || '';
    s.className = isError ? 'error' : '';
  }

  function typeBadge(typeName) {
    const t = TYPES.includes(typeName) ? typeName : 'Other';
    return el('span', { class: 'badge type-' + t }, typeName || '?');
  }

  /** #/entity/IRI, with ?page=N&leaderboard=M when not on the first pages. */
  function entityHref(iri, pages) {
    const qs = new URLSearchParams();
    for (const [k, n] of Object.entries(pages || {})) if (n > 1) qs.set(k, String(n));
    const q = qs.toString();
    return '#/entity/' + encodeURIComponent(iri) + (q ? '?' + q : '');
  }
  function paperHref(iri) { return '#/paper/' + encodeURIComponent(iri); }

  function entityLink(iri, label, id) {
    return el('a', { href: entityHref(iri), class: 'entity-link', id: id }, label || iri);
  }

  function paperLink(iri, label) {
    return el('a', { href: paperHref(iri), class: 'paper-link' }, label || iri);
  }

  // ---- SPARQL ------------------------------------------------------------------------------

  function showQuery(name, text) {
    const list = $('sparql-list');
    list.appendChild(el('h3', { class: 'sparql-name' }, name));
    list.appendChild(el('pre', { class: 'sparql-query', 'data-query': name }, text));
    $('sparql-count').textContent = String(list.querySelectorAll('pre').length);
  }

  function clearQueries() {
    $('sparql-list').replaceChildren();
    $('sparql-count').textContent = '0';
  }

  async function textOrError(response) {
    const body = await response.text();
    if (!response.ok) throw new Error('HTTP ' + response.status + ': ' + body.trim().slice(0, 500));
    return body;
  }

  /** Runs a named query; resolves to an array of rows {var: {type, value, ...}}. */
  async function named(name, params) {
    const qs = new URLSearchParams(params || {}).toString();
    const text = await textOrError(await fetch('/api/named/' + encodeURIComponent(name) + (qs ? '?' + qs : '')));
    showQuery(name, text);
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
      body: text
    });
    const json = JSON.parse(await textOrError(response));
    return json.results.bindings;
  }

  function v(row, name) { return row[name] ? row[name].value : undefined; }
  function num(row, name) { const x = v(row, name); return x === undefined ? undefined : Number(x); }

  // ---- views -------------------------------------------------------------------------------

  async function home(view) {
    view.appendChild(el('section', { id: 'home-view' },
      el('h1', {}, 'Papers, models and benchmarks'),
      el('p', { class: 'muted' }, 'Search above, or start from a benchmark that many papers report on.'),
      el('h2', {}, 'Trending benchmarks'),
      el('ul', { id: 'trending-list', class: 'plain' })));
    const rows = await named('trending-benchmarks', {});
    const list = $('trending-list');
    if (rows.length === 0) list.appendChild(el('li', { class: 'muted' }, 'No benchmarks in the graph yet.'));
    for (const r of rows) {
      list.appendChild(el('li', {}, entityLink(v(r, 'benchmark'), v(r, 'benchmarkLabel')), ' ',
        el('span', { class: 'muted' }, plural(num(r, 'papers'), 'paper'))));
    }
  }

  async function search(view, text) {
    $('search-input').value = text;
    view.appendChild(el('section', { id: 'search-view' },
      el('h1', {}, 'Results for “', text, '”'),
      el('ul', { id: 'search-results', class: 'plain' })));
    const rows = await named('search', { text: text });
    const list = $('search-results');
    if (rows.length === 0) list.appendChild(el('li', { class: 'muted', id: 'search-empty' }, 'Nothing found.'));
    for (const r of rows) {
      const kind = v(r, 'kind');
      const link = kind === 'paper' ? paperLink(v(r, 'node'), v(r, 'label')) : entityLink(v(r, 'node'), v(r, 'label'));
      link.classList.add('result-link');
      link.setAttribute('data-kind', kind);
      const matched = v(r, 'matched');
      list.appendChild(el('li', { class: 'search-result' }, typeBadge(v(r, 'typeName')), ' ', link,
        kind === 'entity' ? el('span', { class: 'muted' }, ' · ', plural(num(r, 'papers'), 'paper'),
          matched && matched !== v(r, 'label') ? ' · as “' + matched + '”' : '') : null));
    }
  }

  async function entity(view, iri, pages) {
    const rows = await named('entity-details', { entity: iri, page: pages.page });
    await pageSizesLoaded;
    const page = Number(pages.page);  // the server accepted it: a whole number from 1
    const head = rows.find(r => v(r, 'kind') === 'entity');
    if (!head) {
      view.appendChild(el('section', { id: 'entity-view' }, el('h1', {}, 'Unknown entity'), el('p', {}, iri)));
      return;
    }
    const type = v(head, 'typeName');
    const aliases = rows.filter(r => v(r, 'kind') === 'alias').map(r => v(r, 'label'));
    const papers = rows.filter(r => v(r, 'kind') === 'paper');
    const co = rows.filter(r => v(r, 'kind') === 'co-mention');
    const results = rows.filter(r => v(r, 'kind') === 'result');

    const section = el('section', { id: 'entity-view', 'data-type': type || '' },
      el('h1', {}, el('span', { id: 'entity-label' }, v(head, 'label')), ' ', el('span', { id: 'entity-type' }, typeBadge(type))),
      el('p', { class: 'muted' }, el('span', { id: 'entity-paper-count' }, plural(num(head, 'count'), 'paper')),
        ' · ', el('code', { id: 'entity-iri' }, iri)),
      el('p', { id: 'entity-aliases' }, aliases.length ? ['Also written: ', aliases.join(' · ')] : el('span', { class: 'muted' }, 'No other names seen.')));
    view.appendChild(section);
    const sectionsPager = () => pager('entity-pager', 'papers and results:', page,
      Math.max(distinct(papers, 'node'), distinct(results, 'node')), 'entity-details',
      n => entityHref(iri, { page: n, leaderboard: Number(pages.leaderboard) }));
    append(section, sectionsPager());

    if (type === 'Benchmark') {
      section.appendChild(el('section', { id: 'leaderboard' }, el('h2', {}, 'Leaderboard'),
        el('p', { id: 'leaderboard-empty', class: 'muted', hidden: 'hidden' }, 'No absolute results reported on this benchmark.')));
      await leaderboard(iri, pages);
    }
    if (results.length) {
      section.appendChild(el('h2', {}, type === 'Benchmark' ? 'All reported results (with relative gains)' : 'Results'));
      section.appendChild(resultsTable('entity-results', results, type));
    }

    section.appendChild(el('h2', {}, 'Papers'));
    const pl = el('ul', { id: 'entity-papers', class: 'plain' });
    for (const p of papers) {
      pl.appendChild(el('li', {}, paperLink(v(p, 'node'), v(p, 'label') || v(p, 'paperId')), ' ',
        el('span', { class: 'muted' }, (v(p, 'relation') || '').split(' ').join(', '))));
    }
    if (!papers.length) pl.appendChild(el('li', { class: 'muted' }, 'No papers.'));
    section.appendChild(pl);

    section.appendChild(el('h2', {}, 'Named in the same papers'));
    const cl = el('ul', { id: 'entity-comentions', class: 'plain' });
    for (const c of co) {
      cl.appendChild(el('li', {}, typeBadge(v(c, 'typeName')), ' ', entityLink(v(c, 'node'), v(c, 'label')), ' ',
        el('span', { class: 'muted' }, plural(num(c, 'count'), 'shared paper'))));
    }
    if (!co.length) cl.appendChild(el('li', { class: 'muted' }, 'None.'));
    section.appendChild(cl);
    const bottom = sectionsPager();
    if (bottom) { bottom.id = 'entity-pager-bottom'; section.appendChild(bottom); }
  }

  /** Result rows of entity-details: the other side (benchmark for a model, subject otherwise), metric, value, paper. */
  function resultsTable(id, rows, type) {
    const other = type === 'Benchmark' ? 'Subject' : type === 'Model' ? 'Benchmark' : 'Subject / benchmark';
    const table = el('table', { id: id }, el('thead', {}, el('tr', {},
      el('th', {}, other), el('th', {}, 'Metric'), el('th', {}, 'Value'), el('th', {}, 'Paper'))));
    const body = el('tbody');
    for (const r of rows) {
      const value = (v(r, 'value') || '—') + (v(r, 'relative') === 'true' ? ' (relative)' : '');
      body.appendChild(el('tr', { class: 'entity-result-row' }, el('td', {}, v(r, 'label') || '—'),
        el('td', {}, v(r, 'metricLabel') || '—'), el('td', { class: 'num' }, value),
        el('td', {}, v(r, 'paper') ? paperLink(v(r, 'paper'), v(r, 'paperId')) : (v(r, 'paperId') || ''))));
    }
    table.appendChild(body);
    return table;
  }

  async function leaderboard(iri, pages) {
    const rows = await named('leaderboard', { benchmark: iri, page: pages.leaderboard });
    const page = Number(pages.leaderboard);
    const box = $('leaderboard');
    append(box, pager('leaderboard-pager', 'leaderboard', page, rows.length, 'leaderboard',
      n => entityHref(iri, { page: Number(pages.page), leaderboard: n })));
    if (!rows.length) {
      if (page > 1) $('leaderboard-empty').textContent = 'No more results: this page is past the end of the leaderboard.';
      $('leaderboard-empty').hidden = false;
      return;
    }
    const table = el('table', { id: 'leaderboard-table' }, el('thead', {}, el('tr', {},
      el('th', {}, 'Rank'), el('th', {}, 'Model'), el('th', {}, 'Metric'), el('th', {}, 'Value'), el('th', {}, 'Paper'))));
    const body = el('tbody');
    for (const r of rows) {
      body.appendChild(el('tr', { class: 'leaderboard-row' },
        el('td', { class: 'num' }, v(r, 'rank')),
        el('td', {}, v(r, 'subject') ? entityLink(v(r, 'subject'), v(r, 'subjectLabel')) : el('span', { class: 'muted' }, 'unnamed')),
        el('td', {}, v(r, 'metricLabel') || '—'),
        el('td', { class: 'num' }, v(r, 'valueText') || v(r, 'value')),
        el('td', {}, paperLink(v(r, 'paper'), v(r, 'title') || v(r, 'paperId')))));
    }
    table.appendChild(body);
    box.appendChild(chart(rows));
    box.appendChild(table);
  }

  /** Horizontal bars for the metric with the most rows, longest bar = largest value. */
  function chart(rows) {
    const byMetric = new Map();
    for (const r of rows) {
      const m = v(r, 'metricLabel') || '(no metric)';
      if (!byMetric.has(m)) byMetric.set(m, []);
      byMetric.get(m).push(r);
    }
    let metric = null, group = [];
    for (const [m, g] of byMetric) if (g.length > group.length) { metric = m; group = g; }
    group = group.slice(0, 25);
    const max = Math.max(...group.map(r => Math.abs(num(r, 'value')) || 0), 1e-9);
    const barH = 22, labelW = 220, width = 720, chartW = width - labelW - 70;
    const s = svg('svg', { id: 'leaderboard-chart', viewBox: `0 0 ${width} ${group.length * barH + 24}`,
      role: 'img', 'aria-label': 'Bar chart of ' + metric });
    s.appendChild(svg('text', { x: 0, y: 14 }, 'Metric: ' + metric));
    group.forEach((r, i) => {
      const y = 22 + i * barH;
      const w = Math.max(1, chartW * (Math.abs(num(r, 'value')) || 0) / max);
      const name = (v(r, 'subjectLabel') || 'unnamed') + ' (' + (v(r, 'paperId') || '') + ')';
      s.appendChild(svg('text', { x: 0, y: y + 14 }, name.length > 34 ? name.slice(0, 33) + '…' : name));
      const bar = svg('rect', { class: 'bar', x: labelW, y: y + 3, width: w.toFixed(1), height: barH - 6 });
      bar.appendChild(svg('title', {}, name + ': ' + (v(r, 'valueText') || v(r, 'value'))));
      s.appendChild(bar);
      s.appendChild(svg('text', { x: labelW + w + 6, y: y + 14 }, v(r, 'valueText') || v(r, 'value')));
    });
    return s;
  }

  async function paper(view, iri) {
    const rows = await named('paper-details', { paper: iri });
    const head = rows.find(r => v(r, 'kind') === 'paper');
    if (!head) {
      view.appendChild(el('section', { id: 'paper-view' }, el('h1', {}, 'Unknown paper'), el('p', {}, iri)));
      return;
    }
    const mentions = rows.filter(r => v(r, 'kind') === 'mention');
    const section = el('section', { id: 'paper-view' },
      el('h1', { id: 'paper-title' }, highlight(v(head, 'title') || '', mentions.filter(m => v(m, 'inTitle') === 'true'))),
      el('p', { id: 'paper-meta', class: 'muted' }, v(head, 'paperId'), v(head, 'issued') ? ' · ' + v(head, 'issued') : ''),
      legend(mentions),
      el('div', { id: 'paper-abstract' }, highlight(v(head, 'abstract') || '', mentions.filter(m => v(m, 'inTitle') !== 'true'))));
    view.appendChild(section);

    section.appendChild(el('h2', {}, 'Results'));
    const results = rows.filter(r => v(r, 'kind') === 'result');
    const table = el('table', { id: 'paper-results' }, el('thead', {}, el('tr', {},
      el('th', {}, 'Subject'), el('th', {}, 'Benchmark'), el('th', {}, 'Metric'), el('th', {}, 'Value'),
      el('th', {}, 'Confidence'), el('th', {}, 'Evidence'))));
    const body = el('tbody');
    for (const r of results) {
      body.appendChild(el('tr', { class: 'result-row' }, el('td', {}, v(r, 'subjectLabel') || '—'),
        el('td', {}, v(r, 'benchmarkLabel') || '—'), el('td', {}, v(r, 'metricLabel') || '—'),
        el('td', { class: 'num' }, (v(r, 'valueText') || v(r, 'value') || '') + (v(r, 'relative') === 'true' ? ' (relative)' : '')),
        el('td', { class: 'num' }, fmt(num(r, 'confidence'))), el('td', { class: 'muted' }, v(r, 'evidence') || '')));
    }
    if (!results.length) body.appendChild(el('tr', {}, el('td', { colspan: 6, class: 'muted' }, 'No results extracted.')));
    table.appendChild(body);
    section.appendChild(table);

    section.appendChild(el('h2', {}, 'Code'));
    const code = el('ul', { id: 'paper-code', class: 'plain' });
    for (const r of rows.filter(r => v(r, 'kind') === 'code')) {
      const url = v(r, 'node');
      const safe = /^https?:\/\//i.test(url);
      code.appendChild(el('li', {}, safe ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'code-link' }, url) : url));
    }
    if (!code.children.length) code.appendChild(el('li', { class: 'muted' }, 'No code link found.'));
    section.appendChild(code);

    section.appendChild(el('h2', {}, 'Entities'));
    const facts = el('ul', { id: 'paper-entities', class: 'plain' });
    for (const kind of ['proposes', 'evaluatesOn']) {
      for (const r of rows.filter(r => v(r, 'kind') === kind)) {
        facts.appendChild(el('li', { class: 'fact-' + kind }, kind === 'proposes' ? 'Proposes ' : 'Evaluates on ',
          typeBadge(v(r, 'typeName')), ' ', entityLink(v(r, 'node'), v(r, 'label'))));
      }
    }
    const seen = new Set();
    for (const m of mentions) {
      if (seen.has(v(m, 'node'))) continue;
      seen.add(v(m, 'node'));
      facts.appendChild(el('li', { class: 'fact-mention' }, 'Mentions ', typeBadge(v(m, 'typeName')), ' ',
        entityLink(v(m, 'node'), v(m, 'label')), el('span', { class: 'muted' }, ' · confidence ', fmt(num(m, 'confidence')))));
    }
    section.appendChild(facts);
  }

  function legend(mentions) {
    const types = [...new Set(mentions.map(m => v(m, 'typeName')).filter(Boolean))];
    return el('div', { class: 'legend', id: 'paper-legend' }, types.map(t => typeBadge(t)));
  }

  /**
   * The text with each mention [start, end) wrapped in a link + mark; offsets are UTF-16 indices,
   * as JavaScript strings use. Overlapping or out-of-range mentions are skipped.
   */
  function highlight(text, mentions) {
    const spans = mentions
      .map(m => ({ start: num(m, 'start'), end: num(m, 'end'), m: m }))
      .filter(s => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue;
      out.push(text.slice(at, s.start));
      const type = v(s.m, 'typeName') || 'Other';
      const conf = num(s.m, 'confidence');
      const mark = el('mark', {
        class: 'mention type-' + (TYPES.includes(type) ? type : 'Other'),
        'data-type': type, 'data-confidence': conf === undefined ? '' : String(conf), 'data-entity': v(s.m, 'node'),
        title: type + ' · ' + (v(s.m, 'label') || '') + ' · confidence ' + fmt(conf)
      }, text.slice(s.start, s.end));
      out.push(el('a', { href: entityHref(v(s.m, 'node')), class: 'mention-link' }, mark));
      at = s.end;
    }
    out.push(text.slice(at));
    return out;
  }

  /**
   * "previous page" / "next page" links for a paged section: next only when the section returned a
   * full page (fewer rows means it was the last), previous from page 2 on. hrefFor(n) is page n's link.
   */
  function pager(id, what, page, rows, queryName, hrefFor) {
    const size = pageSizes[queryName];
    const full = size > 0 && rows >= size;
    if (page <= 1 && !full) return null;
    return el('nav', { class: 'pager', id: id, 'data-page': page },
      page > 1 ? el('a', { href: hrefFor(page - 1), class: 'pager-previous' }, 'previous page') : null,
      el('span', { class: 'muted' }, ' ', what, ' page ', page, ' '),
      full ? el('a', { href: hrefFor(page + 1), class: 'pager-next' }, 'next page') : null);
  }

  function distinct(rows, name) { return new Set(rows.map(r => v(r, name))).size; }

  /** The page number of a view (a whole number from 1), or the text as given, for the server to refuse. */
  function pageParam(text) { return text === null || text === undefined ? 1 : text; }

  function fmt(x) { return x === undefined || Number.isNaN(x) ? '—' : x.toFixed(2); }
  function plural(n, word) { return (n === undefined ? '?' : n) + ' ' + word + (n === 1 ? '' : 's'); }

  // ---- routing -----------------------------------------------------------------------------

  async function route() {
    const id = ++renderId;
    const full = location.hash.replace(/^#/, '') || '/';
    const cut = full.indexOf('?');  // IRIs in the path are percent-encoded, so the first ? starts the options
    const hash = cut < 0 ? full : full.slice(0, cut);
    const options = new URLSearchParams(cut < 0 ? '' : full.slice(cut + 1));
    const pages = { page: pageParam(options.get('page')), leaderboard: pageParam(options.get('leaderboard')) };
    const view = $('view');
    view.replaceChildren();
    clearQueries();
    status('Loading…');
    const parts = hash.split('/');
    const arg = parts.length > 2 ? decodeURIComponent(parts.slice(2).join('/')) : '';
    try {
      if (parts[1] === 'search' && arg) await search(view, arg);
      else if (parts[1] === 'entity' && arg) await entity(view, arg, pages);
      else if (parts[1] === 'paper' && arg) await paper(view, arg);
      else await home(view);
      if (id === renderId) status('');
    } catch (e) {
      if (id === renderId) status(String(e && e.message ? e.message : e), true);
    }
    document.body.setAttribute('data-ready', String(id));
  }

  async function loadPageSizes() {
    try {
      for (const q of await (await fetch('/api/named')).json()) pageSizes[q.name] = Number(q.pageSize) || 0;
    } catch (e) { /* no page sizes: no next-page links, every first page still shows */ }
  }

  async function init() {
    try {
      const config = await (await fetch('/api/config')).json();
      if (config && typeof config.endpoint === 'string') endpoint = config.endpoint;
    } catch (e) { /* keep the default endpoint */ }
    pageSizesLoaded = loadPageSizes();
    $('endpoint-path').textContent = endpoint;
    $('search-form').addEventListener('submit', ev => {
      ev.preventDefault();
      const q = $('search-input').value.trim();
      if (q) location.hash = '#/search/' + encodeURIComponent(q);
    });
    window.addEventListener('hashchange', route);
    route();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
