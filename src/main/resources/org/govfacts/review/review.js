/* govfacts review: fact details on click, findings joined to their figures, sortable and filterable tables. No network. */
(function () {
  'use strict';
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function data(id) { var el = document.getElementById(id); return el ? JSON.parse(el.textContent) : []; }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  var facts = data('facts-data');
  var findings = data('findings-data');
  var detail = document.getElementById('detail');

  /* Fields shown for every figure (absent or null: a dash), then those some types have. */
  var MAIN = ['value', 'unit', 'qualifier', 'indicator', 'period', 'status', 'region_norm'];
  var EXTRA = ['value_max', 'basis', 'rank', 'top', 'scope', 'name', 'region'];
  var NUMERIC = { money: 1, quantity: 1, growth: 1, ratio: 1 };

  function shown(v) { return v === undefined || v === null || v === '' ? null : String(v); }
  function row(dl, key, value) {
    dl.appendChild(el('dt', key));
    var s = shown(value);
    dl.appendChild(s === null ? el('dd', '—', 'none') : el('dd', s));
  }
  function marksOf(i) { return all('mark.f[data-f="' + i + '"]'); }
  function anchorOf(f) { return 'f-' + f.start + '-' + f.end; }

  function showFact(i) {
    var f = facts[i];
    if (!detail || !f) return;
    detail.textContent = '';
    detail.appendChild(el('h3', f.type + ' · ' + f.text));
    var dl = el('dl');
    detail.appendChild(dl);
    MAIN.forEach(function (k) {
      if (!(k in f) && !NUMERIC[f.type] && k !== 'status' && k !== 'region_norm') return;
      if (k === 'period') {
        var norm = shown(f.period_norm);
        row(dl, 'period', (shown(f.period) || '—') + ' → ' + (norm === null ? '—' : norm));
      } else {
        row(dl, k, f[k]);
      }
    });
    EXTRA.forEach(function (k) { if (k in f) row(dl, k, f[k]); });
    row(dl, 'span', f.start + '–' + f.end);
    dl.appendChild(el('dt', 'link'));
    var dd = el('dd');
    var a = el('a', f.link);
    a.href = '#' + anchorOf(f);
    dd.appendChild(a);
    dl.appendChild(dd);
    /* facts this one lies inside of, or that lie inside it */
    var others = {};
    marksOf(i).forEach(function (m) {
      for (var p = m.parentElement; p && p.matches('mark.f'); p = p.parentElement) others[p.getAttribute('data-f')] = 1;
      all('mark.f', m).forEach(function (c) { others[c.getAttribute('data-f')] = 1; });
    });
    delete others[String(i)];
    var keys = Object.keys(others);
    if (keys.length) {
      detail.appendChild(el('h4', 'Overlapping facts'));
      var ul = el('ul');
      keys.forEach(function (k) {
        var li = el('li');
        var link = el('a', facts[k].type + ' · ' + facts[k].text);
        link.href = '#' + anchorOf(facts[k]);
        li.appendChild(link);
        ul.appendChild(li);
      });
      detail.appendChild(ul);
    }
    var mine = findings.map(function (x, k) { return [x, k]; }).filter(function (p) {
      return p[0].facts.some(function (x) { return x.i === i; });
    });
    if (mine.length) {
      detail.appendChild(el('h4', 'Check findings'));
      var fl = el('ul');
      mine.forEach(function (p) {
        var li = el('li');
        li.appendChild(el('span', p[0].verdict.replace('_', ' '), 'verdict v-' + p[0].verdict));
        li.appendChild(document.createTextNode(' ' + p[0].message + ' '));
        var b = el('a', 'show figures');
        b.href = '#findings';
        b.addEventListener('click', function (e) { e.preventDefault(); join(p[1]); });
        li.appendChild(b);
        fl.appendChild(li);
      });
      detail.appendChild(fl);
    }
  }

  function inView(e) {
    var r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= (window.innerHeight || document.documentElement.clientHeight);
  }

  function select(i, scroll) {
    all('.sel').forEach(function (e) { e.classList.remove('sel'); });
    var ms = marksOf(i);
    ms.forEach(function (m) { m.classList.add('sel'); });
    all('tr[data-f="' + i + '"]').forEach(function (r) { r.classList.add('sel'); });
    showFact(i);
    if (scroll && ms.length && !inView(ms[0])) ms[0].scrollIntoView({ block: 'center' });
  }

  function join(k) {
    var x = findings[k];
    if (!x) return;
    all('.joined').forEach(function (e) { e.classList.remove('joined'); });
    all('li.finding.active').forEach(function (e) { e.classList.remove('active'); });
    all('li.finding[data-k="' + k + '"]').forEach(function (e) { e.classList.add('active'); });
    var first = null;
    x.facts.forEach(function (f) {
      if (f.i === undefined) return;
      marksOf(f.i).forEach(function (m) { m.classList.add('joined'); if (!first) first = m; });
    });
    if (first) first.scrollIntoView({ block: 'center' });
  }

  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!/^f-\d+-\d+$/.test(id)) return;
    var m = document.getElementById(id);
    if (m && m.hasAttribute('data-f')) select(Number(m.getAttribute('data-f')), true);
  }

  var text = document.getElementById('text');
  if (text) {
    text.addEventListener('click', function (e) {
      var m = e.target.closest('mark.f');
      if (!m) return;
      var i = Number(m.getAttribute('data-f'));
      select(i, false);
      if (history.replaceState) history.replaceState(null, '', '#' + anchorOf(facts[i]));
    });
  }
  all('li.finding').forEach(function (li) {
    li.addEventListener('click', function (e) {
      if (e.target.closest('a')) return;
      join(Number(li.getAttribute('data-k')));
    });
  });
  window.addEventListener('hashchange', fromHash);

  /* tables: click a header to sort (numbers by value), type to filter */
  all('table.sortable').forEach(function (table) {
    var body = table.tBodies[0];
    all('th', table.tHead).forEach(function (th, col) {
      th.addEventListener('click', function () {
        var asc = !th.classList.contains('asc');
        all('th', table.tHead).forEach(function (h) { h.classList.remove('asc', 'desc'); });
        th.classList.add(asc ? 'asc' : 'desc');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col], y = b.cells[col];
          var nx = x.hasAttribute('data-v') ? Number(x.getAttribute('data-v')) : NaN;
          var ny = y.hasAttribute('data-v') ? Number(y.getAttribute('data-v')) : NaN;
          var c;
          if (!isNaN(nx) || !isNaN(ny)) c = isNaN(nx) ? 1 : isNaN(ny) ? -1 : nx - ny; /* empty cells last */
          else c = x.textContent.localeCompare(y.textContent, 'zh');
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    all('tr[data-f]', body).forEach(function (r) {
      r.addEventListener('click', function (e) {
        if (e.target.closest('a')) return;
        select(Number(r.getAttribute('data-f')), true);
      });
    });
  });

  var ft = document.getElementById('filter-text');
  var ftype = document.getElementById('filter-type');
  var fstatus = document.getElementById('filter-status');
  var count = document.getElementById('filter-count');
  function filter() {
    var table = document.querySelector('table.sortable');
    if (!table) return;
    var words = ft ? ft.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    var type = ftype ? ftype.value : '';
    var status = fstatus ? fstatus.value : '';
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var n = 0;
    rows.forEach(function (r) {
      var t = r.textContent.toLowerCase();
      var ok = words.every(function (w) { return t.indexOf(w) >= 0; })
        && (!type || r.getAttribute('data-type') === type)
        && (!status || r.getAttribute('data-status') === status);
      r.hidden = !ok;
      if (ok) n++;
    });
    if (count) count.textContent = n + ' of ' + rows.length;
  }
  [ft, ftype, fstatus].forEach(function (c) { if (c) c.addEventListener('input', filter); });
  filter();
  fromHash();
})();
