// Stance matrix filters: hide regions (row groups) and topics (columns). Without this script the full matrix shows.
// A classic deferred script, not an ES module: Chromium refuses module scripts on file:// pages.
(function () {
  'use strict';
  var form = document.getElementById('matrix-filters');
  var table = document.getElementById('stance-matrix');
  if (!form || !table) { return; }
  var region = document.getElementById('filter-region');
  var topic = document.getElementById('filter-topic');
  var status = form.querySelector('.filter-status');

  function optionExists(select, value) {
    return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
  }

  function remember() {
    var query = [];
    if (region.value) { query.push('region=' + encodeURIComponent(region.value)); }
    if (topic.value) { query.push('topic=' + encodeURIComponent(topic.value)); }
    try {
      history.replaceState(null, '', location.pathname + (query.length ? '?' + query.join('&') : '') + location.hash);
    } catch (e) { /* some file:// setups refuse; the filter still works */ }
  }

  function apply() {
    var shown = 0;
    table.querySelectorAll('tbody[data-region]').forEach(function (body) {
      var visible = !region.value || body.getAttribute('data-region') === region.value;
      body.hidden = !visible;
      if (visible) { shown += body.querySelectorAll('tr[data-region]').length; }
    });
    table.querySelectorAll('[data-topic]').forEach(function (cell) {
      cell.hidden = !!topic.value && cell.getAttribute('data-topic') !== topic.value;
    });
    status.textContent = 'Showing ' + shown + (shown === 1 ? ' jurisdiction' : ' jurisdictions') +
      (topic.value ? ', one topic' : ', all topics') + '.';
  }

  var params = new URLSearchParams(location.search);
  if (params.get('region') && optionExists(region, params.get('region'))) { region.value = params.get('region'); }
  if (params.get('topic') && optionExists(topic, params.get('topic'))) { topic.value = params.get('topic'); }
  form.hidden = false;
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); remember(); });
  region.addEventListener('change', function () { apply(); remember(); });
  topic.addEventListener('change', function () { apply(); remember(); });
  apply();
}());
