/* defence-kg: the interactive page (see kg/viz.py for what the data holds).
 *
 * Views: the country overview (first), a country's happenings, the happenings
 * two countries share, an entity's neighbourhood, every entity (small graphs).
 * Labels are drawn here, not by vis-network: the most important nodes first,
 * only where a label overlaps no other label and no other node; the rest show
 * on hover. Edge labels show on hover, or for every edge once zoomed in.
 */
(function () {
  "use strict";
  var META = window.KG_META, CFG = META.page;
  var LABEL_PX = CFG.label_font_px, LABEL_FONT = LABEL_PX + "px system-ui, sans-serif";
  var ROLE_KINDS = { Country: 1, Official: 1, Organization: 1 };
  var HAPPENINGS = { Event: 1, Agreement: 1, Partnership: 1 };
  var STYLE = {}; META.classes.forEach(function (c) { STYLE[c.name] = c; });
  var LEVEL_RANK = {}; META.levels.forEach(function (l, i) { LEVEL_RANK[i] = META.levels.length - i; });

  // ------------------------------------------------------------------ data files
  function load(name) {
    return new Promise(function (resolve, reject) {
      if (window.KG_CHUNKS[name]) { resolve(window.KG_CHUNKS[name]); return; }
      var first = !window.KG_WAIT[name];
      (window.KG_WAIT[name] = window.KG_WAIT[name] || []).push(resolve);
      if (!first || META.inline) return;
      var s = document.createElement("script");
      s.src = META.dataDir + "/" + name + ".js";
      s.onerror = function () {
        reject(new Error("cannot read " + s.src + ": keep the folder " + META.dataDir + " next to the page"));
      };
      document.head.appendChild(s);
    });
  }

  var OV = window.KG_CHUNKS.overview, IX = null;
  var countryById = {}, countryByIso = {};
  OV.countries.forEach(function (c) { countryById[c.id] = c; countryByIso[c.iso] = c; });

  function useIndex(raw) {
    var n = raw.names.length, m = raw.edges.length / 3, i;
    var deg = new Int32Array(n + 1);
    for (i = 0; i < m; i++) { deg[raw.edges[3 * i] + 1]++; deg[raw.edges[3 * i + 1] + 1]++; }
    for (i = 0; i < n; i++) deg[i + 1] += deg[i];
    var adj = new Int32Array(2 * m), fill = deg.slice(0, n);
    for (i = 0; i < m; i++) { adj[fill[raw.edges[3 * i]]++] = i; adj[fill[raw.edges[3 * i + 1]]++] = i; }
    var byCountry = {};
    Object.keys(raw.hc).forEach(function (h) {
      raw.hc[h].forEach(function (c) { (byCountry[c] = byCountry[c] || []).push(+h); });
    });
    Object.keys(byCountry).forEach(function (c) { byCountry[c].sort(function (a, b) { return a - b; }); });
    IX = { raw: raw, n: n, m: m, start: deg, adj: adj, byCountry: byCountry, folded: null };
    return IX;
  }
  function index() { return IX ? Promise.resolve(IX) : load("index").then(function (raw) { return IX || useIndex(raw); }); }

  function kindOf(id) { return META.kinds[IX.raw.kinds[id]]; }
  function edgeEnds(e) { return [IX.raw.edges[3 * e], IX.raw.edges[3 * e + 1]]; }
  function relationOf(e) { return IX.raw.relations[IX.raw.edges[3 * e + 2]]; }
  function eachEdge(id, f) { for (var k = IX.start[id]; k < IX.start[id + 1]; k++) f(IX.adj[k]); }
  function other(e, id) { var ends = edgeEnds(e); return ends[0] === id ? ends[1] : ends[0]; }

  // ------------------------------------------------------------------ period
  var state = { view: "overview", focus: null, depth: 2, since: 0, until: 0, classes: {}, relations: {} };
  META.classes.forEach(function (c) { state.classes[c.name] = true; });
  Object.keys(META.relationsVi).forEach(function (r) { state.relations[r] = true; });

  function parseBound(text, end) {
    text = (text || "").trim();
    if (!text) return 0;
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
    if (!m) return NaN;
    var y = +m[1], mo = m[2] ? +m[2] : (end ? 12 : 1), d = m[3] ? +m[3] : (end ? 31 : 1);
    var last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    if (mo < 1 || mo > 12 || d < 1 || d > (m[3] ? last : 31)) return NaN;
    return y * 10000 + mo * 100 + Math.min(d, last);
  }
  function monthOf(day) { return day ? Math.floor(day / 10000) * 12 + Math.floor(day / 100) % 100 - 1 : 0; }
  function inPeriod(id) {
    var kind = kindOf(id);
    if (!HAPPENINGS[kind]) return true;
    var d0 = IX.raw.d0[id];
    if (kind === "Partnership") return d0 ? (!state.until || d0 <= state.until) : !state.until;
    if (!d0) return !state.since && !state.until;
    var d1 = IX.raw.d1[id] || d0;
    return (!state.since || d1 >= state.since) && (!state.until || d0 <= state.until);
  }
  function visible(id) { return state.classes[kindOf(id)] && inPeriod(id); }
  function monthIn(m) {
    if (m < 0) return !state.since && !state.until;
    return (!state.since || m >= monthOf(state.since)) && (!state.until || m <= monthOf(state.until));
  }

  // ------------------------------------------------------------------ overview
  function countIn(hist) {
    var ev = 0, ag = 0;
    hist.forEach(function (h) { if (monthIn(h[0])) { ev += h[1]; ag += h[2]; } });
    return [ev, ag];
  }
  function latestLevel(parts) {
    var best = null;
    parts.forEach(function (p) {
      var since = p[0], admitted = since < 0 ? !state.until : (!state.until || since <= monthOf(state.until));
      if (!admitted) return;
      if (!best || since > best[0] || (since === best[0] && LEVEL_RANK[p[1]] > LEVEL_RANK[best[1]])) best = p;
    });
    return best;
  }
  function monthText(m) { return m < 0 ? "" : Math.floor(m / 12) + "-" + ("0" + (m % 12 + 1)).slice(-2); }
  function overviewData() {
    var counts = OV.countries.map(function (c) { return countIn(c.h); });
    var top = Math.max.apply(null, counts.map(function (c) { return c[0] + c[1]; }).concat([1]));
    var nodes = OV.countries.map(function (c, i) {
      var total = counts[i][0] + counts[i][1];
      return { id: c.id, x: c.x, y: c.y, shape: "dot", color: STYLE.Country.color, size: 8 + 26 * Math.sqrt(total / top),
               title: c.name + " (" + c.iso + ")\n" + counts[i][0] + " sự kiện / events · " + counts[i][1] +
                      " văn kiện / agreements\nNhấp để xem / click to open", name: c.name, weight: total };
    });
    var ties = [], topTie = 1;
    OV.ties.forEach(function (t, i) {
      var c = countIn(t.h), level = latestLevel(t.p);
      if (c[0] + c[1] === 0 && !level) return;
      topTie = Math.max(topTie, c[0] + c[1]);
      ties.push({ t: t, i: i, count: c, level: level });
    });
    var edges = ties.map(function (x) {
      var lv = x.level ? META.levels[x.level[1]] : null, total = x.count[0] + x.count[1];
      return { id: "t" + x.i, from: x.t.a, to: x.t.b, width: 1 + 11 * Math.sqrt(total / topTie),
               color: { color: lv ? lv.color : META.noLevelColor, highlight: "#222", hover: "#222" },
               dashes: total === 0, text: String(total), title: tieTitle(x) };
    });
    return { nodes: nodes, edges: edges };
  }
  function tieTitle(x) {
    var a = countryById[x.t.a], b = countryById[x.t.b];
    var lines = [a.name + " – " + b.name, x.count[0] + " sự kiện / events · " + x.count[1] + " văn kiện / agreements"];
    if (x.level) {
      var lv = META.levels[x.level[1]];
      lines.push(lv.vi + " / " + lv.en + (x.level[0] >= 0 ? " (từ / since " + monthText(x.level[0]) + ")" : ""));
    }
    if (x.t.o.length) lines.push("Quan chức / officials: " + x.t.o.map(function (o) { return o[0] + " (" + o[1] + ")"; }).join(", "));
    lines.push("Nhấp để xem / click to open");
    return lines.join("\n");
  }

  // ------------------------------------------------------------------ entity views
  function actorsOf(h, out) {
    eachEdge(h, function (e) {
      var o = other(e, h);
      if (ROLE_KINDS[kindOf(o)] && visible(o)) out.push(o);
    });
    return out;
  }
  /* A country's (or two countries') happenings, the most important first, with the actors
     taking part and the countries those stand for, until the view is full. */
  function happeningsView(countries) {
    var first = IX.byCountry[countries[0]] || [];
    var hs = first.filter(function (h) {
      if (!visible(h)) return false;
      return countries.length < 2 || (IX.raw.hc[h] || []).indexOf(countries[1]) >= 0;
    });
    var chosen = new Set(countries), shown = 0;
    for (var i = 0; i < hs.length && chosen.size < CFG.view_max_nodes; i++) {
      var add = actorsOf(hs[i], [hs[i]]);
      add.forEach(function (a) { (IX.raw.ac[a] || []).forEach(function (c) { add.push(c); }); });
      add.forEach(function (a) { chosen.add(a); });
      shown++;
    }
    var note = shown < hs.length ? shown + " / " + hs.length + " sự kiện, văn kiện, quan hệ đối tác (quan trọng nhất trước / most important first)"
                                 : hs.length + " sự kiện, văn kiện, quan hệ đối tác";
    return { ids: Array.from(chosen), center: countries, note: note };
  }
  /* Everything within `depth` links, nearest rings first and, in a ring, the most important first. */
  function neighbourhoodView(id, depth) {
    var chosen = new Set([id]), ring = [id], total = 0;
    for (var d = 0; d < depth && chosen.size < CFG.view_max_nodes; d++) {
      var next = new Set();
      ring.forEach(function (u) {
        eachEdge(u, function (e) { var v = other(e, u); if (!chosen.has(v) && visible(v)) next.add(v); });
      });
      total += next.size;
      ring = Array.from(next).sort(function (a, b) { return a - b; }).slice(0, CFG.view_max_nodes - chosen.size);
      ring.forEach(function (v) { chosen.add(v); });
    }
    var note = (chosen.size - 1 < total ? (chosen.size - 1) + " / " + total : String(total)) + " thực thể lân cận / neighbours";
    return { ids: Array.from(chosen), center: [id], note: note };
  }
  function allView() {
    var ids = [];
    for (var i = 0; i < IX.n; i++) if (visible(i)) ids.push(i);
    return { ids: ids, center: [], note: "" };
  }
  function nodeTitle(id) {
    var kind = kindOf(id), type = IX.raw.types[IX.raw.typeOf[id]];
    var head = STYLE[kind].vi + (type !== kind ? " · " + (META.typesVi[type] || type) : "");
    var lines = [IX.raw.names[id], head + (IX.raw.iso[id] ? " · " + IX.raw.iso[id] : "")];
    var d = dayText(IX.raw.d0[id]), e = dayText(IX.raw.d1[id]);
    if (d) lines.push((kind === "Partnership" ? "Từ / since: " : "Ngày / date: ") + d + (e && e !== d ? " – " + e : ""));
    return lines.join("\n");
  }
  function dayText(day) {
    if (!day) return "";
    return Math.floor(day / 10000) + "-" + ("0" + Math.floor(day / 100) % 100).slice(-2) + "-" + ("0" + day % 100).slice(-2);
  }
  function entityData(view) {
    var inView = new Set(view.ids), seen = new Set(), edges = [];
    var seeds = seedPositions(view);
    var nodes = view.ids.map(function (id) {
      var kind = kindOf(id), st = STYLE[kind], p = seeds[id];
      eachEdge(id, function (e) {
        var ends = edgeEnds(e);
        if (seen.has(e) || !inView.has(ends[0]) || !inView.has(ends[1]) || !state.relations[relationOf(e)]) return;
        seen.add(e);
        var rel = relationOf(e);
        edges.push({ id: e, from: ends[0], to: ends[1], arrows: { to: { enabled: true, scaleFactor: 0.5 } },
                     text: META.relationsVi[rel] || rel, title: (META.relationsVi[rel] || rel) + " / " + rel });
      });
      return { id: id, shape: st.shape, color: st.color, size: 7 + 18 * Math.sqrt(IX.raw.size[id] / 100),
               x: p[0], y: p[1], title: nodeTitle(id), name: IX.raw.names[id], weight: -id };
    });
    return { nodes: nodes, edges: edges };
  }
  /* Deterministic start positions: the centre(s) in the middle, the rest on a sunflower. */
  function seedPositions(view) {
    var out = {}, centre = new Set(view.center), k = 0;
    view.center.forEach(function (c, i) { out[c] = [i * 300 - (view.center.length - 1) * 150, 0]; });
    view.ids.forEach(function (id) {
      if (centre.has(id)) return;
      var r = 60 * Math.sqrt(k + 1.5), a = k * 2.39996323;
      out[id] = [r * Math.cos(a), r * Math.sin(a)];
      k++;
    });
    return out;
  }

  // ------------------------------------------------------------------ drawing
  var container = document.getElementById("kg-graph");
  var nodesDS = new vis.DataSet([]), edgesDS = new vis.DataSet([]);
  var network = new vis.Network(container, { nodes: nodesDS, edges: edgesDS }, {
    nodes: { borderWidth: 1, font: { size: 0 } },
    edges: { color: { color: "#9aa", highlight: "#333", hover: "#333" }, smooth: false, width: 1, font: { size: 0 } },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: false, navigationButtons: false },
    layout: { improvedLayout: false, randomSeed: 42 },
    physics: { enabled: false }
  });
  var api = { network: network, ready: false, stable: false, draws: 0, meta: META, labelFont: LABEL_FONT };
  window.kg = api;
  var current = { names: {}, order: [], edgeText: {}, center: [] };
  var hovered = { node: null, edge: null };

  function show(dataset, physics, center) {
    api.stable = false;
    physics = physics && dataset.nodes.length > 1;  // nothing to lay out: no stabilisation to wait for
    current.names = {}; current.edgeText = {}; current.center = center || [];
    dataset.nodes.forEach(function (n) { current.names[n.id] = n.name; });
    dataset.edges.forEach(function (e) { current.edgeText[e.id] = e.text; });
    current.order = dataset.nodes.slice().sort(function (a, b) { return b.weight - a.weight || (a.id < b.id ? -1 : 1); })
                                 .map(function (n) { return n.id; });
    network.setOptions({ physics: physics ? {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -3000, centralGravity: 0.25, springLength: 110, springConstant: 0.04,
                   avoidOverlap: 0.4, damping: 0.25 },
      stabilization: { enabled: true, iterations: 250, updateInterval: 50, fit: true } } : { enabled: false } });
    nodesDS.clear(); edgesDS.clear();
    nodesDS.add(dataset.nodes); edgesDS.add(dataset.edges);
    if (physics) {
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({ physics: { enabled: false } }); fit(); api.stable = true;
      });
      network.stabilize(250);
    } else {
      fit(); api.stable = true;
    }
  }
  function fit() { network.fit({ animation: false, maxZoomLevel: 1.5 }); }

  function radiusOf(id) { var n = nodesDS.get(id); return n ? n.size : 0; }
  function textWidth(text) {
    var w = textWidth.cache[text];
    if (w === undefined) w = textWidth.cache[text] = textWidth.ctx.measureText(text).width;
    return w;
  }
  textWidth.ctx = document.createElement("canvas").getContext("2d");
  textWidth.ctx.font = LABEL_FONT;
  textWidth.cache = {};

  function overlaps(a, b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }
  function hitsDisc(box, d) {
    var cx = Math.max(box.x, Math.min(d.x, box.x + box.w)), cy = Math.max(box.y, Math.min(d.y, box.y + box.h));
    return (cx - d.x) * (cx - d.x) + (cy - d.y) * (cy - d.y) < d.r * d.r;
  }
  /* Greedy placement, most important node first: below, right, left or above its node,
     wherever the label overlaps no placed label, no other node and stays in view. The
     view's centre (the country or entity asked for) comes first and may cover other nodes. */
  function placeLabels() {
    var ids = current.order, scale = network.getScale(), pos = network.getPositions(ids);
    var W = container.clientWidth, H = container.clientHeight, discs = [], placed = [];
    ids.forEach(function (id) {
      if (!pos[id]) return;
      var p = network.canvasToDOM(pos[id]);
      discs.push({ id: id, x: p.x, y: p.y, r: radiusOf(id) * scale + 1 });
    });
    var centre = new Set(current.center);
    discs.sort(function (a, b) { return centre.has(b.id) - centre.has(a.id); });  // stable: importance kept
    for (var i = 0; i < discs.length && placed.length < CFG.max_labels; i++) {
      var d = discs[i], text = current.names[d.id], free = centre.has(d.id);
      if (!text || d.x < 0 || d.y < 0 || d.x > W || d.y > H) continue;
      var w = textWidth(text) + 4, h = LABEL_PX + 4;
      var spots = [[d.x - w / 2, d.y + d.r + 1], [d.x + d.r + 2, d.y - h / 2], [d.x - d.r - 2 - w, d.y - h / 2],
                   [d.x - w / 2, d.y - d.r - 1 - h]];
      for (var s = 0; s < spots.length; s++) {
        var box = { id: d.id, text: text, x: spots[s][0], y: spots[s][1], w: w, h: h };
        if (box.x < 0 || box.y < 0 || box.x + w > W || box.y + h > H) continue;
        if (placed.some(function (b) { return overlaps(b, box); })) continue;
        if (!free && discs.some(function (o) { return o.id !== d.id && hitsDisc(box, o); })) continue;
        placed.push(box);
        break;
      }
    }
    return placed;
  }
  function drawText(ctx, text, x, y, boxed) {
    ctx.font = LABEL_FONT; ctx.textBaseline = "top";
    if (boxed) {
      ctx.fillStyle = "rgba(255,255,255,.92)"; ctx.fillRect(x, y, textWidth(text) + 4, LABEL_PX + 4);
    } else {
      ctx.lineWidth = 3; ctx.strokeStyle = "rgba(251,251,248,.95)"; ctx.strokeText(text, x + 2, y + 2);
    }
    ctx.fillStyle = "#222"; ctx.fillText(text, x + 2, y + 2);
  }
  function edgeLabels(ctx) {
    var scale = network.getScale(), ids = [];
    if (scale >= CFG.edge_label_zoom) ids = edgesDS.getIds();
    else if (hovered.edge !== null) ids = [hovered.edge];
    else if (hovered.node !== null) ids = network.getConnectedEdges(hovered.node);
    api.edgeLabelsShown = ids.length;
    var pos = network.getPositions();
    ctx.font = (LABEL_PX - 1) + "px system-ui, sans-serif";
    ids.forEach(function (id) {
      var e = edgesDS.get(id);
      if (!e || !pos[e.from] || !pos[e.to]) return;
      var p = network.canvasToDOM({ x: (pos[e.from].x + pos[e.to].x) / 2, y: (pos[e.from].y + pos[e.to].y) / 2 });
      var text = current.edgeText[id] || "", w = ctx.measureText(text).width;
      ctx.fillStyle = "rgba(255,255,255,.85)"; ctx.fillRect(p.x - w / 2 - 2, p.y - LABEL_PX / 2 - 1, w + 4, LABEL_PX + 2);
      ctx.fillStyle = "#555"; ctx.textBaseline = "middle"; ctx.fillText(text, p.x - w / 2, p.y);
    });
  }
  network.on("afterDrawing", function (ctx) {
    var ratio = ctx.canvas.width / Math.max(1, ctx.canvas.clientWidth);
    ctx.save(); ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    edgeLabels(ctx);
    api.placed = placeLabels();
    api.placed.forEach(function (b) { drawText(ctx, b.text, b.x, b.y, false); });
    if (hovered.node !== null && current.names[hovered.node] && !api.placed.some(function (b) { return b.id === hovered.node; })) {
      var p = network.canvasToDOM(network.getPositions([hovered.node])[hovered.node]);
      var r = radiusOf(hovered.node) * network.getScale();
      drawText(ctx, current.names[hovered.node], p.x - (textWidth(current.names[hovered.node]) + 4) / 2, p.y + r + 1, true);
    }
    ctx.restore();
    api.draws++; api.ready = true;
  });
  network.on("hoverNode", function (p) { hovered.node = p.node; network.redraw(); });
  network.on("blurNode", function () { hovered.node = null; network.redraw(); });
  network.on("hoverEdge", function (p) { hovered.edge = p.edge; network.redraw(); });
  network.on("blurEdge", function () { hovered.edge = null; network.redraw(); });

  // ------------------------------------------------------------------ views
  function status(text) { document.getElementById("kg-status").textContent = text; }
  function setView(name, focus) {
    state.view = name; state.focus = focus;
    document.querySelectorAll(".kg-views button").forEach(function (b) { b.classList.remove("kg-on"); });
    var btn = document.getElementById("kg-view-" + name);
    if (btn) btn.classList.add("kg-on");
    document.getElementById("kg-legend-overview").style.display = name === "overview" ? "" : "none";
    ["kg-classes", "kg-relations"].forEach(function (id) {
      document.getElementById(id).style.display = name === "overview" ? "none" : "";
    });
    var sel = document.getElementById("kg-country");
    sel.value = name === "country" ? focus.iso : "";
  }
  function showOverview() {
    setView("overview", null);
    var data = overviewData();
    show(data, false);
    status("Tổng quan / overview: " + data.nodes.length + " quốc gia / countries · " + data.edges.length +
           " quan hệ / ties (theo tháng / by month)");
    return Promise.resolve(data.nodes.length);
  }
  function showEntities(view, label) {
    var data = entityData(view);
    show(data, true, view.center);
    status(label + ": " + data.nodes.length + " nút / nodes · " + data.edges.length + " cạnh / edges" +
           (view.note ? " · " + view.note : ""));
    return data.nodes.length;
  }
  function showCountry(iso) {
    var c = countryByIso[(iso || "").toUpperCase()];
    if (!c) return Promise.reject(new Error("no country " + iso));
    return index().then(function () {
      setView("country", { iso: c.iso });
      return showEntities(happeningsView([c.id]), c.name);
    });
  }
  function showPair(a, b) {
    var ca = countryByIso[a], cb = countryByIso[b];
    return index().then(function () {
      setView("pair", { a: a, b: b });
      return showEntities(happeningsView([ca.id, cb.id]), ca.name + " – " + cb.name);
    });
  }
  function showEntity(id, depth) {
    return index().then(function () {
      if (typeof id === "string") id = search(id)[0];
      if (id === undefined) throw new Error("no such entity");
      if (kindOf(id) === "Country" && IX.raw.iso[id] && countryByIso[IX.raw.iso[id]]) return showCountry(IX.raw.iso[id]);
      if (depth) { state.depth = +depth; document.getElementById("kg-depth").value = String(state.depth); }
      setView("entity", { id: id });
      return showEntities(neighbourhoodView(id, state.depth), IX.raw.names[id]);
    });
  }
  function showAll() {
    if (!META.inline) { status("Đồ thị lớn: chọn một quốc gia hoặc tìm một thực thể / large graph: pick a country or search"); return Promise.resolve(0); }
    return index().then(function () { setView("all", null); return showEntities(allView(), "Tất cả / all"); });
  }
  function redraw() {
    var f = state.focus;
    if (state.view === "country") return showCountry(f.iso);
    if (state.view === "pair") return showPair(f.a, f.b);
    if (state.view === "entity") return showEntity(f.id);
    if (state.view === "all") return showAll();
    return showOverview();
  }

  // ------------------------------------------------------------------ search and details
  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  function search(q) {
    q = fold(q).trim();
    if (!q || !IX) return [];
    if (!IX.folded) IX.folded = IX.raw.names.map(fold);
    var hits = [];
    for (var i = 0; i < IX.n && hits.length < 10; i++) if (IX.folded[i].indexOf(q) >= 0) hits.push(i);
    return hits;
  }
  function listHits(hits) {
    var ul = document.getElementById("kg-hits");
    ul.textContent = "";
    hits.forEach(function (id) {
      var li = document.createElement("li"), b = document.createElement("button");
      b.type = "button"; b.textContent = IX.raw.names[id] + " · " + STYLE[kindOf(id)].vi;
      b.addEventListener("click", function () { showEntity(id); });
      li.appendChild(b); ul.appendChild(li);
    });
  }
  function details(id) {
    var shard = "details-" + ("00" + (id % META.shards)).slice(-3);
    return Promise.all([index(), load(shard), load("docs")]).then(function (got) {
      var row = got[1].nodes[id] || {}, docs = got[2];
      var lines = [nodeTitle(id)];
      if (row.r) lines.push("Cấp bậc / rank: " + row.r);
      if (row.p) lines.push("Chức vụ / position: " + row.p);
      if (row.l) lines.push("Địa điểm / place: " + row.l);
      return lines.concat(sourceLines(row, docs)).join("\n");
    });
  }
  function sourceLines(row, docs) {
    var lines = [];
    if (row.n) {
      lines.push("Nguồn / sources (" + row.n + " bài / articles):");
      row.s.forEach(function (d) { lines.push("• " + docs[d].filter(Boolean).join(" · ")); });
      if (row.n > row.s.length) lines.push("• … +" + (row.n - row.s.length));
    }
    if (row.e) { lines.push("Bằng chứng / evidence:"); row.e.forEach(function (e) { lines.push("“" + e + "”"); }); }
    return lines;
  }
  function edgeDetails(e) {
    var ends = edgeEnds(e), shard = "details-" + ("00" + (ends[0] % META.shards)).slice(-3), rel = relationOf(e);
    return Promise.all([load(shard), load("docs")]).then(function (got) {
      var lines = [IX.raw.names[ends[0]] + " —" + (META.relationsVi[rel] || rel) + " (" + rel + ")→ " + IX.raw.names[ends[1]]];
      return lines.concat(sourceLines(got[0].edges[e] || {}, got[1])).join("\n");
    });
  }
  function showDetails(promise) {
    var box = document.getElementById("kg-details");
    promise.then(function (text) { box.textContent = text; }, function (err) { box.textContent = String(err.message || err); });
  }

  network.on("click", function (p) {
    if (state.view === "overview") {
      if (p.nodes.length) { showCountry(countryById[p.nodes[0]].iso); return; }
      if (p.edges.length) {
        var t = OV.ties[+String(p.edges[0]).slice(1)];
        showPair(countryById[t.a].iso, countryById[t.b].iso);
      }
      return;
    }
    if (p.nodes.length) showDetails(details(p.nodes[0]));
    else if (p.edges.length) showDetails(edgeDetails(p.edges[0]));
  });
  network.on("doubleClick", function (p) { if (state.view !== "overview" && p.nodes.length) showEntity(p.nodes[0]); });

  // ------------------------------------------------------------------ controls
  function checkbox(parent, name, text, colour, shape, onchange) {
    var l = document.createElement("label"), i = document.createElement("input");
    i.type = "checkbox"; i.checked = true; i.dataset.name = name;
    i.addEventListener("change", function () { onchange(name, i.checked); });
    l.appendChild(i);
    if (colour) { var s = document.createElement("span"); s.className = "kg-swatch kg-shape-" + shape; s.style.background = colour; l.appendChild(s); }
    l.appendChild(document.createTextNode(text));
    parent.appendChild(l);
  }
  function setClass(kind, on) { state.classes[kind] = !!on; sync(); return redraw(); }
  function setRelation(rel, on) { state.relations[rel] = !!on; sync(); return redraw(); }
  function setDates(since, until) {
    var s = parseBound(since, false), u = parseBound(until, true);
    document.getElementById("kg-since").value = since || ""; document.getElementById("kg-until").value = until || "";
    if (isNaN(s) || isNaN(u)) { status("Ngày không hợp lệ / not a date: dùng / use YYYY, YYYY-MM or YYYY-MM-DD"); return Promise.resolve(null); }
    state.since = s; state.until = u;
    return redraw();
  }
  function reset() {
    Object.keys(state.classes).forEach(function (k) { state.classes[k] = true; });
    Object.keys(state.relations).forEach(function (k) { state.relations[k] = true; });
    state.since = state.until = 0;
    document.getElementById("kg-since").value = document.getElementById("kg-until").value = "";
    document.getElementById("kg-search").value = ""; listHits([]);
    document.getElementById("kg-details").textContent = "";
    sync();
    return showOverview();
  }
  function sync() {
    document.querySelectorAll("#kg-classes input").forEach(function (i) { i.checked = !!state.classes[i.dataset.name]; });
    document.querySelectorAll("#kg-relations input").forEach(function (i) { i.checked = !!state.relations[i.dataset.name]; });
  }
  function buildControls() {
    META.classes.forEach(function (c) {
      if (c.count) checkbox(document.getElementById("kg-classes"), c.name, c.vi + " / " + c.name + " (" + c.count + ")", c.color, c.shape, setClass);
    });
    Object.keys(META.relationsVi).forEach(function (r) {
      checkbox(document.getElementById("kg-relations"), r, META.relationsVi[r] + " / " + r, null, null, setRelation);
    });
    var levels = document.getElementById("kg-levels");
    META.levels.concat([{ vi: "chưa rõ cấp độ", en: "no level recorded", color: META.noLevelColor }]).forEach(function (l) {
      var d = document.createElement("div"), s = document.createElement("span");
      s.className = "kg-line"; s.style.background = l.color;
      d.appendChild(s); d.appendChild(document.createTextNode(l.vi + " / " + l.en)); levels.appendChild(d);
    });
    var sel = document.getElementById("kg-country");
    OV.countries.slice().sort(function (a, b) { return a.name.localeCompare(b.name, "vi"); }).forEach(function (c) {
      var o = document.createElement("option"); o.value = c.iso; o.textContent = c.name + " (" + c.iso + ")"; sel.appendChild(o);
    });
    sel.addEventListener("change", function () { if (sel.value) showCountry(sel.value); else showOverview(); });
    document.getElementById("kg-depth").addEventListener("change", function (ev) {
      state.depth = +ev.target.value; if (state.view === "entity") redraw();
    });
    ["kg-since", "kg-until"].forEach(function (id) {
      document.getElementById(id).addEventListener("change", function () {
        setDates(document.getElementById("kg-since").value, document.getElementById("kg-until").value);
      });
    });
    document.getElementById("kg-view-overview").addEventListener("click", showOverview);
    document.getElementById("kg-reset").addEventListener("click", reset);
    var all = document.getElementById("kg-view-all");
    if (!META.inline) { all.disabled = true; all.title = "Đồ thị quá lớn / too large: pick a country or search (" + META.nodes + " nodes)"; }
    all.addEventListener("click", showAll);
    var input = document.getElementById("kg-search");
    input.addEventListener("input", function () { index().then(function () { listHits(search(input.value)); }); });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") index().then(function () { var h = search(input.value); if (h.length) showEntity(h[0]); });
    });
  }

  Object.assign(api, {
    view: function () { return state.view; },
    visibleNodeCount: function () { return nodesDS.length; },
    visibleEdgeCount: function () { return edgesDS.length; },
    shownIds: function () { return nodesDS.getIds(); },
    nodeName: function (id) { return current.names[id]; },
    labels: function () { return (api.placed || []).map(function (b) { return Object.assign({}, b); }); },
    index: index, search: function (q) { return index().then(function () { return search(q); }); },
    showOverview: showOverview, showCountry: showCountry, showPair: showPair, showEntity: showEntity, showAll: showAll,
    setDates: setDates, setClass: setClass, setRelation: setRelation, reset: reset,
    details: function (id) { return details(id); }, edgeDetails: function (e) { return edgeDetails(e); },
    kindOf: function (id) { return IX ? kindOf(id) : null; }
  });
  buildControls();
  var start = META.start.view === "country" ? showCountry(META.start.iso) : showOverview();
  start.then(function () {
    if (!META.inline) network.once("afterDrawing", function () { setTimeout(function () { index(); }, 0); });
  });
})();
