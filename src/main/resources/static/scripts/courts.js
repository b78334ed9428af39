// Draws the court directory as a tree from GET /api/courts (through the session of the sign-in; nav.js gives the headers).
(function () {
  const LEVEL = { SPC: '最高院', HIGH: '高院', INTERMEDIATE: '中院', BASIC: '基层' };
  const target = document.getElementById('courts');

  function node(court, byParent) {
    const li = document.createElement('li');
    const level = document.createElement('span');
    level.className = 'level ' + court.level;
    level.textContent = LEVEL[court.level] || court.level;
    const code = document.createElement('span');
    code.className = 'code';
    code.textContent = court.code;
    li.append(level, document.createTextNode(court.name + '（' + court.designator + '）'), code);
    const children = byParent[court.code] || [];
    if (children.length) {
      const ul = document.createElement('ul');
      children.forEach((child) => ul.appendChild(node(child, byParent)));
      li.appendChild(ul);
    }
    return li;
  }

  fetch('/api/courts', { credentials: 'same-origin', headers: window.crossexec.headers() })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status))))
    .then((courts) => {
      const byParent = {};
      courts.forEach((c) => (byParent[c.parentCode || ''] = byParent[c.parentCode || ''] || []).push(c));
      const root = document.createElement('ul');
      (byParent[''] || []).forEach((c) => root.appendChild(node(c, byParent)));
      target.replaceChildren(root);
    })
    .catch((e) => (target.textContent = '法院目录加载失败：' + e.message));
})();
