/*
 * Citation previews and the "Cite this paper" box. A citation link (a.citation[data-ref]) shows
 * its reference in a popover on hover, keyboard focus or tap, taken from the same page: the
 * section's "Works cited" list (#work-N) or the whole paper's reference list (#ref-N). Without
 * JavaScript a citation is a plain link to its entry. With a citation focused, the Down arrow moves
 * into its popover; Escape returns. The popover's links are never in the Tab order, so a closing
 * popover leaves nothing behind. Also: the contents column marks the section being read.
 */
(function () {
  'use strict';

  function setUpPreviews() {
    var links = document.querySelectorAll('a.citation[data-ref]');
    if (!links.length) {
      return;
    }
    var popover = document.createElement('div');
    popover.id = 'citation-popover';
    popover.className = 'citation-popover';
    popover.setAttribute('role', 'tooltip');
    popover.hidden = true;
    document.body.appendChild(popover);
    var current = null;
    var lastPointer = 'mouse';
    var hideTimer = 0;
    var shownBeforeTap = false;

    function entryOf(link) {
      var n = link.getAttribute('data-ref');
      var entry = document.getElementById('work-' + n) || document.getElementById('ref-' + n);
      return entry && entry.querySelector('.ref-body');
    }

    function place(link) {
      var margin = 8;
      var rects = link.getClientRects();
      var rect = rects.length ? rects[rects.length - 1] : link.getBoundingClientRect();
      popover.style.left = '0px';
      popover.style.top = '0px';
      var width = popover.offsetWidth;
      var height = popover.offsetHeight;
      var left = Math.min(Math.max(margin, rect.left), document.documentElement.clientWidth - width - margin);
      var below = rect.bottom + margin;
      var top = below + height > window.innerHeight && rect.top - margin - height > 0
        ? rect.top - margin - height : below;
      popover.style.left = Math.max(margin, left) + window.scrollX + 'px';
      popover.style.top = top + window.scrollY + 'px';
    }

    function show(link) {
      var body = entryOf(link);
      if (!body) {
        return false;
      }
      window.clearTimeout(hideTimer);
      if (current && current !== link) {
        current.removeAttribute('aria-describedby');
      }
      popover.textContent = '';
      var copy = body.cloneNode(true);
      copy.querySelectorAll('[id]').forEach(function (e) { e.removeAttribute('id'); });
      popover.appendChild(copy);
      var go = document.createElement('a');
      go.className = 'citation-popover-entry';
      go.href = link.href;
      go.textContent = 'Go to the reference list';
      popover.appendChild(go);
      popover.querySelectorAll('a, button, [tabindex]').forEach(function (a) { a.tabIndex = -1; });
      popover.hidden = false;
      place(link);
      link.setAttribute('aria-describedby', popover.id);
      current = link;
      return true;
    }

    function hide() {
      window.clearTimeout(hideTimer);
      if (current) {
        current.removeAttribute('aria-describedby');
      }
      popover.hidden = true;
      current = null;
    }

    function hideSoon() {
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(hide, 250);
    }

    links.forEach(function (link) {
      link.addEventListener('mouseenter', function () {
        if (lastPointer === 'mouse') {
          show(link);
        }
      });
      link.addEventListener('mouseleave', hideSoon);
      link.addEventListener('focus', function () { show(link); });
      link.addEventListener('blur', function (event) {
        if (lastPointer !== 'touch' && !popover.contains(event.relatedTarget)) {
          hideSoon();
        }
      });
      link.addEventListener('keydown', function (event) {
        var first = popover.querySelector('a');
        if (event.key === 'ArrowDown' && current === link && first) {
          event.preventDefault();
          window.clearTimeout(hideTimer);
          first.focus();
        }
      });
      link.addEventListener('click', function (event) {
        // On a touch screen the first tap previews the reference (the tap's focus may already have
        // shown it); a second tap, or the popover's own link, goes to the entry.
        if (lastPointer === 'touch' && !shownBeforeTap && show(link)) {
          event.preventDefault();
        }
      });
    });
    popover.addEventListener('mouseenter', function () { window.clearTimeout(hideTimer); });
    popover.addEventListener('keydown', function (event) {
      var items = Array.prototype.slice.call(popover.querySelectorAll('a'));
      var at = items.indexOf(document.activeElement);
      var back = current;
      if (event.key === 'Escape' || event.key === 'Tab' || (event.key === 'ArrowUp' && at <= 0)) {
        event.preventDefault();
        hide();
        if (back) {
          back.focus();
        }
      } else if (event.key === 'ArrowDown' && at >= 0 && at < items.length - 1) {
        event.preventDefault();
        items[at + 1].focus();
      } else if (event.key === 'ArrowUp' && at > 0) {
        event.preventDefault();
        items[at - 1].focus();
      }
    });
    popover.addEventListener('focusout', function (event) {
      if (!popover.contains(event.relatedTarget) && event.relatedTarget !== current) {
        hideSoon();
      }
    });
    popover.addEventListener('mouseleave', hideSoon);
    document.addEventListener('pointerdown', function (event) {
      lastPointer = event.pointerType || 'mouse';
      shownBeforeTap = current !== null && event.target.closest('a.citation') === current;
      if (current && !popover.contains(event.target) && !event.target.closest('a.citation')) {
        hide();
      }
    }, true);
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && current) {
        hide();
      }
    });
    window.addEventListener('resize', function () {
      if (current) {
        place(current);
      }
    });
  }

  function setUpCiteBox() {
    // Without a base URL the page shows the paper's path in the site; here it becomes the full address.
    document.querySelectorAll('[data-cite-url]').forEach(function (span) {
      var url = new URL(span.getAttribute('data-cite-url'), document.baseURI);
      url.search = '';
      url.hash = '';
      span.textContent = url.href;
    });
    var status = document.querySelector('.copy-status');
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source || !navigator.clipboard) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        var text = source.textContent.replace(/\s+/g, ' ').trim();
        navigator.clipboard.writeText(text).then(function () {
          status.textContent = 'Copied: ' + text;
        }, function () {
          status.textContent = 'Copying was not allowed; select the citation and copy it instead.';
        });
      });
    });
  }

  /**
   * The paper's contents: closed at the top of a narrow screen, open beside the text on a wide one,
   * marking the section being read on the whole-paper page.
   */
  function setUpContents() {
    var nav = document.querySelector('.paper-contents');
    if (!nav) {
      return;
    }
    var details = nav.querySelector('details');
    var wide = window.matchMedia('(min-width: 68.75rem)');
    function fit() {
      details.open = wide.matches;
    }
    fit();
    wide.addEventListener('change', fit);
    var links = new Map();
    nav.querySelectorAll('a[href^="#"]').forEach(function (a) {
      links.set(decodeURIComponent(a.getAttribute('href').slice(1)), a);
    });
    var headings = Array.prototype.filter.call(document.querySelectorAll('h2[id], h3[id], h4[id], h5[id], h6[id]'),
      function (h) { return links.has(h.id); });
    if (!headings.length || !('IntersectionObserver' in window)) {
      return;
    }
    var visible = new Set();
    function mark() {
      var current = null;
      headings.forEach(function (h) {
        if (h.getBoundingClientRect().top < window.innerHeight * 0.3) {
          current = h;
        }
      });
      links.forEach(function (a) { a.removeAttribute('aria-current'); });
      if (current) {
        links.get(current.id).setAttribute('aria-current', 'location');
      }
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) {
          visible.add(e.target);
        } else {
          visible.delete(e.target);
        }
      });
      mark();
    });
    headings.forEach(function (h) { observer.observe(h); });
    window.addEventListener('scroll', function () { window.requestAnimationFrame(mark); }, { passive: true });
    mark();
  }

  function setUp() {
    setUpPreviews();
    setUpCiteBox();
    setUpContents();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
})();
