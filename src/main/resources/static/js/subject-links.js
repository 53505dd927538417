/*
 * The story editor's subject panel. Picking a subject from the search list adds it as a row
 * (linked when the story is saved, like every other field); editors can also create a subject by
 * name and kind without leaving the story. Without JavaScript the panel still works: a typed name
 * is linked on save, and rows are removed with their checkbox.
 */
(function () {
  'use strict';

  var panel = document.getElementById('subject-links');
  if (!panel || !window.DatelinePicker) {
    return;
  }
  var rows = panel.querySelector('.link-rows');
  var form = document.getElementById('article-form');

  function changed() {
    if (form) {
      form.dispatchEvent(new Event('change'));
    }
  }

  function hiddenInput(name, value) {
    var input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    return input;
  }

  function addRow(subject, prominence, source) {
    if (rows.querySelector('[data-subject-id="' + subject.id + '"]')) {
      return;
    }
    var index = parseInt(rows.getAttribute('data-next-index') || '0', 10);
    rows.setAttribute('data-next-index', String(index + 1));
    var prefix = 'links[' + index + ']';
    var li = document.createElement('li');
    li.className = 'link-row';
    li.setAttribute('data-subject-id', subject.id);
    li.appendChild(hiddenInput(prefix + '.subjectId', subject.id));
    li.appendChild(hiddenInput(prefix + '.source', source || 'MANUAL'));
    var name = document.createElement('span');
    name.className = 'link-name';
    name.textContent = subject.name + ' ';
    var small = document.createElement('small');
    small.textContent = [subject.kind.charAt(0) + subject.kind.slice(1).toLowerCase(), subject.detail].filter(Boolean).join(' · ');
    name.appendChild(small);
    li.appendChild(name);
    var select = document.createElement('select');
    select.name = prefix + '.prominence';
    select.setAttribute('aria-label', 'Prominence of ' + subject.name);
    [['PRIMARY', 'Primary'], ['MENTIONED', 'Mentioned']].forEach(function (p) {
      var option = document.createElement('option');
      option.value = p[0];
      option.textContent = p[1];
      option.selected = p[0] === prominence;
      select.appendChild(option);
    });
    li.appendChild(select);
    var remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'link';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', 'Remove ' + subject.name);
    remove.addEventListener('click', function () {
      li.remove();
      changed();
    });
    li.appendChild(remove);
    rows.appendChild(li);
    var empty = panel.querySelector('[data-empty-links]');
    if (empty) {
      empty.hidden = true;
    }
    changed();
  }

  window.DatelineLinks = {
    add: addRow,
    linked: function (id) { return !!rows.querySelector('[data-subject-id="' + id + '"]'); }
  };

  var pickerField = panel.querySelector('[data-picker]');
  var prominenceSelect = panel.querySelector('#addProminence');
  window.DatelinePicker.attach(pickerField, function (subject) {
    addRow(subject, prominenceSelect ? prominenceSelect.value : 'MENTIONED', 'MANUAL');
  });

  // --- create a subject without leaving the story --------------------------------------
  var create = panel.querySelector('.inline-create');
  if (create) {
    create.hidden = false;
    var nameInput = create.querySelector('#new-subject-name');
    var kindSelect = create.querySelector('#new-subject-kind');
    var status = create.querySelector('.create-status');
    create.querySelector('[data-action="create-subject"]').addEventListener('click', function () {
      var body = new URLSearchParams();
      body.set('name', nameInput.value);
      body.set('kind', kindSelect.value);
      status.textContent = 'Creating…';
      window.DatelineFetch.post('/desk/subjects', body,
        { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' })
        .then(function (r) { return r.json().then(function (data) { return { ok: r.ok || r.status === 409, data: data }; }); })
        .then(function (result) {
          if (result.data.subject) {
            addRow(result.data.subject, prominenceSelect ? prominenceSelect.value : 'MENTIONED', 'MANUAL');
            nameInput.value = '';
          }
          status.textContent = result.data.error || (result.data.subject ? result.data.subject.name + ' created and linked. Save the story to keep the link.' : '');
        })
        .catch(function () {
          status.textContent = 'Could not create it just now. Your story is untouched; try again.';
        });
    });
  }

  // Remove buttons for the rows the server rendered (their checkboxes keep working without JS).
  rows.querySelectorAll('.link-row .checkbox').forEach(function (box) {
    var li = box.closest('.link-row');
    var input = box.querySelector('input[type="checkbox"]');
    input.addEventListener('change', function () {
      li.classList.toggle('removed', input.checked);
    });
  });
})();
