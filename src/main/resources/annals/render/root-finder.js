(function () {
  var parts = window.location.pathname.split('/').filter(Boolean);
  var roots = [];
  for (var i = parts.length; i >= 0; i--) {
    roots.push('/' + parts.slice(0, i).join('/') + (i ? '/' : ''));
  }
  (function next(k) {
    if (k >= roots.length) {
      return;
    }
    fetch(roots[k] + 'assets/annals.css', { method: 'HEAD' }).then(function (response) {
      if (!response.ok) {
        return next(k + 1);
      }
      document.querySelectorAll('a[data-root]').forEach(function (a) {
        a.href = roots[k] + a.getAttribute('data-root');
      });
    }, function () { next(k + 1); });
  })(0);
})();
