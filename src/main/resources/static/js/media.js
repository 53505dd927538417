// The photo desk: uploads one file a request with a progress bar each (file picker or drag and
// drop), the focal point set by clicking the picture, and the picture panel of the story editor.
(function () {
  'use strict';

  // Uploads one file; calls back with the parsed JSON answer (image or error).
  function uploadFile(file, onProgress, onDone) {
    var xhr = new XMLHttpRequest();
    var data = new FormData();
    data.append('file', file, file.name);
    xhr.open('POST', '/desk/media');
    xhr.setRequestHeader('Accept', 'application/json');
    window.DatelineFetch.protect(xhr);
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) { onProgress(e.loaded / e.total); }
    });
    xhr.addEventListener('load', function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
      if (xhr.status === 413) {
        body = { error: 'This file is larger than the upload limit.' };
      }
      if (!body) { body = { error: 'The upload failed (' + xhr.status + '). Try again.' }; }
      onDone(body);
    });
    xhr.addEventListener('error', function () { onDone({ error: 'The connection dropped. Try again.' }); });
    xhr.send(data);
  }

  function progressRow(list, file) {
    var li = document.createElement('li');
    var name = document.createElement('span');
    name.className = 'upload-name';
    name.textContent = file.name;
    var bar = document.createElement('progress');
    bar.max = 1;
    bar.value = 0;
    bar.setAttribute('aria-label', 'Uploading ' + file.name);
    var status = document.createElement('span');
    status.className = 'upload-status';
    li.appendChild(name);
    li.appendChild(bar);
    li.appendChild(status);
    list.appendChild(li);
    return { row: li, bar: bar, status: status };
  }

  // Uploads files one after another, each with its own row; onImage gets every image taken.
  function uploadAll(files, list, onImage) {
    var queue = Array.prototype.slice.call(files);
    function next() {
      var file = queue.shift();
      if (!file) { return; }
      var row = progressRow(list, file);
      uploadFile(file, function (fraction) { row.bar.value = fraction; }, function (body) {
        row.bar.value = 1;
        if (body.error) {
          row.row.classList.add('refused');
          row.status.textContent = body.error;
        } else {
          row.row.classList.add('done');
          row.status.textContent = body.alreadyInLibrary ? 'Already in the library.' : 'Uploaded.';
          var link = document.createElement('a');
          link.href = body.page;
          link.textContent = 'Caption and credit';
          row.status.appendChild(document.createTextNode(' '));
          row.status.appendChild(link);
          if (onImage) { onImage(body); }
        }
        next();
      });
    }
    next();
  }

  function wireDropZone(zone, input, list, onImage) {
    if (!zone || !input) { return; }
    input.addEventListener('change', function () {
      uploadAll(input.files, list, onImage);
      input.value = '';
    });
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) { e.preventDefault(); zone.classList.add('dragging'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove('dragging'); });
    });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) { uploadAll(e.dataTransfer.files, list, onImage); }
    });
  }

  function label(img) {
    return (img.caption || img.filename) + (img.credit ? ' (' + img.credit + ')' : '') +
      (img.rightsExpired ? ' (rights expired)' : '');
  }

  // Shows library pictures as buttons (a thumbnail and the caption and credit, which name the
  // button for screen readers); onChoose gets the one clicked or chosen with Enter or Space.
  function renderChoices(list, images, onChoose) {
    list.textContent = '';
    images.forEach(function (img) {
      var li = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'picture-choice';
      var thumb = document.createElement('img');
      thumb.src = img.thumb;
      thumb.alt = '';
      var text = document.createElement('span');
      text.textContent = label(img);
      button.appendChild(thumb);
      button.appendChild(text);
      button.addEventListener('click', function () { onChoose(img); });
      li.appendChild(button);
      list.appendChild(li);
    });
  }

  // A search box over the library: returns the function that runs the search now; the newest
  // answer wins when several are on their way.
  function librarySearch(input, list, count, onChoose) {
    var asked = 0;
    function find() {
      var mine = ++asked;
      fetch('/desk/media/picker?q=' + encodeURIComponent(input.value), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (body) {
          if (mine !== asked) { return; }
          var images = body.images || [];
          renderChoices(list, images, onChoose);
          if (count) {
            count.textContent = images.length === 0 ? 'No pictures match.'
              : images.length === 1 ? '1 picture.' : images.length + ' pictures.';
          }
        });
    }
    input.addEventListener('input', find);
    return find;
  }

  function openDialog(dialog) {
    if (typeof dialog.showModal === 'function') { dialog.showModal(); } else { dialog.setAttribute('open', ''); }
  }

  // The preview <img> with this id, made on first use: put into holder before the element
  // "before" (or at its end), decorative, since the text beside it names the picture.
  function previewImage(id, className, holder, before, size) {
    var preview = document.getElementById(id);
    if (!preview) {
      preview = document.createElement('img');
      preview.id = id;
      preview.className = className;
      preview.alt = '';
      if (size) { preview.width = size; preview.height = size; }
      holder.insertBefore(preview, before || null);
    }
    return preview;
  }

  // A person's portrait or an organization's logo: the library in a dialog instead of a typed number.
  var subjectPicture = document.getElementById('subject-picture');
  if (subjectPicture) {
    var pictureInput = document.getElementById('subject-image-id');
    var chooseButton = document.getElementById('choose-subject-picture');
    var subjectDialog = document.getElementById('subject-picture-dialog');
    var subjectSearch = document.getElementById('subject-picture-search');
    pictureInput.type = 'hidden';
    subjectPicture.querySelectorAll('.no-script-only').forEach(function (el) { el.hidden = true; });
    chooseButton.hidden = false;
    var findSubjectPicture = librarySearch(subjectSearch, document.getElementById('subject-picture-results'),
      document.getElementById('subject-picture-count'), function (img) {
        pictureInput.value = img.id;
        previewImage('subject-picture-preview', 'subject-picture-preview', subjectPicture,
          document.getElementById('subject-picture-chosen'), 120).src = img.square || img.thumb;
        document.getElementById('subject-picture-chosen').textContent = label(img);
        document.getElementById('subject-picture-status').textContent = 'Chosen: ' + label(img) + '. Save the picture to keep it.';
        subjectDialog.close();
        document.getElementById('save-subject-picture').focus();
      });
    chooseButton.addEventListener('click', function () {
      openDialog(subjectDialog);
      subjectSearch.focus();
      findSubjectPicture();
    });
    document.getElementById('subject-picture-close').addEventListener('click', function () {
      subjectDialog.close();
      chooseButton.focus();
    });
  }

  // The library page: uploads go by script, the plain submit stays for browsers without it.
  var form = document.getElementById('upload-form');
  if (form) {
    var submit = document.getElementById('upload-submit');
    if (submit) { submit.hidden = true; }
    wireDropZone(document.getElementById('drop-zone'), document.getElementById('upload-files'),
      document.getElementById('upload-progress'), null);
  }

  // The image page: a click on the picture sets the focal point.
  var frame = document.getElementById('focal-frame');
  var focalForm = document.getElementById('focal-form');
  if (frame && focalForm) {
    var image = document.getElementById('focal-image');
    image.style.cursor = 'crosshair';
    image.addEventListener('click', function (e) {
      var box = image.getBoundingClientRect();
      var x = Math.round((e.clientX - box.left) / box.width * 100);
      var y = Math.round((e.clientY - box.top) / box.height * 100);
      document.getElementById('focal-x').value = Math.max(0, Math.min(100, x));
      document.getElementById('focal-y').value = Math.max(0, Math.min(100, y));
      var marker = document.getElementById('focal-marker');
      marker.style.left = x + '%';
      marker.style.top = y + '%';
      focalForm.submit();
    });
  }

  // The story editor's picture panel: search or upload, then use as lead image or insert as figure.
  var panel = document.getElementById('picture-panel');
  if (panel) {
    var dialog = document.getElementById('picture-dialog');
    var results = document.getElementById('picture-results');
    var search = document.getElementById('picture-search');
    var leadForm = document.getElementById('lead-image-form');
    var chosen = null;
    var mode = 'lead';

    var find = librarySearch(search, results, null, function (img) { choose(img); });

    function choose(img) {
      chosen = img;
      if (mode === 'lead') {
        leadForm.querySelector('[name="imageId"]').value = img.id;
        previewImage('lead-preview', 'lead-preview', leadForm, document.getElementById('lead-chosen')).src = img.thumb;
        var alt = leadForm.querySelector('[name="altText"]');
        if (!alt.value && img.altText) { alt.value = img.altText; }
        document.getElementById('lead-chosen').textContent = (img.caption || img.filename) +
          (img.credit ? ' (' + img.credit + ')' : '');
        dialog.close();
      } else if (window.datelineEditor) {
        dialog.close();
        describeFigure({ src: img.src, width: img.width, height: img.height, caption: img.caption,
          credit: img.credit, alt: img.altText || '' }, null);
      }
    }

    function open(which) {
      mode = which;
      openDialog(dialog);
      find();
    }

    document.getElementById('choose-lead').addEventListener('click', function () { open('lead'); });
    var insert = document.getElementById('insert-figure');
    if (insert) { insert.addEventListener('click', function () { open('figure'); }); }
    document.getElementById('picture-close').addEventListener('click', function () { dialog.close(); });
    wireDropZone(document.getElementById('picture-drop'), document.getElementById('picture-files'),
      document.getElementById('picture-progress'), function (img) { find(); });

    // A body figure's caption and alt text, for a picture just chosen (at == null: insert it) or
    // one already in the body (at: its place, to replace it). Alt text or the decorative mark is required.
    var figureDialog = document.getElementById('figure-dialog');
    var figureForm = document.getElementById('figure-form');
    var figureStatus = document.getElementById('figure-status');
    var figureAlt = document.getElementById('figure-alt');
    var figureDecorative = document.getElementById('figure-decorative');
    var figureError = document.getElementById('figure-error');
    var describing = null;

    function describeFigure(value, at) {
      describing = { value: value, at: at };
      previewImage('figure-preview', 'lead-preview', document.getElementById('figure-preview-holder'), null).src =
        value.src;
      document.getElementById('figure-credit').textContent = value.credit ? 'Credit: ' + value.credit : 'No credit in the library.';
      document.getElementById('figure-caption').value = value.caption || '';
      figureDecorative.checked = value.alt === '' && at !== null;
      figureAlt.value = value.alt || '';
      figureAlt.disabled = figureDecorative.checked;
      figureError.textContent = '';
      document.getElementById('figure-save').textContent = at === null ? 'Insert in the body' : 'Save';
      openDialog(figureDialog);
      figureAlt.focus();
    }

    if (figureForm) {
      figureDecorative.addEventListener('change', function () { figureAlt.disabled = figureDecorative.checked; });
      document.getElementById('figure-cancel').addEventListener('click', function () { figureDialog.close(); });
      figureForm.addEventListener('submit', function (e) {
        e.preventDefault();
        var alt = figureAlt.value.trim();
        if (!figureDecorative.checked && alt === '') {
          figureError.textContent = 'Write the alt text (what the picture shows), or mark the picture decorative.';
          figureAlt.setAttribute('aria-invalid', 'true');
          figureAlt.focus();
          return;
        }
        figureAlt.removeAttribute('aria-invalid');
        var value = describing.value;
        var figure = { src: value.src, width: value.width, height: value.height, credit: value.credit,
          caption: document.getElementById('figure-caption').value.trim(), alt: figureDecorative.checked ? '' : alt };
        if (describing.at === null) {
          window.datelineEditor.insertFigure(figure);
          figureStatus.textContent = 'Picture inserted. Save the story to keep it.';
        } else {
          window.datelineEditor.replaceFigure(describing.at, figure);
          figureStatus.textContent = 'Picture updated. Save the story to keep it.';
        }
        figureDialog.close();
      });
      var describeButton = document.getElementById('describe-figure');
      var describeAtCursor = function () {
        var found = window.datelineEditor && window.datelineEditor.figureAtCursor();
        if (!found) {
          figureStatus.textContent = 'Put the cursor on a picture in the body first.';
          return;
        }
        describeFigure(found.value, found.index);
      };
      if (describeButton) { describeButton.addEventListener('click', describeAtCursor); }
      document.addEventListener('dateline:describe-figure', describeAtCursor);
    }

    leadForm.addEventListener('submit', function (e) {
      e.preventDefault();
      var status = document.getElementById('lead-status');
      window.DatelineFetch.post(leadForm.action, new URLSearchParams(new FormData(leadForm)), { Accept: 'application/json' })
        .then(function (r) { return r.json(); })
        .then(function (body) {
          status.className = body.error ? 'flash error' : 'flash ok';
          status.textContent = body.error || body.message;
        })
        .catch(function () { status.className = 'flash error'; status.textContent = 'Not saved: the connection dropped.'; });
    });
  }
}());
