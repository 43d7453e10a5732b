// Vigil web view: map, timeline, filters and event panel over the /api endpoints.
// Every piece of text that comes from an article is put into the page with textContent or text nodes,
// never as HTML, so a report cannot inject markup or script.
(() => {
  'use strict';

  const TYPE_COLORS = {
    ASSAULT: '#d62728', COERCE: '#9467bd', PROTEST: '#ff7f0e', THREATEN: '#8c564b', MOBILIZE: '#e377c2',
    SANCTION: '#7f7f7f', ACCUSE: '#bcbd22', REJECT: '#17becf', REQUEST: '#aec7e8', RETREAT: '#98df8a',
    AID: '#2ca02c', COOPERATE: '#1f77b4', CONCEDE: '#c5b0d5', SUPPORT: '#9edae5', CONSULT: '#c49c94', AGREE: '#dbdb8d',
  };
  const HIGHLIGHT_NAMES = { trigger: 'what happened', actor1: 'actor', actor2: 'target', place: 'place', date: 'date', fatalities: 'dead' };
  const MAP_EVENT_LIMIT = 5000;
  const LIST_LIMIT = 300;

  const $ = (selector) => document.querySelector(selector);
  const form = $('#filters');
  let events = [];
  let lastDays = [];
  let loads = 0;

  /** Builds an element; string children become text nodes. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value == null) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child == null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Only http(s) links from articles become clickable. */
  function safeUrl(url) {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch { return null; }
  }

  function setStatus(text, isError) {
    const status = $('#status');
    status.textContent = text;
    status.classList.toggle('error', !!isError);
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
    return body;
  }

  function filterQuery() {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (String(value).trim() !== '') params.set(name, String(value).trim());
    }
    return params;
  }

  // ---- map ---------------------------------------------------------------------------------------
  const map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 13, zoomSnap: 0.5 }).setView([20, 10], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Natural Earth · world-atlas · Leaflet');
  fetch('/vendor/world-110m.geojson').then((r) => r.json()).then((world) => {
    L.geoJSON(world, { interactive: false, style: { color: '#9aa', weight: 0.6, fillColor: '#f2f1ea', fillOpacity: 1 } }).addTo(map).bringToBack();
  }).catch(() => { /* the map still works without country shapes */ });
  const clusters = L.layerGroup().addTo(map);

  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => {
    const box = el('div', { class: 'legend' });
    for (const type of ['ASSAULT', 'COERCE', 'PROTEST', 'THREATEN', 'MOBILIZE', 'ACCUSE', 'COOPERATE', 'AID']) {
      const dot = el('i');
      dot.style.background = TYPE_COLORS[type];
      box.append(el('div', null, dot, type.toLowerCase()));
    }
    return box;
  };
  legend.addTo(map);

  const colorOf = (type) => TYPE_COLORS[type] || '#555';

  function dominantType(list) {
    const counts = new Map();
    for (const e of list) counts.set(e.plover_type, (counts.get(e.plover_type) || 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }

  /** Grid clustering in screen pixels at the current zoom: events whose markers would overlap share one circle. */
  function renderMap() {
    clusters.clearLayers();
    const cellSize = 50;
    const zoom = map.getZoom();
    const cells = new Map();
    for (const e of events) {
      if (e.lat == null || e.lon == null) continue;
      const point = map.project([e.lat, e.lon], zoom);
      const key = `${Math.floor(point.x / cellSize)}:${Math.floor(point.y / cellSize)}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, cell = { events: [], lat: 0, lon: 0 });
      cell.events.push(e);
      cell.lat += e.lat;
      cell.lon += e.lon;
    }
    for (const cell of cells.values()) {
      const n = cell.events.length;
      const center = [cell.lat / n, cell.lon / n];
      const radius = n === 1 ? 7 : Math.min(26, 10 + 3 * Math.log2(n));
      const marker = L.circleMarker(center, {
        radius, color: '#fff', weight: 1.5, fillColor: colorOf(dominantType(cell.events)), fillOpacity: 0.85,
      });
      marker.bindTooltip(el('span', { text: n === 1 ? describe(cell.events[0]) : `${n} events` }));
      marker.on('click', () => {
        if (n === 1) openEvent(cell.events[0].id);
        else if (map.getZoom() < map.getMaxZoom() - 1) map.fitBounds(L.latLngBounds(cell.events.map((e) => [e.lat, e.lon])).pad(0.3), { maxZoom: map.getMaxZoom() });
        else renderList(cell.events);
      });
      clusters.addLayer(marker);
      if (n > 1) {
        clusters.addLayer(L.marker(center, {
          interactive: false,
          icon: L.divIcon({ className: 'cluster-count', html: el('span', { text: String(n) }), iconSize: [24, 24] }),
        }));
      }
    }
  }
  map.on('zoomend moveend', renderMap);

  /** After the filters change, show where the matching events are. */
  function fitToEvents() {
    const located = events.filter((e) => e.lat != null && e.lon != null);
    if (located.length > 0) map.fitBounds(L.latLngBounds(located.map((e) => [e.lat, e.lon])).pad(0.2), { maxZoom: 7, animate: false });
  }

  function describe(e) {
    return [e.event_date, e.acled_sub_type || e.plover_type, e.location].filter(Boolean).join(' · ');
  }

  // ---- timeline ----------------------------------------------------------------------------------
  const canvas = $('#timeline');
  let bars = [];

  const dayNumber = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;
  const isoOf = (day) => new Date(day * 86400000).toISOString().slice(0, 10);

  /** Counts per day, or per week or month when the range is long, drawn as bars; a click filters to a bar. */
  function renderTimeline(days) {
    const ratio = window.devicePixelRatio || 1;
    const width = canvas.clientWidth || 600;
    const height = 110;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    const g = canvas.getContext('2d');
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.clearRect(0, 0, width, height);
    bars = [];
    if (days.length === 0) {
      g.fillStyle = '#888';
      g.fillText('no dated events', 10, 20);
      return;
    }
    const first = dayNumber(days[0].day);
    const last = dayNumber(days[days.length - 1].day);
    const span = last - first + 1;
    const bucket = span <= 400 ? 1 : span <= 2800 ? 7 : 30;
    const buckets = new Map();
    for (const d of days) {
      const index = Math.floor((dayNumber(d.day) - first) / bucket);
      buckets.set(index, (buckets.get(index) || 0) + d.events);
    }
    const count = Math.floor((last - first) / bucket) + 1;
    const max = Math.max(...buckets.values());
    const plotTop = 6, plotBottom = height - 18;
    const barWidth = Math.min(40, (width - 20) / count);
    g.fillStyle = '#3b6ea5';
    for (let i = 0; i < count; i++) {
      const n = buckets.get(i) || 0;
      const x = 10 + i * barWidth;
      const h = n === 0 ? 0 : Math.max(2, (plotBottom - plotTop) * n / max);
      g.fillRect(x, plotBottom - h, Math.max(1, barWidth - 1), h);
      bars.push({ x, width: barWidth, from: isoOf(first + i * bucket), to: isoOf(Math.min(last, first + (i + 1) * bucket - 1)), events: n });
    }
    g.fillStyle = '#555';
    g.font = '11px system-ui, sans-serif';
    g.fillText(days[0].day, 10, height - 4);
    const lastLabel = days[days.length - 1].day;
    g.fillText(lastLabel, width - 10 - g.measureText(lastLabel).width, height - 4);
    const peak = `max ${max} / ${bucket === 1 ? 'day' : bucket === 7 ? 'week' : 'month'}`;
    g.fillText(peak, (width - g.measureText(peak).width) / 2, height - 4);
  }

  function barAt(event) {
    const x = event.clientX - canvas.getBoundingClientRect().left;
    return bars.find((b) => x >= b.x && x < b.x + b.width);
  }

  canvas.addEventListener('mousemove', (event) => {
    const bar = barAt(event);
    $('#timeline-info').textContent = bar ? `${bar.from === bar.to ? bar.from : `${bar.from} to ${bar.to}`}: ${bar.events} events (click to filter)` : '';
  });
  canvas.addEventListener('click', (event) => {
    const bar = barAt(event);
    if (!bar) return;
    form.elements.from.value = bar.from;
    form.elements.to.value = bar.to;
    load();
  });

  // ---- lists -------------------------------------------------------------------------------------
  function killed(e) {
    if (e.fatalities_low == null) return '';
    const range = e.fatalities_high != null && e.fatalities_high !== e.fatalities_low ? `${e.fatalities_low}–${e.fatalities_high}` : `${e.fatalities_low}`;
    return e.fatalities_disputed ? `${range} (disputed)` : range;
  }

  function actorText(text, code) {
    if (!text && !code) return '';
    return code ? `${text || ''} (${code})`.trim() : text;
  }

  function renderList(list) {
    const body = $('#events tbody');
    body.replaceChildren();
    for (const e of list.slice(0, LIST_LIMIT)) {
      const actors = [actorText(e.actor1_text, e.actor1_code), actorText(e.actor2_text, e.actor2_code)].filter(Boolean).join(' → ');
      const row = el('tr', { 'data-id': String(e.id), onclick: () => openEvent(e.id) },
        el('td', { text: e.event_date || '' }),
        el('td', { text: e.acled_sub_type || e.acled_type || e.plover_type }),
        el('td', { text: actors }),
        el('td', { text: [e.location, e.country].filter(Boolean).join(', ') }),
        el('td', { text: killed(e), class: e.fatalities_disputed ? 'disputed' : null }),
        el('td', { text: `${e.num_reports} (${e.num_sources} outlets)` }));
      body.append(row);
    }
  }

  function renderCountries(countries) {
    const body = $('#countries tbody');
    body.replaceChildren();
    for (const c of countries.slice(0, 30)) {
      body.append(el('tr', { onclick: () => { form.elements.country.value = c.country; load(); } },
        el('td', { text: c.country }), el('td', { text: String(c.events) }), el('td', { text: String(c.fatalities) })));
    }
  }

  // ---- event panel -------------------------------------------------------------------------------
  /** The evidence sentence with each highlighted span (actor, trigger, place, date, dead) in a mark element. */
  function evidence(report) {
    const sentence = report.evidence.sentence;
    const paragraph = el('p', { class: 'evidence' });
    let at = 0;
    for (const h of [...report.evidence.highlights].sort((a, b) => a.start - b.start)) {
      if (h.start < at || h.end > sentence.length) continue;
      paragraph.append(sentence.slice(at, h.start));
      paragraph.append(el('mark', { class: `hl hl-${h.kind}`, 'data-kind': h.kind, title: HIGHLIGHT_NAMES[h.kind] || h.kind, text: sentence.slice(h.start, h.end) }));
      at = h.end;
    }
    paragraph.append(sentence.slice(at));
    return paragraph;
  }

  /** Who the report attributes the event to: speaker → cue → relaying sources → outlet. */
  function attribution(report) {
    const links = report.evidence.attribution.map((a) => el('span', { class: `link ${a.role}`, 'data-role': a.role, title: a.role, text: a.text }));
    links.push(el('span', { class: 'link outlet', 'data-role': 'outlet', title: 'outlet', text: report.source || 'unknown outlet' }));
    const chain = el('div', { class: 'chain' }, el('span', { class: 'muted', text: 'according to' }));
    links.forEach((link, i) => { if (i > 0) chain.append('→'); chain.append(link); });
    return chain;
  }

  function reportCard(report, documentsById) {
    const doc = documentsById.get(report.document_id);
    const title = (doc && doc.title) || report.url || report.document_id;
    const href = safeUrl(report.url);
    const heading = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', text: title }) : el('span', { text: title });
    const details = [
      report.published && `published ${report.published}`,
      report.fatalities_text && `dead: “${report.fatalities_text}”`,
      report.date_text && `date: “${report.date_text}”`,
      report.modality !== 'asserted' && report.modality,
    ].filter(Boolean).join(' · ');
    return el('div', { class: 'report', 'data-report': String(report.id) },
      el('div', null, heading),
      el('div', { class: 'meta', text: details }),
      evidence(report),
      attribution(report));
  }

  function disagreements(list) {
    if (list.length === 0) return null;
    const table = el('table', { class: 'disagreements' });
    for (const d of list) {
      const values = el('td');
      d.values.forEach((v, i) => {
        if (i > 0) values.append(el('br'));
        values.append(el('strong', { text: v.value }), ` per ${v.sources.join(', ')}`);
      });
      table.append(el('tr', { 'data-field': d.field }, el('td', { text: d.field }), values));
    }
    return el('div', null, el('h3', { text: 'Reports disagree' }), table);
  }

  async function openEvent(id) {
    let detail;
    try {
      detail = await getJson(`/api/events/${encodeURIComponent(id)}`);
    } catch (error) {
      setStatus(`event ${id}: ${error.message}`, true);
      return;
    }
    const e = detail.event;
    const documentsById = new Map(detail.documents.map((d) => [d.id, d]));
    const facts = el('dl');
    const fact = (name, value, cls) => { if (value) facts.append(el('dt', { text: name }), el('dd', { text: value, class: cls })); };
    fact('Date', [e.event_date, e.date_precision && `(${e.date_precision})`].filter(Boolean).join(' '));
    fact('Place', [e.location, e.admin1, e.country].filter(Boolean).join(', '));
    fact('Actor', actorText(e.actor1_text, e.actor1_code));
    fact('Acting with', e.actor1_associated);
    fact('Target', actorText(e.actor2_text, e.actor2_code));
    fact('Also targeted', e.actor2_associated);
    fact('CAMEO', e.cameo);
    fact('ACLED', [e.acled_type, e.acled_sub_type].filter(Boolean).join(': '));
    fact('Killed', killed(e), e.fatalities_disputed ? 'disputed' : null);
    fact('Support', `${e.num_reports} reports, ${e.num_stories} stories, ${e.num_sources} outlets`);
    fact('Outlets', e.sources);
    const body = $('#panel-body');
    body.replaceChildren(
      el('h2', { text: `${e.plover_type}${e.plover_mode ? ` (${e.plover_mode})` : ''}` }),
      facts,
      disagreements(detail.disagreements),
      el('h3', { text: 'Reports' }),
      ...detail.reports.map((r) => reportCard(r, documentsById)));
    const panel = $('#panel');
    panel.hidden = false;
    panel.dataset.eventId = String(e.id);
    for (const row of document.querySelectorAll('#events tbody tr')) row.classList.toggle('selected', row.dataset.id === String(e.id));
    map.invalidateSize();
  }

  $('#close-panel').addEventListener('click', () => {
    $('#panel').hidden = true;
    delete $('#panel').dataset.eventId;
    map.invalidateSize();
  });

  // ---- loading -----------------------------------------------------------------------------------
  async function load() {
    const query = filterQuery();
    setStatus('loading…');
    try {
      const list = await getJson(`/api/events?${query}&limit=${MAP_EVENT_LIMIT}`);
      const [days, countries, totals] = await Promise.all([
        getJson(`/api/stats/days?${query}`), getJson(`/api/stats/countries?${query}`), getJson('/api/totals')]);
      events = list.events;
      if (loads > 0) fitToEvents();
      renderMap();
      lastDays = days;
      renderTimeline(days);
      renderCountries(countries);
      renderList(events);
      $('#totals').textContent = `${totals.events} events from ${totals.documents} documents (${totals.stories} stories)`;
      setStatus(list.total > events.length ? `${list.total} events match (newest ${events.length} shown)` : `${list.total} events match`);
    } catch (error) {
      setStatus(error.message, true);
    } finally {
      document.body.dataset.loads = String(++loads);
    }
  }

  form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  $('#reset').addEventListener('click', () => { form.reset(); load(); });
  $('#use-view').addEventListener('click', () => {
    const b = map.getBounds();
    const round = (x) => Math.round(x * 100) / 100;
    form.elements.bbox.value = [Math.max(-180, round(b.getWest())), Math.max(-90, round(b.getSouth())),
      Math.min(180, round(b.getEast())), Math.min(90, round(b.getNorth()))].join(',');
  });
  window.addEventListener('resize', () => renderTimeline(lastDays));
  load();
})();
