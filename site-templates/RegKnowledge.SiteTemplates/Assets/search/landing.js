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
  if (query && script && location.protocol !== 'file:') {
    import(new URL('page-highlight.js', script.src).href)
      .then(function (module) { return module.highlight(query); })
      .catch(function () { /* marking is a convenience: the page reads the same without it */ });
  }
})();
