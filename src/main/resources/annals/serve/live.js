/* Annals preview: reloads the page after each rebuild and shows build errors over it. Served only by 'annals serve'. */
(function () {
  'use strict';
  var OVERLAY = 'annals-error-overlay';

  function show(text) {
    var overlay = document.getElementById(OVERLAY);
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = OVERLAY;
      overlay.setAttribute('role', 'alert');
      var s = overlay.style;
      s.position = 'fixed';
      s.inset = '0';
      s.zIndex = '2147483647';
      s.overflow = 'auto';
      s.padding = '2rem';
      s.background = 'rgba(20, 20, 24, 0.94)';
      s.color = '#ffd7d7';
      s.font = '14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var title = document.createElement('strong');
    title.textContent = 'The build failed. Fix the file and save: this page reloads.';
    title.style.display = 'block';
    title.style.marginBottom = '1rem';
    title.style.color = '#fff';
    var pre = document.createElement('pre');
    pre.textContent = text;
    pre.style.whiteSpace = 'pre-wrap';
    pre.style.background = 'transparent';
    pre.style.color = '#ffd7d7';
    pre.style.padding = '0';
    pre.style.margin = '0';
    overlay.appendChild(title);
    overlay.appendChild(pre);
  }

  var events = new EventSource('/__annals/events');
  events.addEventListener('reload', function () { window.location.reload(); });
  events.addEventListener('build-error', function (event) { show(event.data); });
})();
