/* Annals preview: reloads the page after each rebuild and shows build errors over it. Served only by 'annals serve'.
   Works under the site's Content-Security-Policy: no inline style or script; the overlay's look is in live.css. */
(function () {
  'use strict';
  var OVERLAY = 'annals-error-overlay';

  var style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = '/__annals/live.css';
  document.head.appendChild(style);

  function show(text) {
    var overlay = document.getElementById(OVERLAY);
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = OVERLAY;
      overlay.setAttribute('role', 'alert');
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var title = document.createElement('strong');
    title.className = 'annals-error-title';
    title.textContent = 'The build failed. Fix the file and save: this page reloads.';
    var pre = document.createElement('pre');
    pre.className = 'annals-error-report';
    pre.textContent = text;
    overlay.appendChild(title);
    overlay.appendChild(pre);
  }

  var events = new EventSource('/__annals/events');
  events.addEventListener('reload', function () { window.location.reload(); });
  events.addEventListener('build-error', function (event) { show(event.data); });
})();
