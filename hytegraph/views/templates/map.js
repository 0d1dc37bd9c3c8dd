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
  var N_ID = 0, N_LABEL = 1, N_KIND = 2, N_X = 3, N_Y = 4, N_SIZE = 5, N_NAMES = 6, N_EV = 7;
  var E_FROM = 0, E_TO = 1, E_RELATION = 2, E_NAME = 3, E_EV = 4, E_REPEAT = 5;
  var FONT_SIZE = data.options.nodes.font.size;
  var LABEL_MIN_PIXELS = 6; // names drawn by the page appear from this height on screen

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
    var item = { id: r[N_ID], group: r[N_KIND], x: r[N_X], y: r[N_Y], size: r[N_SIZE] };
    if (!data.canvasLabels) item.label = r[N_LABEL];
    nodeItems[i] = item;
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
    if (data.edgeLabels) edge.label = strings[e[E_NAME]];
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
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return activeRelations[edgeRows[e.id][E_RELATION]]; }
  });

  performance.mark("hytegraph-datasets");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  performance.mark("hytegraph-network");

  // ---- names drawn by the page (big maps) ----------------------------------------------
  // vis-network measures every name before its first frame; on a big map the page draws the
  // names itself instead, only for the nodes in view and only when they are large enough to
  // read, so the whole network opens at once and names appear as you zoom in.

  if (data.canvasLabels) {
    network.on("afterDrawing", function (ctx) {
      var scale = network.getScale();
      if (FONT_SIZE * scale < LABEL_MIN_PIXELS) return;
      var margin = 200 / scale;
      var low = network.DOMtoCanvas({ x: 0, y: 0 });
      var high = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
      var body = network.body; // vis-network is pinned (9.1.2, through pyvis), so its node table is stable
      var ids = body.nodeIndices;
      ctx.save();
      ctx.font = FONT_SIZE + "px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "top";
      ctx.lineWidth = 3;
      ctx.lineJoin = "round";
      ctx.strokeStyle = "#ffffff";
      ctx.fillStyle = "#343434";
      for (var k = 0; k < ids.length; k++) {
        var n = body.nodes[ids[k]];
        if (n.x < low.x - margin || n.x > high.x + margin || n.y < low.y - margin || n.y > high.y + margin) continue;
        var opacity = n.options.opacity;
        ctx.globalAlpha = opacity === undefined ? 1 : opacity;
        var y = n.y + n.options.size + 3;
        var text = nodeLabel(n.id);
        ctx.strokeText(text, n.x, y);
        ctx.fillText(text, n.x, y);
      }
      ctx.restore();
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

  function setKindVisible(key, visible) {
    activeKinds[key] = !!visible;
    nodeView.refresh();
  }

  function setRelationVisible(key, visible) {
    activeRelations[key] = !!visible;
    edgeView.refresh();
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

  function clearHighlight() {
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
    edges.update(dimmedEdges.map(function (eid) {
      var c = edgeColor(eid);
      return { id: eid, color: { color: c, highlight: c, hover: c, opacity: 0.1 } };
    }));
  }

  function showNode(id) {
    var row = rowOf[id];
    panel.textContent = "";
    if (!row) return;
    panel.appendChild(el("h2", row[N_LABEL]));
    panel.appendChild(el("p", kindNames[row[N_KIND]] || row[N_KIND], "kind"));
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
  }

  function select(id) {
    if (!rowOf[id]) return false;
    var kind = nodeKind(id);
    if (!activeKinds[kind]) {
      setKindVisible(kind, true);
      var box = kindLegend.querySelector("input[data-key='" + kind.replace(/[^a-z_]/g, "") + "']");
      if (box) box.checked = true;
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    highlight(id);
    showNode(id);
    return true;
  }

  network.on("click", function (params) {
    hideTooltip();
    if (params.nodes.length) {
      highlight(params.nodes[0]);
      showNode(params.nodes[0]);
    } else if (!params.edges.length) {
      clearHighlight();
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
  input.addEventListener("focus", fillSuggestions);
  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var hits = search(input.value);
    if (!hits.length) {
      status.textContent = ui.no_match;
      return;
    }
    status.textContent = hits.length > 1 ? hits.length + " " + ui.matches : "";
    select(hits[0]);
  });
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });
  document.getElementById("clear").addEventListener("click", function () {
    network.unselectAll();
    clearHighlight();
    status.textContent = "";
  });

  // ---- ready ---------------------------------------------------------------------------
  // Every handler above is attached before vis-network draws its first frame; the page is
  // ready (it can be panned, clicked and searched) when that frame is on screen.

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
    setRelationVisible: setRelationVisible
  };
})();
