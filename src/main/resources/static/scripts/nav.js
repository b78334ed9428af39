// The navigation bar every product page shares (include this one script): 待办, 案件, 看板, 流程监控, the signed-in user
// with their court, and 退出. Also the helpers the page scripts use to call the API through the shared session.
(function () {
  // [label, address, the webapp it needs (shown only when GET /api/me says the user may open it)]
  const LINKS = [
    ['待办', '/camunda/app/tasklist/', 'tasklist'],
    ['案件', '/'],
    ['看板', '/dashboard'],
    ['流程监控', '/camunda/app/cockpit/', 'cockpit'],
  ];

  function csrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)CROSSEXEC-XSRF=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  // Every fetch of a page: marked as a script's request (a 401 then needs no browser password dialog), and a change
  // carries the CSRF token of the session.
  function headers(extra) {
    return Object.assign({ Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-CSRF-TOKEN': csrfToken() }, extra || {});
  }
  window.crossexec = { headers: headers, csrfToken: csrfToken };

  const nav = document.createElement('nav');
  nav.id = 'site-nav';
  nav.className = 'site-nav';
  nav.setAttribute('aria-label', '主导航');
  const links = document.createElement('ul');
  LINKS.forEach(function (link) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.textContent = link[0];
    a.href = link[1];
    if (location.pathname === link[1] || (link[1] === '/' && location.pathname === '/index.html')) {
      a.setAttribute('aria-current', 'page');
    }
    if (link[2]) {
      li.dataset.webapp = link[2];
      li.hidden = true;
    }
    li.appendChild(a);
    links.appendChild(li);
  });
  const user = document.createElement('span');
  user.id = 'nav-user';
  user.className = 'nav-user';
  const logout = document.createElement('form');
  logout.method = 'post';
  logout.action = '/logout';
  logout.className = 'nav-logout';
  const token = document.createElement('input');
  token.type = 'hidden';
  token.name = '_csrf';
  const button = document.createElement('button');
  button.type = 'submit';
  button.id = 'nav-logout';
  button.textContent = '退出';
  logout.append(token, button);
  logout.addEventListener('submit', function () { token.value = csrfToken(); });
  nav.append(links, user, logout);
  document.body.insertBefore(nav, document.body.firstChild);

  fetch('/api/me', { credentials: 'same-origin', headers: headers() })
    .then(function (r) {
      if (r.status === 401) {
        location.assign('/login');
        return Promise.reject(new Error('未登录'));
      }
      return r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status));
    })
    .then(function (me) {
      const courts = (me.courts || []).map(function (c) { return c.name; }).join('、');
      user.textContent = me.name + '（' + me.id + '）' + (courts ? ' · ' + courts : '');
      user.dataset.userId = me.id;
      links.querySelectorAll('li[data-webapp]').forEach(function (li) {
        li.hidden = (me.webapps || []).indexOf(li.dataset.webapp) < 0;
      });
    })
    .catch(function (e) { user.textContent = '用户信息加载失败：' + e.message; });
})();
