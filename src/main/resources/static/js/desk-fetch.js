// The one place where desk scripts learn the CSRF token: every request a desk script posts with
// fetch or XMLHttpRequest goes through here, so it carries the token Spring Security checks
// (read from the _csrf meta tags that layout/desk.html writes into every desk page).
(function () {
  'use strict';

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  function headers(extra) {
    var all = {};
    Object.keys(extra || {}).forEach(function (name) { all[name] = extra[name]; });
    var c = csrf();
    if (c) { all[c.header] = c.token; }
    return all;
  }

  window.DatelineFetch = {
    // The given headers plus the CSRF header.
    headers: headers,
    // A same-origin POST with the CSRF header; body is URLSearchParams or FormData.
    post: function (url, body, extraHeaders) {
      return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers(extraHeaders), body: body });
    },
    // Adds the CSRF header to an XMLHttpRequest after open(), for uploads that report progress.
    protect: function (xhr) {
      var c = csrf();
      if (c) { xhr.setRequestHeader(c.header, c.token); }
    }
  };
}());
