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

  // The server sets the token as a cookie with the page; the form carries it back (a login from another site has none).
  document.getElementById('login-form').addEventListener('submit', function () {
    const match = document.cookie.match(/(?:^|;\s*)CROSSEXEC-XSRF=([^;]*)/);
    document.getElementById('csrf').value = match ? decodeURIComponent(match[1]) : '';
  });
})();
