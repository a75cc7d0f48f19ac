/* Venue standings (sortable, filterable), today's charts and the daily report with its CSV download. */
(function () {
  'use strict';
  const { t } = I18n;
  const { el } = Alerts;
  const state = BoardState;
  const HOURS = [...Array(24).keys()];
  const LEVEL_COLOURS = { 1: '#2e7d32', 2: '#f9a825', 3: '#ef6c00', 4: '#c62828' };
  const PALETTE = ['#1565c0', '#2e7d32', '#ad1457', '#6a1b9a', '#00838f', '#ef6c00', '#4e342e', '#558b2f',
    '#283593', '#c62828', '#00695c', '#9e9d24', '#5d4037', '#37474f'];
  const DECISION_COLOURS = { ALLOWED: '#2e7d32', TURNED_BACK: '#ef6c00', REFERRED_TO_TESTING: '#1565c0',
    QUARANTINED: '#c62828', NONE: '#9e9e9e' };

  /* ---------- venue standings ---------- */
  const venues = { items: [], sort: 'openAlerts', dir: -1 };

  async function loadVenues() {
    venues.items = await Api.all('/api/v1/compliance/venues', { districtCode: state.district });
    fillSelect('venue-ward', [...new Set(venues.items.map(v => v.wardCode))], Alerts.wardName);
    fillSelect('venue-type', [...new Set(venues.items.map(v => v.type))], v => t('type.' + v));
    renderVenues();
  }

  // Options are rebuilt only when they change, so a refresh does not snatch a list the inspector has open.
  function fillSelect(id, values, label) {
    const select = document.getElementById(id);
    const options = [['', t('filter.all')], ...values.sort().map(v => [v, label(v)])];
    const signature = JSON.stringify(options);
    if (select.dataset.options === signature) {
      return;
    }
    const current = select.value;
    select.replaceChildren(...options.map(([value, text]) => el('option', { value }, text)));
    select.dataset.options = signature;
    select.value = values.includes(current) ? current : '';
  }

  function sortValue(v, key) {
    if (key === 'ward') { return Alerts.wardName(v.wardCode); }
    if (key === 'type') { return t('type.' + v.type); }
    return v[key] === null || v[key] === undefined ? -Infinity : v[key];
  }

  function renderVenues() {
    const ward = document.getElementById('venue-ward').value;
    const type = document.getElementById('venue-type').value;
    const status = document.getElementById('venue-status').value;
    const rows = venues.items.filter(v => (!ward || v.wardCode === ward) && (!type || v.type === type)
      && (!status || (status === 'alert') === (v.openAlerts > 0)))
      .sort((a, b) => {
        const x = sortValue(a, venues.sort); const y = sortValue(b, venues.sort);
        return (typeof x === 'string' ? x.localeCompare(y) : x - y) * venues.dir;
      });
    document.querySelectorAll('#venues th[data-sort]').forEach(th => {
      th.setAttribute('aria-sort', th.dataset.sort === venues.sort ? (venues.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
    document.querySelector('#venues tbody').replaceChildren(...rows.map(v => el('tr', { class: v.openAlerts > 0 ? 'has-alerts' : '' },
      el('th', { scope: 'row' }, v.name || v.venueId),
      el('td', {}, el('span', { class: 'level-dot level-' + Alerts.level(v.wardCode) }), ' ', Alerts.wardName(v.wardCode)),
      el('td', {}, t('type.' + v.type)),
      el('td', { class: 'num' }, String(v.scansToday ?? 0)),
      el('td', {}, I18n.time(v.lastScanAt)),
      el('td', { class: 'num' }, v.coverage === null || v.coverage === undefined ? '—' : Math.round(v.coverage * 100) + ' %'),
      el('td', { class: 'num' }, String(v.openAlerts ?? 0)))));
    document.getElementById('venues-empty').hidden = rows.length > 0;
  }

  function sortBy(key) {
    venues.dir = venues.sort === key ? -venues.dir : (key === 'name' || key === 'ward' || key === 'type' ? 1 : -1);
    venues.sort = key;
    renderVenues();
  }

  /* ---------- charts ---------- */
  const charts = {};
  const chartData = { scans: [], passages: [] };

  function chart(id, config) {
    if (charts[id]) { charts[id].destroy(); }
    charts[id] = new Chart(document.getElementById(id), config);
  }

  function barOptions(stacked) {
    return {
      animation: false, responsive: true, maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, font: { size: 13 } } } },
      scales: {
        x: { stacked, title: { display: true, text: t('charts.hour') }, ticks: { font: { size: 12 } } },
        y: { stacked, beginAtZero: true, ticks: { precision: 0, font: { size: 12 } } }
      }
    };
  }

  async function loadCharts() {
    const q = Api.query({ districtCode: state.district });
    const [scans, passages] = await Promise.all([Api.get('/api/v1/stats/scans-hourly' + q),
      Api.get('/api/v1/stats/passages-hourly' + q)]);
    chartData.scans = scans.items;
    chartData.passages = passages.items;
    renderCharts();
  }

  function renderCharts() {
    const wards = [...new Set(chartData.scans.map(s => s.wardCode))].sort();
    chart('chart-scans', {
      type: 'bar',
      data: {
        labels: HOURS.map(String),
        datasets: wards.map((w, i) => ({
          label: Alerts.wardName(w), backgroundColor: PALETTE[i % PALETTE.length],
          data: HOURS.map(h => chartData.scans.filter(s => s.wardCode === w && s.hour === h)
            .reduce((n, s) => n + s.accepted + s.rejected, 0))
        }))
      },
      options: barOptions(true)
    });
    const decisions = [...new Set(chartData.passages.map(p => p.decision))];
    chart('chart-passages', {
      type: 'bar',
      data: {
        labels: HOURS.map(String),
        datasets: decisions.map(d => ({
          label: t('decision.' + d), backgroundColor: DECISION_COLOURS[d] || '#616161',
          data: HOURS.map(h => chartData.passages.filter(p => p.decision === d && p.hour === h)
            .reduce((n, p) => n + p.passages, 0))
        }))
      },
      options: barOptions(true)
    });
    renderRuleChart();
  }

  function renderRuleChart() {
    const counts = new Map();
    [...state.alerts.values()].filter(a => Alerts.OPEN.includes(a.status))
      .forEach(a => counts.set(a.rule, (counts.get(a.rule) || 0) + 1));
    const rules = [...counts.keys()].sort();
    const options = barOptions(false);
    options.indexAxis = 'y';
    options.plugins.legend.display = false;
    options.scales = { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { font: { size: 13 } } } };
    chart('chart-rules', {
      type: 'bar',
      data: { labels: rules.map(r => t('rule.' + r)), datasets: [{ data: rules.map(r => counts.get(r)), backgroundColor: '#c62828' }] },
      options
    });
  }

  /* ---------- daily report ---------- */
  function reportPath() {
    return '/api/v1/reports/daily' + Api.query({ districtCode: state.district, date: document.getElementById('report-date').value });
  }

  let lastReport = null;

  async function loadReport() {
    const root = document.getElementById('report');
    try {
      lastReport = await Api.get(reportPath());
      root.replaceChildren(reportTable(lastReport));
    } catch (e) {
      root.replaceChildren(el('p', { class: 'error', role: 'alert' }, t('report.failed') + ': ' + e.message));
    }
  }

  const REPORT_COLUMNS = ['level', 'venues', 'activeVenues', 'venuesScanning', 'scans', 'alertsOpened', 'alertsResolved',
    'alertsOpenAtEnd', 'inspections', 'lowCoverageInspections', 'averageCoverage'];

  /** The ward-by-ward daily report: a row per ward, the district's totals last. */
  function reportTable(report) {
    const rows = report.wards || [];
    const cell = (c, v) => {
      if (c === 'level') { return el('td', {}, el('span', { class: 'level-dot level-' + v }), ' ' + v); }
      if (c === 'averageCoverage') { return el('td', { class: 'num' }, v === null || v === undefined ? '—' : Math.round(v * 100) + ' %'); }
      return el('td', { class: 'num' }, String(v ?? 0));
    };
    const sums = REPORT_COLUMNS.map(c => c === 'level' || c === 'averageCoverage' ? '' : rows.reduce((n, r) => n + (r[c] || 0), 0));
    return el('div', {},
      el('p', { class: 'report-head' }, report.districtName + ' — '
        + new Date(report.date + 'T12:00:00').toLocaleDateString(I18n.locale(), { dateStyle: 'full' })),
      rows.length === 0 ? el('p', { class: 'empty' }, t('report.empty')) : el('table', { class: 'table report' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('venues.ward')),
          REPORT_COLUMNS.map(c => el('th', { scope: 'col', class: c === 'level' ? '' : 'num' }, t('report.' + c))))),
        el('tbody', {}, rows.map(r => el('tr', {}, el('th', { scope: 'row' }, r.wardName || Alerts.wardName(r.wardCode)),
          REPORT_COLUMNS.map(c => cell(c, r[c]))))),
        el('tfoot', {}, el('tr', {}, el('th', { scope: 'row' }, t('report.total')),
          sums.map(v => el('td', { class: 'num' }, String(v)))))));
  }

  async function downloadCsv() {
    const blob = await Api.blob(reportPath(), 'text/csv');
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: url, download: 'bao-cao-' + (state.district || '') + '-' + document.getElementById('report-date').value + '.csv' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function init() {
    ['venue-ward', 'venue-type', 'venue-status'].forEach(id => document.getElementById(id).addEventListener('change', renderVenues));
    document.querySelectorAll('#venues th[data-sort] button').forEach(b =>
      b.addEventListener('click', () => sortBy(b.parentElement.dataset.sort)));
    document.getElementById('report-form').addEventListener('submit', e => { e.preventDefault(); loadReport(); });
    document.getElementById('report-csv').addEventListener('click', () => downloadCsv().catch(e => {
      document.getElementById('report').replaceChildren(el('p', { class: 'error', role: 'alert' }, t('report.failed') + ': ' + e.message));
    }));
    I18n.onChange(() => {
      if (!state.district) { return; }
      renderVenues();
      renderCharts();
      if (lastReport) { document.getElementById('report').replaceChildren(reportTable(lastReport)); }
      fillSelect('venue-type', [...new Set(venues.items.map(v => v.type))], v => t('type.' + v));
    });
  }

  window.Panels = { init, loadVenues, renderVenues, loadCharts, renderRuleChart, loadReport, LEVEL_COLOURS };
})();
