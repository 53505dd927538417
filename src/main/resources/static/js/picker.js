/*
 * Search-as-you-type for subject fields. A field marked data-picker="PERSON,ORGANIZATION" has a
 * text input and a hidden input marked data-picker-id. Typing asks the desk for matching subjects
 * and shows them as a list; choosing one fills in the name and the hidden id. Without JavaScript,
 * or if the list is ignored, the server resolves the typed name and explains an unknown or
 * ambiguous one. window.DatelinePicker.attach(field, onPick) is used by the story editor too.
 */
(function () {
  'use strict';

  var counter = 0;

  function attach(field, onPick) {
    var input = field.querySelector('input[type="text"], input[type="search"]');
    var hidden = field.querySelector('[data-picker-id]');
    if (!input) {
      return;
    }
    var kinds = field.getAttribute('data-picker') || 'PERSON,ORGANIZATION,EVENT';
    var list = document.createElement('ul');
    var listId = 'picker-list-' + (++counter);
    list.id = listId;
    list.className = 'picker-list';
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    input.insertAdjacentElement('afterend', list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-expanded', 'false');
    var timer = null;
    var active = -1;
    var items = [];

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      active = -1;
    }

    function choose(item) {
      if (onPick) {
        onPick(item);
        input.value = '';
      } else {
        input.value = item.name;
        if (hidden) {
          hidden.value = item.id;
        }
      }
      close();
    }

    function highlight(index) {
      var options = list.querySelectorAll('[role="option"]');
      options.forEach(function (o, i) {
        o.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute('aria-activedescendant', options[index].id);
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function render(found) {
      items = found;
      list.innerHTML = '';
      found.forEach(function (item, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('data-subject-id', item.id);
        var name = document.createElement('span');
        name.className = 'picker-name';
        name.textContent = item.name;
        li.appendChild(name);
        var detail = [item.kind.charAt(0) + item.kind.slice(1).toLowerCase(), item.detail].filter(Boolean).join(' · ');
        if (detail) {
          var small = document.createElement('small');
          small.textContent = ' ' + detail;
          li.appendChild(small);
        }
        li.addEventListener('mousedown', function (e) {
          e.preventDefault();
          choose(item);
        });
        list.appendChild(li);
      });
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', found.length ? 'true' : 'false');
      active = -1;
    }

    input.addEventListener('input', function () {
      if (hidden) {
        hidden.value = '';
      }
      window.clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) {
        render([]);
        return;
      }
      timer = window.setTimeout(function () {
        fetch('/desk/subjects/search?kind=' + encodeURIComponent(kinds) + '&q=' + encodeURIComponent(q),
          { credentials: 'same-origin', headers: { Accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(render)
          .catch(function () { render([]); });
      }, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (list.hidden) {
        return;
      }
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        highlight(Math.min(active + 1, items.length - 1));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        choose(items[active]);
      } else if (e.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', function () { window.setTimeout(close, 100); });
  }

  window.DatelinePicker = { attach: attach };
  document.querySelectorAll('[data-picker]').forEach(function (field) {
    if (!field.hasAttribute('data-picker-manual')) {
      attach(field);
    }
  });
})();
