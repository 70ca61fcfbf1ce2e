// On every page: "/" puts the cursor in the search box, and a page reached from a search result (?hl=the query) marks
// the query's words in its text. A classic script, as the page shell loads them; the marking code is loaded only when needed.
(function () {
  'use strict';
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) { return; }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) { return; }
    var box = document.getElementById('search-input') || document.getElementById('home-search-input') ||
      document.getElementById('header-search-input');
    if (!box) { return; }
    event.preventDefault();
    box.focus();
    box.select();
  });

  var query = new URLSearchParams(location.search).get('hl');
  var script = document.currentScript;
  if (query && script) {
    // page-highlight.bundle.js reads ?hl itself; marking is a convenience, so a failed load changes nothing.
    var marker = document.createElement('script');
    marker.src = new URL('page-highlight.bundle.js', script.src).href;
    document.head.appendChild(marker);
  }
})();
