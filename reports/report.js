// evalgate report: sortable tables and row filters. No request, no eval, text only (textContent).
(function () {
  'use strict';
  function cellKey(row, col) {
    var cell = row.cells[col];
    if (!cell) return '';
    var sort = cell.getAttribute('data-sort');
    return sort !== null ? sort : cell.textContent.trim();
  }
  function compare(a, b, numeric) {
    if (numeric) {
      var x = a === '' ? NaN : Number(a);
      var y = b === '' ? NaN : Number(b);
      if (isNaN(x) && isNaN(y)) return 0;
      if (isNaN(x)) return 1;
      if (isNaN(y)) return -1;
      return x - y;
    }
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
  }
  function sortBy(table, th, col) {
    var body = table.tBodies[0];
    if (!body) return;
    var numeric = th.getAttribute('data-type') === 'number';
    var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    var heads = table.tHead.rows[0].cells;
    for (var i = 0; i < heads.length; i++) heads[i].removeAttribute('aria-sort');
    th.setAttribute('aria-sort', dir);
    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (r, i) { return { row: r, key: cellKey(r, col), index: i }; });
    keyed.sort(function (p, q) {
      var c = compare(p.key, q.key, numeric);
      if (c === 0) return p.index - q.index;
      if (numeric && (p.key === '' || q.key === '')) return c;
      return dir === 'ascending' ? c : -c;
    });
    keyed.forEach(function (k) { body.appendChild(k.row); });
  }
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    if (!table.tHead) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      var button = document.createElement('button');
      button.type = 'button';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, th, col); });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll('input.filter'), function (input) {
    var table = document.getElementById(input.getAttribute('data-table'));
    if (!table || !table.tBodies[0]) return;
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var show = q === '' || row.textContent.toLowerCase().indexOf(q) >= 0;
        row.classList.toggle('filtered-out', !show);
      });
    });
  });
})();
