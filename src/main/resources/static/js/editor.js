/*
 * The story editor: Quill for the body (the <textarea> stays the form field and works without
 * JavaScript), a warning before leaving with unsaved changes, and autosave. An existing story is
 * autosaved to the server every 10 seconds while it changes; every story, new or not, is also kept
 * in this browser's storage, so a closed tab or a crash loses at most a few seconds.
 */
(function () {
  'use strict';

  var form = document.getElementById('article-form');
  if (!form) {
    return;
  }
  var articleId = form.getAttribute('data-article-id') || 'new';
  var autosaveUrl = form.getAttribute('data-autosave-url');
  var storageKey = 'dateline:story:' + articleId;
  var statusLine = document.querySelector('.autosave-status');
  var source = form.querySelector('textarea.body-source');
  var dirty = false;
  var changedSinceAutosave = false;
  var quill = null;

  function say(text) {
    if (statusLine) {
      statusLine.textContent = text;
    }
  }

  function markDirty() {
    dirty = true;
    changedSinceAutosave = true;
  }

  // --- the rich-text editor -------------------------------------------------------------
  if (source && window.Quill) {
    var holder = document.createElement('div');
    holder.className = 'rich-editor';
    source.parentNode.insertBefore(holder, source);
    source.hidden = true;
    quill = new window.Quill(holder, {
      theme: 'snow',
      formats: ['header', 'bold', 'italic', 'link', 'list', 'blockquote'],
      modules: {
        toolbar: [[{ header: 2 }, { header: 3 }], ['bold', 'italic', 'link'],
          [{ list: 'ordered' }, { list: 'bullet' }], ['blockquote'], ['clean']]
      }
    });
    if (source.value.trim() !== '') {
      quill.clipboard.dangerouslyPasteHTML(source.value, 'silent');
    }
    // Quill's toolbar buttons are icons only: give each a name screen readers can say
    var names = {
      'ql-header:2': 'Heading', 'ql-header:3': 'Subheading', 'ql-bold:': 'Bold', 'ql-italic:': 'Italic',
      'ql-link:': 'Link', 'ql-list:ordered': 'Numbered list', 'ql-list:bullet': 'Bulleted list',
      'ql-blockquote:': 'Quote', 'ql-clean:': 'Remove formatting'
    };
    holder.parentNode.querySelectorAll('.ql-toolbar button').forEach(function (button) {
      var cls = Array.prototype.find.call(button.classList, function (c) { return c.indexOf('ql-') === 0; }) || '';
      var name = names[cls + ':' + (button.value || '')];
      if (name) {
        button.setAttribute('aria-label', name);
        button.setAttribute('title', name);
      }
    });
    quill.root.setAttribute('aria-label', 'Body');
    quill.root.setAttribute('role', 'textbox');
    quill.root.setAttribute('aria-multiline', 'true');
    var label = form.querySelector('label[for="body"]');
    if (label) {
      label.addEventListener('click', function () { quill.focus(); });
    }
    quill.on('text-change', function (delta, old, origin) {
      source.value = quill.getText().trim() === '' ? '' : quill.root.innerHTML;
      if (origin === 'user') {
        markDirty();
      }
    });
  }

  // --- unsaved changes ------------------------------------------------------------------
  form.addEventListener('input', markDirty);
  form.addEventListener('change', markDirty);
  form.addEventListener('submit', function () {
    if (quill) {
      source.value = quill.getText().trim() === '' ? '' : quill.root.innerHTML;
    }
    dirty = false;
    try { window.localStorage.removeItem(storageKey); } catch (e) { /* storage may be off */ }
  });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      keepLocally();
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // --- autosave -------------------------------------------------------------------------
  function fields() {
    if (quill) {
      source.value = quill.getText().trim() === '' ? '' : quill.root.innerHTML;
    }
    var data = {};
    ['headline', 'dek', 'body', 'dateline', 'version'].forEach(function (name) {
      var field = form.elements.namedItem(name);
      data[name] = field ? field.value : '';
    });
    return data;
  }

  function keepLocally() {
    try {
      var data = fields();
      data.savedAt = new Date().toISOString();
      window.localStorage.setItem(storageKey, JSON.stringify(data));
    } catch (e) { /* storage may be full or off */ }
  }

  function autosave() {
    if (!changedSinceAutosave) {
      return;
    }
    changedSinceAutosave = false;
    keepLocally();
    if (!autosaveUrl) {
      say('Kept in this browser at ' + new Date().toLocaleTimeString() + '.');
      return;
    }
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var body = new URLSearchParams(fields());
    var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (token && header) {
      headers[header.content] = token.content;
    }
    fetch(autosaveUrl, { method: 'POST', body: body, headers: headers, credentials: 'same-origin' })
      .then(function (response) {
        if (response.ok) {
          say('Autosaved at ' + new Date().toLocaleTimeString() + '.');
          document.dispatchEvent(new CustomEvent('dateline:autosaved'));
        } else {
          changedSinceAutosave = true;
          say('Autosave failed (' + response.status + '); your text is kept in this browser. Save when you can.');
        }
      })
      .catch(function () {
        changedSinceAutosave = true;
        say('Offline: your text is kept in this browser. Save when you are back online.');
      });
  }

  window.setInterval(autosave, 10000);

  // --- offering back what this browser kept -------------------------------------------
  var clear = document.querySelector('[data-clear-local-draft]');
  if (clear) {
    try { window.localStorage.removeItem('dateline:story:' + clear.getAttribute('data-clear-local-draft')); } catch (e) { /* ignore */ }
  }
  var offer = document.querySelector('.local-draft-offer');
  var serverOffer = document.querySelector('.autosave-offer');
  var kept = null;
  try { kept = JSON.parse(window.localStorage.getItem(storageKey) || 'null'); } catch (e) { kept = null; }
  if (offer && kept && !serverOffer && articleId === 'new' && (kept.headline || kept.body)) {
    offer.hidden = false;
    offer.querySelector('[data-action="restore-local"]').addEventListener('click', function () {
      ['headline', 'dek', 'dateline'].forEach(function (name) {
        var field = form.elements.namedItem(name);
        if (field && kept[name] != null) {
          field.value = kept[name];
        }
      });
      source.value = kept.body || '';
      if (quill) {
        quill.setContents([]);
        quill.clipboard.dangerouslyPasteHTML(source.value, 'silent');
      }
      offer.hidden = true;
      markDirty();
    });
    offer.querySelector('[data-action="discard-local"]').addEventListener('click', function () {
      try { window.localStorage.removeItem(storageKey); } catch (e) { /* ignore */ }
      offer.hidden = true;
    });
  }
}());
