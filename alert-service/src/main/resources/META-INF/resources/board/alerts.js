/* The live alert list: grouped by ward, coloured by severity and by the ward's epidemic level; actions and detail. */
(function () {
  'use strict';
  const { t } = I18n;
  const OPEN = ['FIRING', 'ACKNOWLEDGED'];
  const OUTCOMES = ['FIXED', 'WARNING_ISSUED', 'FINED', 'FALSE_ALARM'];
  const SILENCE_HOURS = [1, 4, 24];
  const NEW_HIGHLIGHT_MS = 15000;

  const state = window.BoardState = {
    session: null, district: null, wardNames: new Map(), levels: new Map(), alerts: new Map(),
    status: 'open', unseen: 0, fresh: new Set(), listeners: []
  };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (v === undefined || v === null || v === false) { return; }
      if (k === 'class') { node.className = v; } else if (k === 'text') { node.textContent = v; } else if (k.startsWith('on')) {
        node.addEventListener(k.slice(2), v);
      } else { node.setAttribute(k, v === true ? '' : v); }
    });
    children.flat().forEach(c => { if (c !== null && c !== undefined) { node.append(c); } });
    return node;
  }

  function level(ward) { return state.levels.get(ward) || 1; }
  function wardName(code) { return state.wardNames.get(code) || code; }
  function place(a) { return a.placeName || a.venueId || a.checkpointId || ''; }
  function visible(a) { return state.status === 'open' ? OPEN.includes(a.status) : a.status === state.status; }
  function changed() { state.listeners.forEach(fn => fn()); }

  async function load() {
    const statuses = state.status === 'open' ? OPEN : [state.status];
    // open alerts in full; of the resolved ones (a growing history) the newest page
    const lists = await Promise.all(statuses.map(s => s === 'RESOLVED'
      ? Api.get('/api/v1/alerts' + Api.query({ districtCode: state.district, status: s, size: 200 })).then(p => p.items || [])
      : Api.all('/api/v1/alerts', { districtCode: state.district, status: s })));
    state.alerts.clear();
    lists.flat().forEach(a => state.alerts.set(a.id, a));
    render();
    changed();
  }

  /** One Server-Sent Event: an alert change ({change, notify, alert}) or, from older servers, the alert itself. */
  function onChange(change) {
    const alert = change.alert || change;
    if (!alert || !alert.id || (state.district && alert.districtCode !== state.district)) { return; }
    const known = state.alerts.has(alert.id);
    state.alerts.set(alert.id, alert);
    if (!known && alert.status === 'FIRING' && change.notify !== false) {
      announce(alert);
    }
    render();
    changed();
  }

  function announce(alert) {
    state.unseen++;
    state.fresh.add(alert.id);
    setTimeout(() => { state.fresh.delete(alert.id); render(); }, NEW_HIGHLIGHT_MS);
    updateTitle();
    if (document.getElementById('sound').checked) { beep(); }
  }

  function updateTitle() {
    document.title = (state.unseen > 0 ? '(' + state.unseen + ') ' : '') + t('app.title');
  }

  function seen() {
    if (state.unseen > 0) { state.unseen = 0; updateTitle(); }
  }

  function beep() {
    try {
      const ctx = new AudioContext();
      const osc = ctx.createOscillator();
      osc.frequency.value = 880;
      osc.connect(ctx.destination);
      osc.start();
      osc.stop(ctx.currentTime + 0.25);
    } catch (e) { /* no audio device */ }
  }

  function render() {
    const root = document.getElementById('alert-groups');
    const list = [...state.alerts.values()].filter(visible)
      .sort((a, b) => (b.lastSeenAt || '').localeCompare(a.lastSeenAt || ''));
    const byWard = new Map();
    list.forEach(a => { if (!byWard.has(a.wardCode)) { byWard.set(a.wardCode, []); } byWard.get(a.wardCode).push(a); });
    const wards = [...byWard.keys()].sort((x, y) => level(y) - level(x) || wardName(x).localeCompare(wardName(y)));
    // an inspector half-way through a note keeps the form, its text and the focus while other alerts change
    const forms = new Map([...root.querySelectorAll('li[data-id] > form.action-form')].map(f => [f.parentElement.dataset.id, f]));
    const focused = document.activeElement;
    root.replaceChildren(...wards.map(w => group(w, byWard.get(w))));
    forms.forEach((form, id) => {
      const li = root.querySelector('li[data-id="' + CSS.escape(id) + '"]');
      if (li && li.dataset.status !== 'RESOLVED') { li.append(form); }
    });
    if (focused && focused !== document.activeElement && root.contains(focused)) { focused.focus(); }
    document.getElementById('alerts-empty').hidden = list.length > 0;
    document.getElementById('alert-count').textContent = list.length ? '(' + list.length + ')' : '';
  }

  function group(ward, alerts) {
    const lv = level(ward);
    return el('section', { class: 'ward-group level-' + lv, 'data-ward': ward, 'aria-label': wardName(ward) },
      el('h3', {},
        el('span', { class: 'level-badge level-' + lv, title: t('level.' + lv) }, t('alerts.level') + ' ' + lv),
        el('span', { class: 'ward-name' }, wardName(ward)),
        el('span', { class: 'count' }, String(alerts.length))),
      el('ul', { class: 'alert-list' }, alerts.map(item)));
  }

  function item(a) {
    const open = a.status !== 'RESOLVED';
    return el('li', {
      class: 'alert sev-' + a.severity + ' status-' + a.status + (state.fresh.has(a.id) ? ' new' : ''),
      'data-id': a.id, 'data-status': a.status
    },
    el('div', { class: 'alert-main' },
      el('div', { class: 'alert-line' },
        el('span', { class: 'sev sev-' + a.severity }, t('severity.' + a.severity)),
        el('strong', { class: 'rule' }, t('rule.' + a.rule)),
        el('span', { class: 'status-badge status-' + a.status }, t('status.' + a.status)),
        a.silenced ? el('span', { class: 'status-badge silenced' }, t('alerts.silenced')) : null,
        a.escalations > 0 ? el('span', { class: 'status-badge escalated' }, t('alerts.escalated')) : null),
      el('div', { class: 'place' }, place(a)),
      el('div', { class: 'meta' }, (a.count || 1) + ' ' + t('alerts.count') + ' · ' + t('alerts.since') + ' '
        + I18n.time(a.startsAt) + ' · ' + t('alerts.lastSeen') + ' ' + I18n.time(a.lastSeenAt))),
    el('div', { class: 'alert-actions' },
      a.status === 'FIRING' ? button('ack', a) : null,
      open ? button('resolve', a) : null,
      open ? button('silence', a) : null,
      el('button', { type: 'button', class: 'ghost', 'data-action': 'detail', onclick: () => detail(a.id) },
        t('action.detail'))));
  }

  function button(action, a) {
    return el('button', { type: 'button', 'data-action': action, onclick: e => openForm(e.target.closest('li'), action, a) },
      t('action.' + action));
  }

  function openForm(li, action, a) {
    li.querySelector('form.action-form')?.remove();
    const fields = [];
    if (action === 'resolve') {
      fields.push(el('label', {}, t('action.outcome') + ' ',
        el('select', { name: 'outcome', required: true }, OUTCOMES.map(o => el('option', { value: o }, t('outcome.' + o))))));
    }
    if (action === 'silence') {
      fields.push(el('label', {}, t('action.duration') + ' ',
        el('select', { name: 'hours' }, SILENCE_HOURS.map(h => el('option', { value: h }, t('duration.' + h + 'h'))))));
    }
    fields.push(el('label', {}, t('action.note') + ' ', el('input', { name: 'note', type: 'text', maxlength: 900 })));
    const error = el('p', { class: 'error', role: 'alert' });
    const form = el('form', { class: 'action-form', 'data-action': action },
      ...fields,
      el('button', { type: 'submit', 'data-action': 'confirm' }, t('action.confirm')),
      el('button', { type: 'button', class: 'ghost', onclick: () => form.remove() }, t('action.cancel')),
      error);
    form.addEventListener('submit', async e => {
      e.preventDefault();
      try {
        await act(action, a, new FormData(form));
        form.remove();
      } catch (err) {
        error.textContent = t('action.failed') + ': ' + err.message;
      }
    });
    li.append(form);
    form.querySelector('select, input').focus();
  }

  async function act(action, a, data) {
    const note = data.get('note') || null;
    if (action === 'ack') {
      onChange(await Api.post('/api/v1/alerts/' + encodeURIComponent(a.id) + '/ack', { note }));
    } else if (action === 'resolve') {
      onChange(await Api.post('/api/v1/alerts/' + encodeURIComponent(a.id) + '/resolve',
        { outcome: data.get('outcome'), note }));
    } else if (action === 'silence') {
      const now = new Date();
      const ends = new Date(now.getTime() + Number(data.get('hours')) * 3600000);
      await Api.post('/api/v1/silences', {
        venueId: a.venueId || null, wardCode: a.venueId ? null : a.wardCode, rule: a.rule,
        startsAt: now.toISOString(), endsAt: ends.toISOString(), comment: note || t('action.silenceDone')
      });
      onChange(Object.assign({}, a, { silenced: true }));
    }
  }

  async function detail(id) {
    const a = await Api.get('/api/v1/alerts/' + encodeURIComponent(id));
    const dialog = document.getElementById('detail');
    document.getElementById('detail-title').textContent = t('rule.' + a.rule) + ' — ' + place(a);
    const facts = [['detail.status', t('status.' + a.status)], ['detail.severity', t('severity.' + a.severity)],
      ['detail.ward', wardName(a.wardCode)], ['detail.place', place(a)], ['detail.count', a.count],
      ['alerts.since', I18n.time(a.startsAt, true)], ['alerts.lastSeen', I18n.time(a.lastSeenAt, true)]];
    const evidence = Object.entries(a.evidence || {});
    const history = a.history || [];
    document.getElementById('detail-body').replaceChildren(
      el('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [el('dt', {}, t(k)), el('dd', {}, String(v))])),
      el('h3', {}, t('detail.evidence')),
      el('table', { class: 'table evidence' }, el('tbody', {}, evidence.map(([k, v]) =>
        el('tr', {}, el('th', { scope: 'row' }, k), el('td', {}, typeof v === 'object' ? JSON.stringify(v) : String(v)))))),
      el('h3', {}, t('detail.history')),
      el('table', { class: 'table history' },
        el('thead', {}, el('tr', {}, ['detail.at', 'detail.action', 'detail.status', 'detail.actor', 'detail.reason']
          .map(k => el('th', { scope: 'col' }, t(k))))),
        el('tbody', {}, history.map(h => el('tr', {},
          el('td', {}, I18n.time(h.at, true)), el('td', {}, h.action || ''),
          el('td', {}, h.toStatus ? t('status.' + h.toStatus) : ''), el('td', {}, h.actor || ''),
          el('td', {}, h.reason || ''))))));
    dialog.showModal();
  }

  window.Alerts = { load, onChange, render, seen, updateTitle, el, wardName, level, OPEN };
})();
