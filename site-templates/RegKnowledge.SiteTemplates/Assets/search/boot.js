// Starts the search page (a classic script, as the page shell loads them): adds the search styles, then loads the search
// client, search.bundle.js (one classic script, built from the ES modules by bundle.mjs). A classic script also runs on a
// page opened from disk (file://), where the client reads the index from its script mirror (index-files.js, scriptSource).
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

  var client = document.createElement('script');
  client.src = new URL('search.bundle.js', script.src).href;
  client.onerror = function () { explain('Search could not start: its script did not load.'); };
  document.head.appendChild(client);
})();
