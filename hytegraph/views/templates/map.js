// The hytegraph network map. Every text from the data reaches the page through textContent,
// a DOM attribute set in script or the canvas's fillText, never through innerHTML.
(function () {
  "use strict";
  performance.mark("hytegraph-start");
  var data = JSON.parse(document.getElementById("hytegraph-data").textContent);
  performance.mark("hytegraph-parsed");
  var ui = data.ui;
  var strings = data.strings;
  var container = document.getElementById("network");
  var tooltip = document.getElementById("tooltip");
  var panel = document.getElementById("panel");
  var status = document.getElementById("search-status");
  var SVG = "http://www.w3.org/2000/svg";
  // Columns of data.nodes and data.edges (see hytegraph/mapview.py).
  var N_ID = 0, N_LABEL = 1, N_KIND = 2, N_X = 3, N_Y = 4, N_SIZE = 5, N_NAMES = 6, N_EV = 7,
      N_PAGE = 8;
  var E_FROM = 0, E_TO = 1, E_RELATION = 2, E_NAME = 3, E_EV = 4, E_REPEAT = 5, E_TIME = 6;
  var LABEL_PX = 13; // names are drawn this high on screen, whatever the zoom
  var LABEL_CHARS = 40; // longer names are cut (the whole name is in the tooltip and panel)
  var LABEL_CAP = 300; // at most this many names at once

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  var kindNames = {};
  data.kinds.forEach(function (k) { kindNames[k.key] = k.name; });
  var relationStyle = {};
  data.relations.forEach(function (r) { relationStyle[r.key] = r; });

  // ---- vis-network's items: only what it draws ------------------------------------------

  var rows = data.nodes;
  var rowOf = {}; // node id -> its row in data.nodes
  var nodeItems = new Array(rows.length);
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i];
    rowOf[r[N_ID]] = r;
    nodeItems[i] = { id: r[N_ID], group: r[N_KIND], x: r[N_X], y: r[N_Y], size: r[N_SIZE] };
  }
  var edgeRows = data.edges;
  var edgeItems = new Array(edgeRows.length);
  for (var j = 0; j < edgeRows.length; j++) {
    var e = edgeRows[j];
    var style = relationStyle[e[E_RELATION]];
    var edge = {
      id: j,
      from: rows[e[E_FROM]][N_ID],
      to: rows[e[E_TO]][N_ID],
      color: style.color, // a string: one colour for every state, cheapest to set up
      dashes: style.dashes,
      arrows: style.arrow ? "to" : ""
    };
    var repeat = e[E_REPEAT];
    if (repeat) { // a second relation between the same two nodes bends aside
      edge.smooth = { enabled: true, type: repeat % 2 ? "curvedCW" : "curvedCCW",
                      roundness: 0.2 * Math.floor((repeat + 1) / 2) };
    }
    edgeItems[j] = edge;
  }

  function nodeLabel(id) { var row = rowOf[id]; return row ? row[N_LABEL] : String(id); }
  function nodeKind(id) { return rowOf[id][N_KIND]; }
  function edgeName(eid) { return strings[edgeRows[eid][E_NAME]]; }

  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var activeKinds = {};
  data.kinds.forEach(function (k) { activeKinds[k.key] = true; });
  var activeRelations = {};
  data.relations.forEach(function (r) { activeRelations[r.key] = true; });
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return activeKinds[n.group]; } });
  // ---- the date shown (docs/time.md): an edge is in force on a day when its own interval
  // may hold then, or, with no dates of its own, it is not ended or planned (hyte:status), a
  // source dated by then cites it and no later source dated by then contradicts it. Dates compare as text through their earliest and
  // latest possible day ("2023" is 2023-01-01 … 2023-12-31).
  var asOf = /^\d{4}-\d{2}-\d{2}$/.test(data.asOf || "") ? data.asOf : "";
  function earliest(t) { return t + "-01-01".slice(t.length - 4); }
  function latest(t) { return t + "-12-31".slice(t.length - 4); }
  function inForce(eid) {
    if (!asOf) return true;
    var t = edgeRows[eid][E_TIME];
    if (!t) return false; // nothing dates it: not shown for a date
    var start = t[0], end = t[1], first = t[2], endedBy = t[4], heldBack = t[5];
    if (start || end) return (!start || earliest(start) <= asOf) && (!end || asOf <= latest(end));
    if (heldBack || !first || earliest(first) > asOf) return false;
    return !(endedBy && latest(endedBy) <= asOf);
  }
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return activeRelations[edgeRows[e.id][E_RELATION]] && inForce(e.id); }
  });

  performance.mark("hytegraph-datasets");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  performance.mark("hytegraph-network");

  // ---- names drawn by the page ----------------------------------------------------------
  // The page draws the names itself, at one size on screen whatever the zoom, biggest nodes
  // first (the selected node and its neighbours before all), each below, above, beside its
  // node or not at all: never over another name and never cut by the edge of the map. As one
  // zooms in, nodes spread out and more names fit. labelBoxes() gives what was drawn.

  var byImportance = rows.map(function (row) { return row[N_ID]; });
  byImportance.sort(function (a, b) {
    return rowOf[b][N_SIZE] - rowOf[a][N_SIZE] || (rowOf[a][N_LABEL] < rowOf[b][N_LABEL] ? -1 : 1);
  });
  var labelWidth = {};
  var drawnBoxes = [];
  var focusId = null;
  var neighbourhood = null; // ids kept bright by a highlight

  function shortLabel(id) {
    var text = nodeLabel(id);
    return text.length > LABEL_CHARS ? text.slice(0, LABEL_CHARS - 1) + "\u2026" : text;
  }

  function overlaps(box, grid) {
    var x0 = Math.floor(box.x / 64), x1 = Math.floor((box.x + box.w) / 64);
    var y0 = Math.floor(box.y / 32), y1 = Math.floor((box.y + box.h) / 32);
    for (var gx = x0; gx <= x1; gx++) {
      for (var gy = y0; gy <= y1; gy++) {
        var cell = grid[gx + "," + gy];
        if (!cell) continue;
        for (var k = 0; k < cell.length; k++) {
          var o = cell[k];
          if (box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h) {
            return true;
          }
        }
      }
    }
    return false;
  }

  function remember(box, grid) {
    var x0 = Math.floor(box.x / 64), x1 = Math.floor((box.x + box.w) / 64);
    var y0 = Math.floor(box.y / 32), y1 = Math.floor((box.y + box.h) / 32);
    for (var gx = x0; gx <= x1; gx++) {
      for (var gy = y0; gy <= y1; gy++) {
        var key = gx + "," + gy;
        (grid[key] = grid[key] || []).push(box);
      }
    }
  }

  network.on("beforeDrawing", function (ctx) { // a white ground, so that a saved image has one
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  });

  network.on("afterDrawing", function (ctx) {
    drawnBoxes = [];
    var width = container.clientWidth, height = container.clientHeight;
    if (!width || !height) return;
    var scale = network.getScale();
    var ratio = ctx.canvas.width / Math.max(1, ctx.canvas.clientWidth || width);
    var body = network.body; // vis-network is pinned (9.1.2, through pyvis): its node table is stable
    var order = byImportance;
    if (neighbourhood) {
      var first = focusId !== null ? [focusId] : [];
      order = first.concat(Object.keys(neighbourhood).filter(function (id) { return id !== focusId; }));
    } else if (focusId !== null) {
      order = [focusId].concat(byImportance);
    }
    var grid = {};
    var seen = {};
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = LABEL_PX + "px system-ui, sans-serif";
    ctx.textBaseline = "top";
    ctx.textAlign = "left";
    ctx.lineWidth = 3;
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#ffffff";
    ctx.fillStyle = "#1d1d1d";
    var h = LABEL_PX + 3;
    for (var k = 0; k < order.length && drawnBoxes.length < LABEL_CAP; k++) {
      var id = order[k];
      if (seen[id]) continue;
      seen[id] = true;
      var n = body.nodes[id];
      if (!n) continue;
      if (!activeKinds[nodeKind(id)]) continue;
      var p = network.canvasToDOM({ x: n.x, y: n.y });
      if (p.x < 0 || p.x > width || p.y < 0 || p.y > height) continue;
      var text = shortLabel(id);
      var w = labelWidth[id];
      if (w === undefined) w = labelWidth[id] = ctx.measureText(text).width + 4;
      if (w > width - 4) continue;
      var r = (n.options.size || 10) * scale;
      var spots = [
        [p.x - w / 2, p.y + r + 2],
        [p.x - w / 2, p.y - r - 2 - h],
        [p.x + r + 3, p.y - h / 2],
        [p.x - r - 3 - w, p.y - h / 2]
      ];
      for (var s = 0; s < spots.length; s++) {
        var box = {
          id: id,
          x: Math.max(2, Math.min(spots[s][0], width - w - 2)),
          y: Math.max(2, Math.min(spots[s][1], height - h - 2)),
          w: w,
          h: h
        };
        if (Math.abs(box.x - spots[s][0]) > w / 2 || Math.abs(box.y - spots[s][1]) > h) continue;
        if (overlaps(box, grid)) continue;
        remember(box, grid);
        drawnBoxes.push(box);
        ctx.strokeText(text, box.x + 2, box.y + 1);
        ctx.fillText(text, box.x + 2, box.y + 1);
        break;
      }
    }
    ctx.restore();
  });

  function labelBoxes() {
    return drawnBoxes.map(function (b) {
      return { id: b.id, label: shortLabel(b.id), x: b.x, y: b.y, width: b.w, height: b.h };
    });
  }

  // ---- legend and filters --------------------------------------------------------------

  function shapeIcon(shape, color, dashed) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "16");
    svg.setAttribute("height", "16");
    svg.setAttribute("aria-hidden", "true");
    var p;
    var points = {
      square: "2,2 14,2 14,14 2,14",
      diamond: "8,1 15,8 8,15 1,8",
      triangle: "8,1 15,14 1,14",
      triangleDown: "1,2 15,2 8,15",
      hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8",
      star: "8,0.5 10,6 15.5,6 11,9.5 12.8,15 8,11.6 3.2,15 5,9.5 0.5,6 6,6"
    }[shape];
    if (points) {
      p = document.createElementNS(SVG, "polygon");
      p.setAttribute("points", points);
    } else {
      p = document.createElementNS(SVG, "circle");
      p.setAttribute("cx", "8");
      p.setAttribute("cy", "8");
      p.setAttribute("r", "6.5");
    }
    p.setAttribute("fill", color);
    p.setAttribute("stroke", dashed ? "#777" : "#333");
    if (dashed) p.setAttribute("stroke-dasharray", "3,2");
    svg.appendChild(p);
    return svg;
  }

  function lineIcon(color, dashes, arrow) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "28");
    svg.setAttribute("height", "12");
    svg.setAttribute("aria-hidden", "true");
    var line = document.createElementNS(SVG, "line");
    line.setAttribute("x1", "1");
    line.setAttribute("y1", "6");
    line.setAttribute("x2", arrow ? "21" : "27");
    line.setAttribute("y2", "6");
    line.setAttribute("stroke", color);
    line.setAttribute("stroke-width", "2");
    if (dashes) line.setAttribute("stroke-dasharray", "4,3");
    svg.appendChild(line);
    if (arrow) {
      var head = document.createElementNS(SVG, "polygon");
      head.setAttribute("points", "20,1 27,6 20,11");
      head.setAttribute("fill", color);
      svg.appendChild(head);
    }
    return svg;
  }

  function legendRow(parent, key, name, count, icon, onToggle) {
    var label = el("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.setAttribute("data-key", key);
    box.addEventListener("change", function () { onToggle(key, box.checked); });
    label.appendChild(box);
    label.appendChild(icon);
    label.appendChild(el("span", name));
    label.appendChild(el("span", String(count), "count"));
    parent.appendChild(label);
  }

  var kindLegend = document.getElementById("legend-kinds");
  data.kinds.forEach(function (k) {
    legendRow(kindLegend, k.key, k.name, k.count, shapeIcon(k.shape, k.color, k.key === "collective"),
      setKindVisible);
  });
  var relationLegend = document.getElementById("legend-relations");
  data.relations.forEach(function (r) {
    legendRow(relationLegend, r.key, r.name, r.count, lineIcon(r.color, r.dashes, r.arrow),
      setRelationVisible);
  });

  var nodeCount = document.getElementById("node-count");
  var edgeCount = document.getElementById("edge-count");

  function updateCounts() {
    var shown = {};
    var nodesShown = 0;
    nodeView.getIds().forEach(function (id) { shown[id] = true; nodesShown++; });
    var edgesShown = 0;
    edgeView.getIds().forEach(function (eid) {
      var e = edgeRows[eid];
      if (shown[rows[e[E_FROM]][N_ID]] && shown[rows[e[E_TO]][N_ID]]) edgesShown++;
    });
    nodeCount.textContent = String(nodesShown);
    edgeCount.textContent = String(edgesShown);
  }

  function checkBox(legend, key, checked) {
    var box = legend.querySelector("input[data-key='" + String(key).replace(/[^a-z_]/g, "") + "']");
    if (box) box.checked = checked;
  }

  function setKindVisible(key, visible) {
    activeKinds[key] = !!visible;
    checkBox(kindLegend, key, !!visible);
    nodeView.refresh();
    updateCounts();
    writeHash();
  }

  var asOfInput = document.getElementById("as-of");
  var asOfStatus = document.getElementById("as-of-status");
  function showDate(day) {
    if (!day) return ui.as_of_all;
    var parts = day.split("-");
    var text = data.lang === "fi" ? Number(parts[2]) + "." + Number(parts[1]) + "." + parts[0] : day;
    return ui.as_of_showing + " " + text;
  }
  function setAsOf(day) {
    asOf = /^\d{4}-\d{2}-\d{2}$/.test(day || "") ? day : "";
    asOfInput.value = asOf;
    asOfStatus.textContent = showDate(asOf);
    document.getElementById("map").setAttribute("data-as-of", asOf);
    edgeView.refresh();
    updateCounts();
    writeHash();
  }
  asOfInput.addEventListener("change", function () { setAsOf(asOfInput.value); });
  document.getElementById("as-of-clear").addEventListener("click", function () { setAsOf(""); });

  function setRelationVisible(key, visible) {
    activeRelations[key] = !!visible;
    checkBox(relationLegend, key, !!visible);
    edgeView.refresh();
    updateCounts();
    writeHash();
  }

  // ---- the view in the address (focus, filters, language) ------------------------------

  var restoring = true; // no writing while the address is being read

  function hidden(active) {
    return Object.keys(active).filter(function (k) { return !active[k]; }).sort();
  }

  function writeHash() {
    if (restoring) return;
    var parts = [];
    if (focusId !== null) parts.push("focus=" + encodeURIComponent(focusId));
    var kinds = hidden(activeKinds), relations = hidden(activeRelations);
    if (kinds.length) parts.push("hide-kinds=" + kinds.map(encodeURIComponent).join(","));
    if (relations.length) parts.push("hide-relations=" + relations.map(encodeURIComponent).join(","));
    if (asOf !== (data.asOf || "")) parts.push("date=" + encodeURIComponent(asOf || "all"));
    parts.push("lang=" + encodeURIComponent(data.lang));
    var hash = "#" + parts.join("&");
    if (window.location.hash !== hash) {
      try { window.history.replaceState(null, "", hash); } catch (err) { window.location.hash = hash; }
    }
  }

  function readHash() {
    var state = {};
    window.location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      if (!part) return;
      var at = part.indexOf("=");
      var key = at < 0 ? part : part.slice(0, at);
      var value = at < 0 ? "" : part.slice(at + 1);
      try { state[key] = decodeURIComponent(value); } catch (err) { state[key] = ""; }
    });
    return state;
  }

  // ---- evidence as text ----------------------------------------------------------------

  function evidenceList(evRows) {
    var frag = document.createDocumentFragment();
    if (!evRows || !evRows.length) {
      frag.appendChild(el("p", ui.no_evidence, "cite"));
      return frag;
    }
    evRows.forEach(function (row) {
      var quote = el("blockquote");
      quote.appendChild(el("span", "\u201d" + row[0] + "\u201d"));
      var parts = [];
      if (row[1] >= 0) parts.push(ui.source + ": " + strings[row[1]]);
      if (row[2] >= 0) parts.push(ui.item + ": " + strings[row[2]]);
      if (row[3] >= 0) parts.push(ui.respondent + ": " + strings[row[3]]);
      if (parts.length) quote.appendChild(el("span", parts.join(" \u00b7 "), "cite"));
      frag.appendChild(quote);
    });
    return frag;
  }

  // ---- tooltips ------------------------------------------------------------------------

  function showTooltip(title, subtitle, evRows, pointer) {
    tooltip.textContent = "";
    tooltip.appendChild(el("strong", title));
    tooltip.appendChild(el("span", subtitle, "kind"));
    tooltip.appendChild(evidenceList(evRows.slice(0, 3)));
    if (evRows.length > 3) tooltip.appendChild(el("span", "+ " + (evRows.length - 3), "cite"));
    var x = pointer.x + 14;
    var y = pointer.y + 14;
    tooltip.style.display = "block";
    var maxX = container.clientWidth - tooltip.offsetWidth - 4;
    var maxY = container.clientHeight - tooltip.offsetHeight - 4;
    tooltip.style.left = Math.max(0, Math.min(x, maxX)) + "px";
    tooltip.style.top = Math.max(0, Math.min(y, maxY)) + "px";
  }

  function hideTooltip() { tooltip.style.display = "none"; }

  network.on("hoverNode", function (params) {
    var row = rowOf[params.node];
    if (row) showTooltip(row[N_LABEL], kindNames[row[N_KIND]] || row[N_KIND], row[N_EV], params.pointer.DOM);
  });
  network.on("hoverEdge", function (params) {
    var e = edgeRows[params.edge];
    if (!e) return;
    showTooltip(rows[e[E_FROM]][N_LABEL] + " \u2192 " + rows[e[E_TO]][N_LABEL], strings[e[E_NAME]],
      e[E_EV], params.pointer.DOM);
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) {
    network.on(name, hideTooltip);
  });

  // ---- highlight the neighbourhood of a node -------------------------------------------

  function edgeColor(eid) { return relationStyle[edgeRows[eid][E_RELATION]].color; }
  var dimmedNodes = [];
  var dimmedEdges = [];

  var labelledEdges = [];

  function clearHighlight() {
    neighbourhood = null;
    if (labelledEdges.length) {
      edges.update(labelledEdges.map(function (eid) { return { id: eid, label: null }; }));
      labelledEdges = [];
    }
    if (dimmedNodes.length) nodes.update(dimmedNodes.map(function (id) { return { id: id, opacity: 1 }; }));
    if (dimmedEdges.length) {
      edges.update(dimmedEdges.map(function (id) {
        var c = edgeColor(id);
        return { id: id, color: { color: c, highlight: c, hover: c, opacity: 1 } };
      }));
    }
    dimmedNodes = [];
    dimmedEdges = [];
  }

  function highlight(id) {
    clearHighlight();
    var keep = {};
    keep[id] = true;
    network.getConnectedNodes(id).forEach(function (n) { keep[n] = true; });
    var keepEdges = {};
    network.getConnectedEdges(id).forEach(function (e) { keepEdges[e] = true; });
    dimmedNodes = nodes.getIds({ filter: function (n) { return !keep[n.id]; } });
    dimmedEdges = edges.getIds({ filter: function (e) { return !keepEdges[e.id]; } });
    nodes.update(dimmedNodes.map(function (n) { return { id: n, opacity: 0.15 }; }));
    neighbourhood = keep;
    labelledEdges = Object.keys(keepEdges).map(Number).filter(function (eid) { return edgeRows[eid]; });
    if (data.edgeLabels) {
      edges.update(labelledEdges.map(function (eid) { return { id: eid, label: edgeName(eid) }; }));
    }
    edges.update(dimmedEdges.map(function (eid) {
      var c = edgeColor(eid);
      return { id: eid, color: { color: c, highlight: c, hover: c, opacity: 0.1 } };
    }));
  }

  function pageUrl(id) {
    var row = rowOf[id];
    var pages = data.pages;
    if (!row || !pages || !row[N_PAGE] || String(id).indexOf(pages.base) !== 0) return null;
    var rest = String(id).slice(pages.base.length).split("/").map(encodeURIComponent).join("/");
    return pages.prefix + rest + pages.suffix;
  }

  function showNode(id) {
    var row = rowOf[id];
    panel.textContent = "";
    if (!row) return;
    var close = el("button", ui.close, "sheet-close");
    close.type = "button";
    close.addEventListener("click", function () { panel.classList.remove("open"); });
    panel.appendChild(close);
    panel.appendChild(el("h2", row[N_LABEL]));
    panel.appendChild(el("p", kindNames[row[N_KIND]] || row[N_KIND], "kind"));
    var href = pageUrl(id);
    if (href) {
      var page = el("a", ui.open_page);
      page.href = href;
      page.className = "page-link";
      panel.appendChild(el("p")).appendChild(page);
    }
    panel.appendChild(el("h3", ui.evidence));
    panel.appendChild(evidenceList(row[N_EV]));
    var list = el("ul");
    network.getConnectedEdges(id).forEach(function (eid) {
      var e = edges.get(eid);
      if (!e) return;
      var name = edgeName(eid);
      var otherId = e.from === id ? e.to : e.from;
      var item = el("li");
      item.appendChild(el("span", (e.from === id ? name + " \u2192 " : "\u2190 " + name + " ") + " "));
      var link = el("button", nodeLabel(otherId), "link");
      link.type = "button";
      link.addEventListener("click", function () { select(otherId); });
      item.appendChild(link);
      list.appendChild(item);
    });
    if (list.childNodes.length) {
      panel.appendChild(el("h3", ui.neighbours));
      panel.appendChild(list);
    }
    panel.classList.add("open");
  }

  function select(id) {
    if (!rowOf[id]) return false;
    var kind = nodeKind(id);
    if (!activeKinds[kind]) setKindVisible(kind, true);
    focusId = id;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    highlight(id);
    showNode(id);
    writeHash();
    return true;
  }

  function unfocus() {
    focusId = null;
    network.unselectAll();
    clearHighlight();
    panel.classList.remove("open");
    writeHash();
  }

  network.on("click", function (params) {
    hideTooltip();
    if (params.nodes.length) {
      focusId = params.nodes[0];
      highlight(params.nodes[0]);
      showNode(params.nodes[0]);
      writeHash();
    } else if (!params.edges.length) {
      unfocus();
    }
  });

  // ---- search --------------------------------------------------------------------------

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  // Every name of every node, folded; built on the first search (a few milliseconds even for
  // a big map), so that opening the page does not wait for it.
  var names = null;

  function searchIndex() {
    if (names === null) {
      names = [];
      rows.forEach(function (row) {
        names.push([fold(row[N_LABEL]), row[N_ID]]);
        row[N_NAMES].forEach(function (name) { names.push([fold(name), row[N_ID]]); });
      });
    }
    return names;
  }

  function search(text) {
    var q = fold(text);
    if (!q) return [];
    var exact = [], prefix = [], inside = [];
    searchIndex().forEach(function (entry) {
      if (entry[0] === q) exact.push(entry[1]);
      else if (entry[0].indexOf(q) === 0) prefix.push(entry[1]);
      else if (entry[0].indexOf(q) > 0) inside.push(entry[1]);
    });
    var seen = {}, out = [];
    exact.concat(prefix, inside).forEach(function (id) {
      if (!seen[id]) { seen[id] = true; out.push(id); }
    });
    return out;
  }

  // Suggestions while typing: every distinct name, filled in once the map is on screen.
  var datalist = document.getElementById("search-names");
  var suggestionsDone = false;

  function fillSuggestions() {
    if (suggestionsDone) return;
    suggestionsDone = true;
    var labels = rows.map(function (row) { return row[N_LABEL]; }).sort();
    var frag = document.createDocumentFragment();
    labels.forEach(function (label, k) {
      if (k && labels[k - 1] === label) return;
      var option = document.createElement("option");
      option.value = label;
      frag.appendChild(option);
    });
    datalist.appendChild(frag);
  }

  var input = document.getElementById("search");
  var matches = document.getElementById("matches");
  input.addEventListener("focus", fillSuggestions);

  function closeMatches() {
    matches.textContent = "";
    matches.classList.remove("open");
  }

  function offer(hits) { // several matches: the user picks one
    closeMatches();
    hits.slice(0, 30).forEach(function (id) {
      var item = el("li");
      var pick = el("button", nodeLabel(id) + " (" + (kindNames[nodeKind(id)] || nodeKind(id)) + ")");
      pick.type = "button";
      pick.setAttribute("data-id", id);
      pick.addEventListener("click", function () {
        closeMatches();
        status.textContent = "";
        select(id);
      });
      item.appendChild(pick);
      matches.appendChild(item);
    });
    matches.classList.add("open");
    var first = matches.querySelector("button");
    if (first) first.focus();
  }

  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var hits = search(input.value);
    closeMatches();
    if (!hits.length) {
      status.textContent = ui.no_match;
      return;
    }
    if (hits.length === 1) {
      status.textContent = "";
      select(hits[0]);
      return;
    }
    status.textContent = hits.length + " " + ui.matches;
    offer(hits);
  });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });
  document.getElementById("clear").addEventListener("click", function () {
    unfocus();
    closeMatches();
    status.textContent = "";
  });

  // ---- phone: the filters in a drawer ---------------------------------------------------

  var drawer = document.getElementById("filters");
  var toggle = document.getElementById("toggle-filters");
  toggle.addEventListener("click", function () {
    var open = !drawer.classList.contains("open");
    drawer.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  });

  // ---- the picture as an image -----------------------------------------------------------

  function snapshot() {
    return container.querySelector("canvas").toDataURL("image/png");
  }

  document.getElementById("save").addEventListener("click", function () {
    var link = document.createElement("a");
    link.href = snapshot();
    link.download = "hytegraph-map.png";
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  // ---- other languages -------------------------------------------------------------------

  var languageBox = document.getElementById("languages");
  if (data.languages) {
    Object.keys(data.languages).forEach(function (code) {
      if (code === data.lang) {
        var here = el("span", code);
        here.setAttribute("aria-current", "true");
        languageBox.appendChild(here);
      } else {
        var other = el("a", code);
        other.href = data.languages[code];
        other.setAttribute("hreflang", code);
        other.addEventListener("click", function (event) {
          event.preventDefault();
          window.location.href = data.languages[code] + window.location.hash.replace(/lang=[a-z]+/, "lang=" + code);
        });
        languageBox.appendChild(other);
      }
    });
  }

  // ---- ready ---------------------------------------------------------------------------
  // Every handler above is attached before vis-network draws its first frame; the page is
  // ready (it can be panned, clicked and searched) when that frame is on screen.

  // The view in the address, restored once the script is ready.
  (function restore() {
    var state = readHash();
    if (state.lang && state.lang !== data.lang && data.languages && data.languages[state.lang]) {
      window.location.replace(data.languages[state.lang] + window.location.hash);
      return;
    }
    (state["hide-kinds"] || "").split(",").forEach(function (k) {
      if (k && Object.prototype.hasOwnProperty.call(activeKinds, k)) setKindVisible(k, false);
    });
    (state["hide-relations"] || "").split(",").forEach(function (k) {
      if (k && Object.prototype.hasOwnProperty.call(activeRelations, k)) setRelationVisible(k, false);
    });
    setAsOf(state.date === undefined ? asOf : state.date === "all" ? "" : state.date);
    restoring = false;
    if (state.focus && rowOf[state.focus]) select(state.focus);
  })();
  updateCounts();

  network.once("afterDrawing", function () {
    performance.mark("hytegraph-drawn");
    window.hytegraphReadyAt = performance.now();
    window.hytegraphReady = true;
    document.documentElement.setAttribute("data-ready", "true");
    var later = window.requestIdleCallback || function (fn) { return setTimeout(fn, 200); };
    later(fillSuggestions);
  });

  performance.mark("hytegraph-interactive");
  window.hytegraphMap = {
    network: network,
    nodes: nodes,
    edges: edges,
    nodeCount: nodes.length,
    edgeCount: edges.length,
    label: nodeLabel,
    search: search,
    select: select,
    highlight: highlight,
    clearHighlight: clearHighlight,
    setKindVisible: setKindVisible,
    setRelationVisible: setRelationVisible,
    setAsOf: setAsOf,
    asOf: function () { return asOf; },
    labelBoxes: labelBoxes,
    snapshot: snapshot,
    pageUrl: pageUrl,
    focus: function () { return focusId; }
  };
})();
