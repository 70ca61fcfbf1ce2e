// Starts the search page (a classic script, as the page shell loads them): adds the search styles, then loads the search
// client, an ES module. Browsers refuse ES modules and fetch() for pages opened from disk (file://: the page's origin is
// opaque, and module scripts and fetches need CORS), so a page opened that way says so instead of failing silently.
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
      'This page was opened from disk, and browsers do not let such pages load the search code or the search index.');
    return;
  }
  import(new URL('search-page.js', script.src).href)
    .then(function (page) { return page.start(); })
    .catch(function (error) { explain('Search could not start: ' + (error && error.message ? error.message : error)); });
})();
