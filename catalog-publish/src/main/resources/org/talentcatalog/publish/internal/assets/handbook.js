/* Search and filters of the positions table, in plain JavaScript. Without it every position is shown. */
(function () {
  'use strict';
  var forms = document.querySelectorAll('form.filters');
  Array.prototype.forEach.call(forms, function (form) {
    var table = document.getElementById(form.getAttribute('data-table'));
    if (!table) { return; }
    var rows = table.querySelectorAll('tr.position');
    var groups = table.querySelectorAll('tbody');
    var count = form.querySelector('.count');
    var empty = document.getElementById(table.id + '-empty');
    var pattern = form.getAttribute('data-count');
    var fields = ['industry', 'level', 'category', 'education'];
    function apply() {
      var terms = form.elements.q.value.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
      var wanted = fields.map(function (f) { return form.elements[f].value; });
      var shown = 0;
      for (var i = 0; i < rows.length; i++) {
        var row = rows[i];
        var ok = true;
        for (var k = 0; k < fields.length && ok; k++) {
          ok = wanted[k] === '' || row.getAttribute('data-' + fields[k]) === wanted[k];
        }
        var text = row.getAttribute('data-search');
        for (var t = 0; t < terms.length && ok; t++) {
          ok = text.indexOf(terms[t]) >= 0;
        }
        row.hidden = !ok;
        if (ok) { shown++; }
      }
      for (var g = 0; g < groups.length; g++) {
        var visible = groups[g].querySelectorAll('tr.position:not([hidden])').length;
        groups[g].hidden = visible === 0;
        var n = groups[g].querySelector('tr.group .n');
        if (n) { n.textContent = '(' + visible + ')'; }
      }
      count.textContent = pattern.replace('{0}', String(shown)).replace('{1}', String(rows.length));
      if (empty) { empty.hidden = shown > 0; }
    }
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.hidden = false;
    apply();
  });
}());
