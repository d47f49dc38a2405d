(function () {
  var d = document.body;
  var root = document.documentElement;
  d.setAttribute('data-height', Math.ceil(Math.max(root.scrollHeight, d.scrollHeight)));
  var s = document.querySelectorAll('section.chart'), ok = 0;
  s.forEach(function (e) {
    var v = e.querySelector('svg');
    if (!v) return;
    var b = v.getBoundingClientRect();
    if (b.width > 100 && b.height > 50 && v.querySelectorAll('text').length > 0
        && v.querySelectorAll('title').length == Number(e.dataset.marks) + 1) ok++;
  });
  d.setAttribute('data-sections', s.length);
  d.setAttribute('data-rendered', ok);
  ['file', 'rows', 'customers', 'calibration', 'holdout', 'unit', 'version'].forEach(function (f) {
    d.setAttribute('data-h-' + f, document.querySelector('dd[data-field=' + f + ']').textContent);
  });
  // every text of every chart as drawn: its corners on the screen, its text and rendered width
  var charts = [];
  document.querySelectorAll('svg').forEach(function (v) {
    var texts = [];
    v.querySelectorAll('text').forEach(function (t) {
      var text = '';
      t.childNodes.forEach(function (n) { if (n.nodeType === 3) text += n.nodeValue; });
      if (text === '') return;
      var b = t.getBBox(), m = t.getScreenCTM(), c = [];
      [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
        .forEach(function (p) {
          var q = new DOMPoint(p[0], p[1]).matrixTransform(m);
          c.push(q.x.toFixed(2), q.y.toFixed(2));
        });
      var r = v.getBoundingClientRect();
      texts.push(c.join(',') + ',' + b.width.toFixed(2) + ',' + t.getAttribute('font-size')
        + ',' + (t.getAttribute('font-weight') === 'bold' ? 1 : 0) + ',' + encodeURIComponent(text));
    });
    var r = v.getBoundingClientRect();
    charts.push([r.left, r.top, r.right, r.bottom].map(function (x) { return x.toFixed(2); }).join(',')
      + ';' + texts.join(';'));
  });
  d.setAttribute('data-texts', charts.join('|'));
  // the segment filter: open the data tables, count what is shown, choose a segment, count again
  var select = document.querySelector('div.filter select');
  d.setAttribute('data-filter-options', select ? select.options.length : 0);
  if (!select) return;
  var filtered = document.querySelectorAll('section[data-filter-column]');
  filtered.forEach(function (e) { e.querySelectorAll('details').forEach(function (x) { x.open = true; }); });
  function shown(selector) {
    var n = 0, keys = [];
    filtered.forEach(function (e) {
      e.querySelectorAll(selector).forEach(function (x) {
        if (x.getClientRects().length > 0) {
          n++;
          if (keys.indexOf(x.getAttribute('data-key')) < 0) keys.push(x.getAttribute('data-key'));
        }
      });
    });
    return n + ':' + keys.join('\t');
  }
  d.setAttribute('data-rows-all', shown('tr[data-key]'));
  d.setAttribute('data-marks-all', shown('g[data-key]'));
  select.selectedIndex = 1;
  select.dispatchEvent(new Event('change'));
  d.setAttribute('data-chosen', select.value);
  d.setAttribute('data-rows-one', shown('tr[data-key]'));
  d.setAttribute('data-marks-one', shown('g[data-key]'));
  d.setAttribute('data-status', document.querySelector('div.filter output').textContent);
  select.selectedIndex = 0;
  select.dispatchEvent(new Event('change'));
  d.setAttribute('data-rows-again', shown('tr[data-key]'));
})();
