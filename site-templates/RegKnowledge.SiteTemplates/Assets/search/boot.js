// Starts the search page (a classic script, as the page shell loads them): adds the search styles, then loads the search
// client, search.bundle.js (one classic script, built from the ES modules by bundle.mjs). Browsers refuse fetch() for pages
// opened from disk (file://: the page's origin is opaque), so a page opened that way says so instead of failing silently.
(function () {
  'use strict';
  var root = document.getElementById('search-results');
  var script = document.currentScript;
  if (!root || !script) { return; }
  var style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('search.css', script.src).href;
  document.head.appendChild(style);

  function explain(text) {
    var message = document.createElement('p');
    message.className = 'search-status';
    message.setAttribute('role', 'status');
    message.textContent = text;
    var browse = document.createElement('p');
    var jurisdictions = document.createElement('a');
    jurisdictions.href = '../jurisdictions/';
    jurisdictions.textContent = 'jurisdiction';
    var topics = document.createElement('a');
    topics.href = '../topics/';
    topics.textContent = 'topic';
    browse.append('Meanwhile you can browse by ', jurisdictions, ' or ', topics, '.');
    root.replaceChildren(message, browse);
    root.dataset.state = 'unavailable';
  }

  if (location.protocol === 'file:') {
    explain('Search works when the site is served over HTTP (for example with "regk serve", or from any web server). ' +
      'This page was opened from disk, and browsers do not let such pages read the search index.');
    return;
  }
  var client = document.createElement('script');
  client.src = new URL('search.bundle.js', script.src).href;
  client.onerror = function () { explain('Search could not start: its script did not load.'); };
  document.head.appendChild(client);
})();
