/* District map from the official outlines (gis/<province>.json), no tile server: polygons on a plain background. */
(function () {
  'use strict';
  const { t } = I18n;
  const state = BoardState;
  const PROVINCES_WITH_MAPS = ['01', '31'];
  const SHADES = ['#e8f5e9', '#ffe0b2', '#ffab91', '#ef5350', '#b71c1c'];
  let map = null;
  let layer = null;
  let onPick = () => {};

  function openAlertsByDistrict() {
    const counts = new Map();
    [...state.alerts.values()].filter(a => Alerts.OPEN.includes(a.status))
      .forEach(a => counts.set(a.districtCode, (counts.get(a.districtCode) || 0) + 1));
    return counts;
  }

  function shade(n) {
    if (!n) { return SHADES[0]; }
    return SHADES[Math.min(SHADES.length - 1, n <= 2 ? 1 : n <= 5 ? 2 : n <= 10 ? 3 : 4)];
  }

  function inScope(code) {
    return state.session.role === 'admin' || code === state.session.districtCode;
  }

  function style(feature) {
    const code = feature.properties.code;
    const selected = code === state.district;
    return {
      color: selected ? '#0d47a1' : '#546e7a', weight: selected ? 3 : 1,
      fillColor: inScope(code) ? shade(openAlertsByDistrict().get(code)) : '#eceff1',
      fillOpacity: inScope(code) ? 0.85 : 0.5
    };
  }

  function toFeatures(province) {
    return province.level2s.map(d => ({
      type: 'Feature', properties: { code: d.level2_id, name: d.name },
      geometry: { type: d.type, coordinates: d.coordinates }
    }));
  }

  async function show(pick) {
    onPick = pick;
    const provinces = state.session.role === 'admin' ? PROVINCES_WITH_MAPS
      : PROVINCES_WITH_MAPS.filter(p => p === state.session.provinceCode);
    const container = document.getElementById('map');
    if (provinces.length === 0) {
      container.replaceChildren(Alerts.el('p', { class: 'empty' }, t('map.none')));
      container.classList.add('no-map');
      return;
    }
    const files = await Promise.all(provinces.map(p => fetch('/gis/' + p + '.json').then(r => r.json())));
    const features = files.flatMap(toFeatures);
    if (!map) {
      map = L.map(container, { attributionControl: false, zoomSnap: 0.25, keyboard: true });
    }
    if (layer) { layer.remove(); }
    layer = L.geoJSON({ type: 'FeatureCollection', features }, {
      style,
      onEachFeature: (feature, polygon) => {
        if (state.session.role !== 'admin' && feature.properties.code === state.district) {
          polygon.bindTooltip(feature.properties.name, { permanent: true, direction: 'center', className: 'district-label' });
        } else {
          polygon.bindTooltip(() => tooltip(feature.properties), { sticky: true });
        }
        polygon.on('click', () => { if (inScope(feature.properties.code)) { onPick(feature.properties.code); } });
        polygon.options.className = 'district d-' + feature.properties.code;
      }
    }).addTo(map);
    const own = features.find(f => f.properties.code === state.district);
    map.fitBounds((own ? L.geoJSON(own) : layer).getBounds().pad(own ? 1.2 : 0.02));
  }

  function tooltip(p) {
    if (!inScope(p.code)) { return p.name + ' — ' + t('map.outside'); }
    return p.name + ': ' + (openAlertsByDistrict().get(p.code) || 0) + ' ' + t('map.open');
  }

  function refresh() {
    if (layer) { layer.setStyle(style); }
  }

  function legend() {
    document.getElementById('level-legend').replaceChildren(...[1, 2, 3, 4].map(l =>
      Alerts.el('li', {}, Alerts.el('span', { class: 'level-dot level-' + l }), ' ' + t('level.' + l))));
  }

  I18n.onChange(legend);
  window.BoardMap = { show, refresh, legend };
})();
