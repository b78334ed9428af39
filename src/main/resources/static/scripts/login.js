// The login page: shows what the server answered (named in the address) and sends the form with its CSRF token.
(function () {
  const params = new URLSearchParams(location.search);
  function show(id) { document.getElementById(id).hidden = false; }

  const wait = params.get('throttled');
  if (wait !== null && /^\d+$/.test(wait)) {
    document.getElementById('wait-seconds').textContent = wait;
    show('notice-throttled');
  } else if (params.has('error')) {
    show('notice-error');
  } else if (params.has('expired')) {
    show('notice-expired');
  } else if (params.has('logout')) {
    show('notice-logout');
  }

  // Already signed in (a webapp this account may not open sends its login view here): say so rather than ask again.
  fetch('/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (me) {
      if (me) {
        document.getElementById('signed-in-as').textContent = me.name + '（' + me.id + '）';
        show('notice-signed-in');
      }
    })
    .catch(function () {});

  // The server sets the token as a cookie with the page; the form carries it back (a login from another site has none).
  document.getElementById('login-form').addEventListener('submit', function () {
    const match = document.cookie.match(/(?:^|;\s*)CROSSEXEC-XSRF=([^;]*)/);
    document.getElementById('csrf').value = match ? decodeURIComponent(match[1]) : '';
  });
})();
