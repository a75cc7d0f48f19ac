/*
 * The board's calls to alert-service, all with the signed-in inspector's bearer token (kept in sessionStorage, so it
 * ends with the browser tab). The live stream is read with fetch() rather than EventSource, because EventSource
 * cannot send an Authorization header and a token in the URL would end up in access logs and browser history.
 */
(function () {
  'use strict';
  const TOKEN = 'vx.token';

  class ApiError extends Error {
    constructor(status, problem) {
      super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
      this.status = status;
      this.problem = problem;
    }
  }

  function token() { return sessionStorage.getItem(TOKEN); }
  function setToken(value) {
    if (value) { sessionStorage.setItem(TOKEN, value); } else { sessionStorage.removeItem(TOKEN); }
  }

  async function request(method, path, body, accept) {
    const headers = { 'Authorization': 'Bearer ' + token(), 'Accept': accept || 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) {
      let problem = null;
      try { problem = await res.json(); } catch (e) { /* not JSON */ }
      throw new ApiError(res.status, problem);
    }
    if (res.status === 204) { return null; }
    return accept && accept !== 'application/json' ? res.blob() : res.json();
  }

  function query(params) {
    const q = new URLSearchParams();
    Object.entries(params).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') { q.set(k, v); } });
    const s = q.toString();
    return s ? '?' + s : '';
  }

  /**
   * Reads a Server-Sent Events response: blocks of "field: value" lines separated by a blank line. Calls onEvent
   * with the parsed JSON of each "data" and onState('on'|'retry'); reconnects with a growing pause (1 s up to 30 s)
   * and calls onReconnect so that the caller can reload what it may have missed. Returns a function that stops it.
   */
  function stream(path, onEvent, onState, onReconnect) {
    let stopped = false;
    let controller = null;
    let pause = 1000;
    let connectedBefore = false;

    async function connect() {
      controller = new AbortController();
      try {
        const res = await fetch(path, {
          headers: { 'Authorization': 'Bearer ' + token(), 'Accept': 'text/event-stream' },
          signal: controller.signal, cache: 'no-store'
        });
        if (!res.ok || !res.body) { throw new ApiError(res.status, null); }
        onState('on');
        if (connectedBefore) { onReconnect(); }
        connectedBefore = true;
        pause = 1000;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) { break; }
          buffer += value.replace(/\r\n?/g, '\n');
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            dispatch(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
        }
      } catch (e) {
        if (stopped) { return; }
        if (e instanceof ApiError && e.status === 401) { onState('unauthorized'); return; }
      }
      if (stopped) { return; }
      onState('retry');
      setTimeout(connect, pause);
      pause = Math.min(pause * 2, 30000);
    }

    function dispatch(block) {
      const data = block.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5).replace(/^ /, ''));
      if (data.length === 0) { return; }
      try { onEvent(JSON.parse(data.join('\n'))); } catch (e) { /* a comment or keep-alive */ }
    }

    connect();
    return () => { stopped = true; if (controller) { controller.abort(); } };
  }

  const PAGE_SIZE = 200;

  /** Every item of a paged list ({items, total}), one page of PAGE_SIZE after the other. */
  async function all(path, params) {
    const items = [];
    for (let page = 0; ; page++) {
      const answer = await request('GET', path + query(Object.assign({}, params, { page, size: PAGE_SIZE })));
      items.push(...(answer.items || []));
      if (!answer.items || answer.items.length < PAGE_SIZE || items.length >= answer.total) { return items; }
    }
  }

  window.Api = {
    ApiError, token, setToken, query, stream, all,
    get: path => request('GET', path),
    post: (path, body) => request('POST', path, body || {}),
    blob: (path, accept) => request('GET', path, undefined, accept)
  };
})();
