// Compare page: show the 2–4 chosen jurisdiction columns of the pre-rendered table and keep the choice in ?j=sg,gb.
// Without this script every column shows.
(function () {
  'use strict';
  var form = document.getElementById('compare-chooser');
  var table = document.getElementById('compare-table');
  if (!form || !table) { return; }
  var MAX = 4;
  var MIN = 2;
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="j"]'));
  var known = boxes.map(function (b) { return b.value; });
  var status = form.querySelector('.filter-status');

  function fromQuery() {
    var wanted = [];
    new URLSearchParams(location.search).getAll('j').forEach(function (value) {
      value.split(',').forEach(function (id) {
        id = id.trim().toLowerCase();
        if (known.indexOf(id) >= 0 && wanted.indexOf(id) < 0 && wanted.length < MAX) { wanted.push(id); }
      });
    });
    return wanted;
  }

  function apply(selected, remember) {
    boxes.forEach(function (box) {
      box.checked = selected.indexOf(box.value) >= 0;
      box.disabled = !box.checked && selected.length >= MAX;
    });
    table.querySelectorAll('[data-j]').forEach(function (cell) {
      cell.hidden = selected.indexOf(cell.getAttribute('data-j')) < 0;
    });
    status.textContent = selected.length < MIN
      ? 'Choose at least ' + MIN + ' jurisdictions.'
      : 'Comparing ' + selected.length + ' jurisdictions' + (selected.length >= MAX ? ' (the most at once).' : '.');
    if (remember) {
      try {
        history.replaceState(null, '', location.pathname + (selected.length ? '?j=' + selected.join(',') : '') + location.hash);
      } catch (e) { /* some file:// setups refuse; the choice still applies */ }
    }
  }

  var initial = fromQuery();
  if (initial.length === 0) { initial = (table.getAttribute('data-default') || '').split(',').filter(Boolean); }
  form.hidden = false;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply(boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }), true);
  });
  boxes.forEach(function (box) {
    box.addEventListener('change', function () {
      apply(boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }), true);
    });
  });
  apply(initial, false);
}());
