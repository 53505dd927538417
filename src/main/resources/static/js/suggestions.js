/*
 * The story editor's suggestion panel. It sends the headline, dek and body to
 * POST /desk/suggestions when the editor opens, after each autosave and on request, and lists what
 * comes back: known subjects to link, names that could mean several subjects, and new people and
 * organizations to create (with the role and organization the text gives, editable first).
 * Rejecting a suggestion remembers it for this story.
 */
(function () {
  'use strict';

  var panel = document.getElementById('suggestions');
  var form = document.getElementById('article-form');
  if (!panel || !form || !window.DatelineLinks) {
    return;
  }
  panel.hidden = false;
  var list = panel.querySelector('.suggestion-list');
  var status = panel.querySelector('.suggestions-status');
  var articleId = panel.getAttribute('data-article-id');
  var canCreate = !!document.querySelector('.inline-create');

  function post(url, params) {
    return window.DatelineFetch.post(url, new URLSearchParams(params),
      { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' })
      .then(function (r) { return r.json().then(function (data) { return { status: r.status, data: data }; }); });
  }

  function field(name) {
    var el = form.querySelector('[name="' + name + '"]');
    return el ? el.value : '';
  }

  function kindLabel(kind) {
    return kind ? kind.charAt(0) + kind.slice(1).toLowerCase() : 'Subject';
  }

  function button(label, action) {
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', action);
    return b;
  }

  function reject(item, suggestion) {
    if (!articleId) {
      item.remove();
      return;
    }
    post('/desk/articles/' + articleId + '/suggestions/reject', { key: suggestion.key }).then(function () {
      item.remove();
      status.textContent = 'Rejected "' + suggestion.name + '"; it will not be suggested again for this story.';
    });
  }

  function createForm(item, suggestion) {
    var box = document.createElement('div');
    box.className = 'suggestion-create';
    var inputs = {};
    [['name', 'Name', suggestion.name], ['aliases', 'Other names (separate with |)', (suggestion.aliases || []).join(' | ')],
      ['role', 'Role', suggestion.role || ''], ['organization', 'Organization', suggestion.organization || '']]
      .forEach(function (f) {
        if (suggestion.kind !== 'PERSON' && (f[0] === 'role' || f[0] === 'organization')) {
          return;
        }
        var label = document.createElement('label');
        label.textContent = f[1];
        var input = document.createElement('input');
        input.type = 'text';
        input.value = f[2];
        input.maxLength = 200;
        label.appendChild(input);
        inputs[f[0]] = input;
        box.appendChild(label);
      });
    box.appendChild(button('Create and link', function () {
      var params = { kind: suggestion.kind, name: inputs.name.value };
      ['aliases', 'role', 'organization'].forEach(function (k) {
        if (inputs[k]) {
          params[k] = inputs[k].value;
        }
      });
      post('/desk/subjects', params).then(function (result) {
        if (result.data.subject) {
          window.DatelineLinks.add(result.data.subject, 'MENTIONED', 'SUGGESTED');
          item.remove();
          status.textContent = result.data.error || (result.data.subject.name + ' created and linked. Save the story to keep the link.');
        } else {
          status.textContent = result.data.error || 'Could not create it.';
        }
      });
    }));
    item.appendChild(box);
    inputs.name.focus();
  }

  function render(suggestions) {
    list.innerHTML = '';
    var shown = 0;
    suggestions.forEach(function (s) {
      if (s.subjectId && window.DatelineLinks.linked(s.subjectId)) {
        return;
      }
      shown++;
      var item = document.createElement('li');
      item.className = 'suggestion' + (s.subjectId ? ' known' : s.candidates.length ? ' ambiguous' : ' new');
      item.setAttribute('data-key', s.key);
      var title = document.createElement('p');
      var name = document.createElement('strong');
      name.textContent = s.name;
      title.appendChild(name);
      var meta = document.createElement('small');
      var what = s.subjectId ? kindLabel(s.kind) + ' on record' : s.candidates.length ? 'could be several' : 'new ' + kindLabel(s.kind).toLowerCase();
      var details = [what];
      if (s.role || s.organization) {
        details.push([s.role, s.organization].filter(Boolean).join(', '));
      }
      details.push('as "' + s.matched.join('", "') + '"');
      meta.textContent = ' ' + details.join(' · ');
      title.appendChild(meta);
      item.appendChild(title);
      var actions = document.createElement('p');
      actions.className = 'button-row';
      if (s.subjectId) {
        actions.appendChild(button('Link', function () {
          window.DatelineLinks.add({ id: s.subjectId, name: s.name, kind: s.kind, detail: null }, 'MENTIONED', 'SUGGESTED');
          item.remove();
        }));
      } else if (s.candidates.length) {
        s.candidates.forEach(function (c) {
          actions.appendChild(button('Link ' + c.name, function () {
            window.DatelineLinks.add({ id: c.subjectId, name: c.name, kind: c.kind, detail: null }, 'MENTIONED', 'SUGGESTED');
            item.remove();
          }));
        });
      } else if (canCreate) {
        actions.appendChild(button('Create…', function (e) {
          e.target.disabled = true;
          createForm(item, s);
        }));
      }
      actions.appendChild(button('Reject', function () { reject(item, s); }));
      item.appendChild(actions);
      list.appendChild(item);
    });
    status.textContent = shown ? '' : 'Nothing new to suggest.';
  }

  function refresh() {
    var text = [field('headline'), field('dek'), field('body')].filter(Boolean).join('\n\n');
    if (!text.trim()) {
      render([]);
      return;
    }
    status.textContent = 'Reading the text…';
    var params = { text: text };
    if (articleId) {
      params.articleId = articleId;
    }
    post('/desk/suggestions', params).then(function (result) {
      if (result.status === 200) {
        render(result.data.suggestions);
      } else {
        status.textContent = result.data.error || 'Suggestions are unavailable just now.';
      }
    }).catch(function () {
      status.textContent = 'Suggestions are unavailable just now; your story is not affected.';
    });
  }

  panel.querySelector('[data-action="refresh-suggestions"]').addEventListener('click', refresh);
  document.addEventListener('dateline:autosaved', refresh);
  refresh();
})();
