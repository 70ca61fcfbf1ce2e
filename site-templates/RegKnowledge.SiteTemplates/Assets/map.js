// World map: recolour countries (and the list of regimes beside the map) for the chosen topic; keeps ?topic= in the address.
// Each outline carries data-levels = {"topic": {"c": css class, "l": label}}. Without this script the first topic shows.
(function () {
  'use strict';
  var form = document.getElementById('map-controls');
  var select = document.getElementById('map-topic');
  var map = document.getElementById('world-map');
  if (!form || !select || !map) { return; }
  var topicName = document.getElementById('map-topic-name');

  function recolour(element, level) {
    var classes = (element.getAttribute('class') || '').split(/\s+/).filter(function (c) { return c && c.indexOf('lvl-') !== 0; });
    classes.push(level.c);
    element.setAttribute('class', classes.join(' '));
  }

  function apply(topic, remember) {
    document.querySelectorAll('[data-levels]').forEach(function (element) {
      var level = JSON.parse(element.getAttribute('data-levels'))[topic];
      if (!level) { return; }
      if (element.tagName.toLowerCase() === 'path') {
        recolour(element, level);
        var text = element.getAttribute('data-name') + ': ' + level.l;
        var title = element.querySelector('title');
        if (title) { title.textContent = text; }
        if (element.parentNode && element.parentNode.tagName.toLowerCase() === 'a') { element.parentNode.setAttribute('aria-label', text); }
      } else {
        var badge = element.querySelector('.badge');
        if (badge) { recolour(badge, level); badge.textContent = level.l; }
      }
    });
    topicName.textContent = select.options[select.selectedIndex].text;
    map.setAttribute('data-topic', topic);
    if (remember) {
      try { history.replaceState(null, '', location.pathname + '?topic=' + encodeURIComponent(topic) + location.hash); } catch (e) { /* file:// */ }
    }
  }

  var wanted = new URLSearchParams(location.search).get('topic');
  if (wanted && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) { select.value = wanted; }
  form.hidden = false;
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(select.value, true); });
  select.addEventListener('change', function () { apply(select.value, true); });
  apply(select.value, false);
}());
