/* Sign-in, scope, live stream and periodic refresh of the board. */
(function () {
  'use strict';
  const { t } = I18n;
  const state = BoardState;
  const REFRESH_MS = 60000;
  const STANDINGS_DELAY_MS = 2000;
  let stopStream = null;
  let refreshTimer = null;

  function $(id) { return document.getElementById(id); }

  function setLive(mode) {
    const live = $('live');
    live.className = 'live ' + (mode === 'on' ? 'on' : 'off');
    live.dataset.i18n = mode === 'on' ? 'live.on' : mode === 'retry' ? 'live.retry' : 'live.off';
    live.textContent = t(live.dataset.i18n);
    if (mode === 'unauthorized') { signOut(t('signin.rejected')); }
  }

  async function signIn(token) {
    Api.setToken(token);
    $('signin-error').textContent = '';
    try {
      state.session = await Api.get('/api/v1/board/session');
    } catch (e) {
      signOut(e.status === 403 ? t('signin.forbidden') : t('signin.rejected'));
      return;
    }
    $('signin').hidden = true;
    $('board').hidden = false;
    $('sign-out').hidden = false;
    await choose(state.session.districtCode);
  }

  /** Shows one district (an inspector's own; for an admin the one picked on the map, or all before that). */
  async function choose(districtCode) {
    state.district = districtCode || null;
    if (state.session.role === 'admin') {
      state.session = await Api.get('/api/v1/board/session' + Api.query({ districtCode }));
    }
    document.querySelectorAll('.district-only').forEach(card => { card.hidden = !state.district; });
    $('all-districts').hidden = !(state.session.role === 'admin' && state.district);
    state.wardNames = new Map((state.session.wards || []).map(w => [w.code, w.name]));
    scopeLabel();
    await loadLevels();
    $('report-date').value = $('report-date').value || today();
    await panel('alerts', Alerts.load());
    connect();
    await panel('map', BoardMap.show(pick));
    if (state.district) {
      await Promise.all([panel('venues', Panels.loadVenues()), panel('charts', Panels.loadCharts())]);
    }
    clearInterval(refreshTimer);
    refreshTimer = setInterval(refresh, REFRESH_MS);
  }

  /** One part of the board failing (a missing endpoint, a timeout) leaves the others working and says so. */
  async function panel(name, work) {
    const note = $(name + '-error');
    try {
      await work;
      if (note) { note.textContent = ''; }
    } catch (e) {
      if (e.status === 401) { signOut(t('signin.rejected')); return; }
      if (note) { note.textContent = t('panel.failed') + ': ' + e.message; }
    }
  }

  function pick(code) {
    if (state.session.role === 'admin') {
      choose(code === state.district ? null : code);
    }
  }

  function scopeLabel() {
    const s = state.session;
    const parts = s.districtCode ? [s.districtName, s.provinceName] : [t('scope.admin')];
    if (s.wardCode) { parts.unshift(state.wardNames.get(s.wardCode) || s.wardCode); }
    $('scope-label').textContent = parts.filter(Boolean).join(', ');
  }

  async function loadLevels() {
    state.levels = new Map();
    const wards = state.session.wardCode ? [state.session.wardCode] : [...state.wardNames.keys()];
    await Promise.all(wards.map(async ward => {
      try {
        const answer = await Api.get('/api/v1/areas/' + encodeURIComponent(ward) + '/level');
        state.levels.set(ward, answer.level || 1);
      } catch (e) {
        state.levels.set(ward, 1);
      }
    }));
  }

  function connect() {
    if (stopStream) { stopStream(); }
    stopStream = Api.stream('/api/v1/alerts/stream' + Api.query({ districtCode: state.district }),
      Alerts.onChange, setLive, () => Alerts.load());
  }

  async function refresh() {
    try {
      await loadLevels();
      Alerts.render();
      if (state.district) {
        await Promise.all([panel('venues', Panels.loadVenues()), panel('charts', Panels.loadCharts())]);
      }
    } catch (e) { /* the next refresh tries again; the live stream shows the connection state */ }
  }

  function today() {
    return new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  }

  function signOut(message) {
    if (stopStream) { stopStream(); stopStream = null; }
    clearInterval(refreshTimer);
    Api.setToken(null);
    state.session = null;
    $('board').hidden = true;
    $('sign-out').hidden = true;
    $('signin').hidden = false;
    $('signin-error').textContent = message || '';
    setLive('off');
  }

  function langButton() {
    const next = I18n.lang === 'vi' ? 'en' : 'vi';
    const b = $('lang');
    b.textContent = next.toUpperCase();
    b.lang = next;
    b.setAttribute('aria-label', next === 'en' ? 'English' : 'Tiếng Việt');
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.documentElement.lang = I18n.lang;
    I18n.apply();
    langButton();
    BoardMap.legend();
    Panels.init();
    // an alert change also changes the venue standings' open alerts: reload them once the changes settle
    let standings = null;
    const reloadStandings = () => {
      clearTimeout(standings);
      standings = setTimeout(() => { if (state.district) { panel('venues', Panels.loadVenues()); } }, STANDINGS_DELAY_MS);
    };
    state.listeners.push(Panels.renderRuleChart, BoardMap.refresh, reloadStandings);
    I18n.onChange(() => { langButton(); Alerts.render(); Alerts.updateTitle(); if (state.session) { scopeLabel(); } setLive($('live').classList.contains('on') ? 'on' : 'off'); });
    $('lang').addEventListener('click', () => I18n.setLang(I18n.lang === 'vi' ? 'en' : 'vi'));
    $('sign-out').addEventListener('click', () => signOut());
    $('all-districts').addEventListener('click', () => choose(null));
    $('alert-status').addEventListener('change', e => { state.status = e.target.value; Alerts.load(); });
    $('signin-form').addEventListener('submit', e => { e.preventDefault(); signIn($('token').value.trim()); });
    ['click', 'keydown'].forEach(type => document.addEventListener(type, Alerts.seen));
    const fromLink = new URLSearchParams(location.hash.slice(1)).get('token');
    if (fromLink) { history.replaceState(null, '', location.pathname); }
    const token = fromLink || Api.token();
    if (token) { signIn(token); }
  });
})();
