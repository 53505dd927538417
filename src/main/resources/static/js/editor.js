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

  // The body's figure as a Quill block: what it holds is read back from its markup, so a stored
  // story loads into the editor with its pictures, captions and alt text as they were.
  function registerFigure(Quill) {
    if (Quill.imports['formats/figure']) { return; }
    var BlockEmbed = Quill.import('blots/block/embed');
    class FigureBlot extends BlockEmbed {
      static create(value) {
        var node = super.create();
        node.setAttribute('contenteditable', 'false');
        var img = document.createElement('img');
        img.setAttribute('src', value.src);
        img.setAttribute('alt', value.alt == null ? '' : value.alt);
        if (value.alt == null) { img.removeAttribute('alt'); }
        if (value.width) { img.setAttribute('width', String(value.width)); }
        if (value.height) { img.setAttribute('height', String(value.height)); }
        node.appendChild(img);
        if (value.caption || value.credit) {
          var caption = document.createElement('figcaption');
          caption.appendChild(document.createTextNode(value.caption || ''));
          if (value.credit) {
            var credit = document.createElement('span');
            credit.className = 'credit';
            credit.textContent = value.credit;
            if (value.caption) { caption.appendChild(document.createTextNode(' ')); }
            caption.appendChild(credit);
          }
          node.appendChild(caption);
        }
        return node;
      }

      static value(node) {
        var img = node.querySelector('img');
        var caption = node.querySelector('figcaption');
        var credit = caption ? caption.querySelector('.credit') : null;
        var words = '';
        if (caption) {
          Array.prototype.forEach.call(caption.childNodes, function (child) {
            if (child !== credit) { words += child.textContent; }
          });
        }
        return {
          src: img ? img.getAttribute('src') : '',
          alt: img && img.hasAttribute('alt') ? img.getAttribute('alt') : null,
          width: img ? img.getAttribute('width') : null,
          height: img ? img.getAttribute('height') : null,
          caption: words.trim(),
          credit: credit ? credit.textContent.trim() : ''
        };
      }
    }
    FigureBlot.blotName = 'figure';
    FigureBlot.tagName = 'FIGURE';
    FigureBlot.className = 'body-figure';
    Quill.register('formats/figure', FigureBlot);
  }

  // --- the rich-text editor -------------------------------------------------------------
  if (source && window.Quill) {
    var holder = document.createElement('div');
    holder.className = 'rich-editor';
    source.parentNode.insertBefore(holder, source);
    source.hidden = true;
    registerFigure(window.Quill);
    quill = new window.Quill(holder, {
      theme: 'snow',
      formats: ['header', 'bold', 'italic', 'link', 'list', 'blockquote', 'figure'],
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

  // --- pictures in the body ---------------------------------------------------------------
  // A library picture sits in the body as one block: <figure> with the rendition's <img> (its alt
  // text, empty when decorative; never inline data), and a <figcaption> with the caption and a
  // <span class="credit">. The picture dialog (media.js) calls these to insert and re-describe one.
  if (quill) {
    var lastRange = null;
    quill.on('selection-change', function (range) { if (range) { lastRange = range; } });
    var FigureBlot = window.Quill.import('formats/figure');
    var figureAt = function (index) {
      var here = quill.getLine(index)[0];
      if (here instanceof FigureBlot) { return here; }
      var before = index > 0 ? quill.getLine(index - 1)[0] : null;
      return before instanceof FigureBlot ? before : null;
    };
    window.datelineEditor = {
      insertFigure: function (value) {
        var at = lastRange ? lastRange.index : Math.max(0, quill.getLength() - 1);
        quill.insertEmbed(at, 'figure', value, 'user');
        quill.setSelection(at + 1, 0, 'silent');
        lastRange = { index: at + 1, length: 0 };
      },
      // The figure at the cursor (or just before it): its place and what it holds, or null.
      figureAtCursor: function () {
        var blot = lastRange ? figureAt(lastRange.index) : null;
        return blot ? { index: quill.getIndex(blot), value: FigureBlot.value(blot.domNode) } : null;
      },
      replaceFigure: function (index, value) {
        quill.deleteText(index, 1, 'user');
        quill.insertEmbed(index, 'figure', value, 'user');
        lastRange = { index: index + 1, length: 0 };
      }
    };
    quill.root.addEventListener('dblclick', function (e) {
      var node = e.target.closest ? e.target.closest('figure') : null;
      var blot = node ? window.Quill.find(node) : null;
      if (blot instanceof FigureBlot) {
        lastRange = { index: quill.getIndex(blot), length: 0 };
        document.dispatchEvent(new CustomEvent('dateline:describe-figure'));
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
    window.DatelineFetch.post(autosaveUrl, new URLSearchParams(fields()),
      { 'Content-Type': 'application/x-www-form-urlencoded' })
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
