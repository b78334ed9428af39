// The managers' dashboard: every number comes from GET /api/stats/... (same origin, the browser's login).
(function () {
  const form = document.getElementById('filters');
  const message = document.getElementById('message');
  const charts = {};
  let courtsFilled = false;

  function query() {
    const params = new URLSearchParams();
    new FormData(form).forEach((v, k) => { if (v) params.set(k, v); });
    return params;
  }

  function get(path, params) {
    const qs = params.toString();
    return fetch(path + (qs ? '?' + qs : ''), { credentials: 'same-origin', headers: window.crossexec.headers() })
      .then((r) => r.json().catch(() => ({})).then((body) => {
        if (!r.ok) {
          const fields = (body.errors || []).map((e) => e.field + '：' + e.message).join('；');
          throw new Error((body.detail || body.title || 'HTTP ' + r.status) + (fields ? '（' + fields + '）' : ''));
        }
        return body;
      }));
  }

  function yuan(fen) {
    return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function pct(rate) {
    return rate === null || rate === undefined ? '—' : (rate * 100).toFixed(2) + '%';
  }

  function chart(id) {
    if (!charts[id]) charts[id] = echarts.init(document.getElementById(id));
    return charts[id];
  }

  function bars(id, title, buckets) {
    chart(id).setOption({
      title: { text: title, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { data: ['未结', '已结'], right: 0 },
      grid: { left: 40, right: 10, bottom: 70 },
      xAxis: { type: 'category', data: buckets.map((b) => b.label), axisLabel: { interval: 0, rotate: buckets.length > 3 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '未结', type: 'bar', stack: 'n', data: buckets.map((b) => b.open) },
        { name: '已结', type: 'bar', stack: 'n', data: buckets.map((b) => b.closed) },
      ],
    }, true);
  }

  function monthly(months) {
    chart('chart-monthly').setOption({
      title: { text: '每月新收与结案', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { data: ['新收', '结案'], right: 0 },
      grid: { left: 40, right: 10, bottom: 40 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '新收', type: 'line', data: months.map((m) => m.opened) },
        { name: '结案', type: 'line', data: months.map((m) => m.closed) },
      ],
    }, true);
  }

  function table(el, headers, rows, textColumns) {
    el.replaceChildren();
    const head = el.createTHead().insertRow();
    headers.forEach((h, i) => {
      const th = document.createElement('th');
      th.textContent = h;
      if (textColumns.includes(i)) th.className = 'text';
      head.appendChild(th);
    });
    const body = el.createTBody();
    if (!rows.length) {
      const td = body.insertRow().insertCell();
      td.colSpan = headers.length;
      td.className = 'text';
      td.textContent = '暂无';
    }
    rows.forEach((cells) => {
      const tr = body.insertRow();
      cells.forEach((c, i) => {
        const td = tr.insertCell();
        if (c instanceof Node) td.appendChild(c); else td.textContent = c === null || c === undefined ? '' : c;
        if (textColumns.includes(i)) td.className = 'text';
      });
    });
    return body;
  }

  function caseLink(href, text) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    a.className = 'case-link';
    return a;
  }

  // an average of days with the number of cases it is taken over, e.g. "12.5（4 件）"; — when no case has the event
  function days(average, count) {
    return average === null || average === undefined ? '—' : Number(average).toFixed(1) + '（' + count + ' 件）';
  }

  function kpis(report) {
    const row = (c) => [c.courtName, c.casesAccepted, c.casesClosed, yuan(c.claimedFen), yuan(c.recoveredFen), pct(c.recoveryRate),
      pct(c.performedRate), pct(c.actualRate), pct(c.forNowRate), c.substantiveProgress, pct(c.substantiveProgressRate),
      days(c.avgDaysToFirstMeasure, c.casesWithFirstMeasure), days(c.avgDaysToFirstMoney, c.casesWithFirstMoney),
      days(c.avgDaysToClosing, c.casesWithClosing)];
    const body = table(document.getElementById('kpis'), ['法院', '受理', '结案', '申请执行标的额（元）', '实际到位金额（元）',
      '执行到位率', '执行完毕率', '实际执行率', '终本率', '有实质进展', '实质进展率', '至首次控制措施（日）', '至首笔到位款（日）',
      '至结案（日）'], report.courts.map(row).concat([row(report.total)]), [0]);
    body.lastChild.className = 'total';
    const dl = document.getElementById('definitions');
    dl.replaceChildren();
    report.definitions.forEach((d) => {
      const dt = document.createElement('dt');
      dt.textContent = d.name;
      const dd = document.createElement('dd');
      dd.textContent = d.definition;
      dl.append(dt, dd);
    });
    if (!courtsFilled) fillCourts(report.courts);
  }

  function fillCourts(visible) {
    courtsFilled = true;
    const court = form.elements.court;
    visible.forEach((c) => court.add(new Option(c.courtName, c.courtCode)));
    get('/api/courts', new URLSearchParams()).then((all) => {
      const codes = new Set(visible.map((c) => c.courtCode));
      all.filter((c) => codes.has(c.code) && (c.level === 'HIGH' || c.level === 'INTERMEDIATE' || c.level === 'SPC'))
        .forEach((c) => form.elements.superiorCourt.add(new Option(c.name, c.code)));
    }).catch(() => {});
  }

  function limits(answer) {
    table(document.getElementById('limits'), ['案号', '执行法院', '状态', '期限届满日', '剩余天数', '情况'],
      answer.cases.map((r) => [caseLink(r.link, r.caseNumber), r.executingCourtName, r.status, r.limitDueOn, r.daysLeft, r.state]), [0, 1, 2, 5])
      .querySelectorAll('tr').forEach((tr, i) => {
        const r = answer.cases[i];
        if (r) tr.className = r.daysLeft < 0 ? 'past' : 'near';
      });
  }

  function measures(answer) {
    table(document.getElementById('measures'), ['案号', '法院', '措施', '财产', '到期日', '剩余天数'],
      answer.measures.map((r) => [caseLink(r.link, r.caseNumber), r.courtName, r.kind, r.assetDescription, r.expiresOn, r.daysLeft]), [0, 1, 2, 3]);
  }

  function overdue(answer) {
    table(document.getElementById('overdue-courts'), ['法院', '逾期移交环节', '逾期联合执行事项'],
      answer.byCourt.map((c) => [c.courtName, c.handOverSteps, c.workItems]), [0]);
    table(document.getElementById('overdue'), ['执行案号', '类别', '法院', '逾期事项', '最后一日', '已逾期（日）'],
      answer.rows.map((r) => [caseLink(r.link, r.enforcementNumber || r.caseNumber), r.kindLabel, r.courtName, r.what, r.lastDay,
        r.daysOverdue]), [0, 1, 2, 3])
      .querySelectorAll('tr').forEach((tr) => { if (answer.rows.length) tr.className = 'past'; });
  }

  function objections(answer) {
    table(document.getElementById('objections'), ['执行案号', '法院', '异议事项', '最后一日', '剩余（日）'],
      answer.windows.map((r) => [caseLink(r.link, r.enforcementNumber || r.caseNumber), r.courtName, r.what, r.lastDay, r.daysLeft]),
      [0, 1, 2]);
  }

  function link(href, text) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }

  function operations(params) {
    const note = document.getElementById('operations-note');
    return fetch('/api/stats/operations?' + params.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => {
        if (r.status === 403) {
          note.textContent = '仅执行局领导与指挥中心协调员可查看流程异常与无法送达的消息。';
          document.getElementById('operations-courts').replaceChildren();
          document.getElementById('operations').replaceChildren();
          return null;
        }
        return r.ok ? r.json() : get('/api/stats/operations', params);
      })
      .then((o) => {
        if (!o) return;
        note.replaceChildren('查看与处理：', link(o.incidentsLink, 'Cockpit 流程监控'), '；', link(o.messagesLink, '无法送达的消息列表'));
        table(document.getElementById('operations-courts'), ['法院', '流程异常', '无法送达的消息'],
          o.byCourt.map((c) => [c.courtName, c.openIncidents, c.undeliverableMessages]), [0]);
        const rows = o.incidents.map((i) => ['流程异常', i.caseLink ? caseLink(i.caseLink, i.enforcementNumber || i.caseId) : (i.caseId || ''),
          i.courtName, i.activityId + '：' + (i.message || ''), i.since, link(i.link, '在 Cockpit 中查看')])
          .concat(o.messages.map((m) => ['无法送达的消息', m.caseLink ? caseLink(m.caseLink, m.enforcementNumber || m.caseId) : (m.caseId || ''),
            m.courtName, m.description + (m.lastError ? '：' + m.lastError : ''), m.since, link(m.link, '查看消息')]));
        table(document.getElementById('operations'), ['类别', '执行案号', '法院', '内容', '时间', '查看与处理'], rows, [0, 1, 2, 3, 5]);
      });
  }

  function csvLinks(params) {
    document.querySelectorAll('a[data-csv]').forEach((a) => {
      const p = new URLSearchParams(params);
      p.set('format', a.dataset.format || 'csv');
      a.href = a.dataset.csv + '?' + p.toString();
    });
  }

  function load() {
    const params = query();
    message.textContent = '';
    csvLinks(params);
    document.body.dataset.loaded = 'false';
    return Promise.all([
      get('/api/stats/cases', params).then((c) => {
        document.getElementById('totals').textContent = '合计 ' + c.total + ' 件：未结 ' + c.open + ' 件，已结 ' + c.closed + ' 件（终本计入已结）';
        bars('chart-category', '按案件类别', c.byCategory);
        bars('chart-mode', '按执行方式', c.byMode);
        bars('chart-court', '按执行法院', c.byCourt);
        bars('chart-status', '按案件状态', c.byStatus);
      }),
      get('/api/stats/cases/monthly', params).then((m) => monthly(m.months)),
      get('/api/stats/kpis', params).then(kpis),
      get('/api/stats/deadlines/limits', params).then(limits),
      get('/api/stats/deadlines/measures', params).then(measures),
      get('/api/stats/deadlines/overdue', params).then(overdue),
      get('/api/stats/deadlines/objections', params).then(objections),
      operations(params),
    ]).catch((e) => { message.textContent = '查询失败：' + e.message; })
      .finally(() => { document.body.dataset.loaded = 'true'; });
  }

  form.addEventListener('submit', (e) => { e.preventDefault(); load(); });
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  load();
})();
