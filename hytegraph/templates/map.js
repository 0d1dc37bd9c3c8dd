// The hytegraph network map. Every text from the data reaches the page through textContent
// or a DOM attribute set in script, never through innerHTML.
(function () {
  "use strict";
  performance.mark("hytegraph-start");
  var data = JSON.parse(document.getElementById("hytegraph-data").textContent);
  performance.mark("hytegraph-parsed");
  var ui = data.ui;
  var container = document.getElementById("network");
  var tooltip = document.getElementById("tooltip");
  var panel = document.getElementById("panel");
  var status = document.getElementById("search-status");
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  var kindNames = {};
  data.kinds.forEach(function (k) { kindNames[k.key] = k.name; });
  var relationNames = {};
  data.relations.forEach(function (r) { relationNames[r.key] = r.name; });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var activeKinds = {};
  data.kinds.forEach(function (k) { activeKinds[k.key] = true; });
  var activeRelations = {};
  data.relations.forEach(function (r) { activeRelations[r.key] = true; });
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return activeKinds[n.kind]; } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return activeRelations[e.relation]; }
  });

  performance.mark("hytegraph-datasets");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  performance.mark("hytegraph-network");
  network.once("afterDrawing", function () {
    performance.mark("hytegraph-drawn");
    window.hytegraphReadyAt = performance.now();
    window.hytegraphReady = true;
    document.documentElement.setAttribute("data-ready", "true");
  });

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

  function evidenceList(rows) {
    var frag = document.createDocumentFragment();
    if (!rows || !rows.length) {
      frag.appendChild(el("p", ui.no_evidence, "cite"));
      return frag;
    }
    rows.forEach(function (row) {
      var quote = el("blockquote");
      quote.appendChild(el("span", "\u201d" + row[0] + "\u201d"));
      var parts = [];
      if (row[1]) parts.push(ui.source + ": " + row[1]);
      if (row[2]) parts.push(ui.item + ": " + row[2]);
      if (row[3]) parts.push(ui.respondent + ": " + row[3]);
      if (parts.length) quote.appendChild(el("span", parts.join(" \u00b7 "), "cite"));
      frag.appendChild(quote);
    });
    return frag;
  }

  // ---- tooltips ------------------------------------------------------------------------

  function showTooltip(title, subtitle, rows, pointer) {
    tooltip.textContent = "";
    tooltip.appendChild(el("strong", title));
    tooltip.appendChild(el("span", subtitle, "kind"));
    tooltip.appendChild(evidenceList(rows.slice(0, 3)));
    if (rows.length > 3) tooltip.appendChild(el("span", "+ " + (rows.length - 3), "cite"));
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
    var n = nodes.get(params.node);
    if (n) showTooltip(n.label, kindNames[n.kind] || n.kind, n.ev, params.pointer.DOM);
  });
  network.on("hoverEdge", function (params) {
    var e = edges.get(params.edge);
    if (!e) return;
    var from = nodes.get(e.from), to = nodes.get(e.to);
    showTooltip(from.label + " \u2192 " + to.label, e.name, e.ev, params.pointer.DOM);
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) {
    network.on(name, hideTooltip);
  });

  // ---- highlight the neighbourhood of a node -------------------------------------------

  var baseColor = {};
  data.edges.forEach(function (e) { baseColor[e.id] = e.color; });
  var dimmedNodes = [];
  var dimmedEdges = [];

  function clearHighlight() {
    if (dimmedNodes.length) nodes.update(dimmedNodes.map(function (id) { return { id: id, opacity: 1 }; }));
    if (dimmedEdges.length) {
      edges.update(dimmedEdges.map(function (id) {
        return { id: id, color: { color: baseColor[id], highlight: baseColor[id], hover: baseColor[id], opacity: 1 } };
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
      return { id: eid, color: { color: baseColor[eid], highlight: baseColor[eid], hover: baseColor[eid], opacity: 0.1 } };
    }));
  }

  function showNode(id) {
    var n = nodes.get(id);
    panel.textContent = "";
    if (!n) return;
    panel.appendChild(el("h2", n.label));
    panel.appendChild(el("p", kindNames[n.kind] || n.kind, "kind"));
    panel.appendChild(el("h3", ui.evidence));
    panel.appendChild(evidenceList(n.ev));
    var list = el("ul");
    network.getConnectedEdges(id).forEach(function (eid) {
      var e = edges.get(eid);
      if (!e) return;
      var other = nodes.get(e.from === id ? e.to : e.from);
      var item = el("li");
      item.appendChild(el("span", (e.from === id ? e.name + " \u2192 " : "\u2190 " + e.name + " ") + " "));
      var link = el("button", other.label, "link");
      link.type = "button";
      link.addEventListener("click", function () { select(other.id); });
      item.appendChild(link);
      list.appendChild(item);
    });
    if (list.childNodes.length) {
      panel.appendChild(el("h3", ui.neighbours));
      panel.appendChild(list);
    }
  }

  function select(id) {
    var n = nodes.get(id);
    if (!n) return false;
    if (!activeKinds[n.kind]) {
      setKindVisible(n.kind, true);
      var box = kindLegend.querySelector("input[data-key='" + n.kind.replace(/[^a-z_]/g, "") + "']");
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

  var names = [];
  nodes.forEach(function (n) {
    var all = [n.label].concat(n.alt || []);
    all.forEach(function (name) { if (name) names.push([fold(name), n.id, name === n.label]); });
  });

  function search(text) {
    var q = fold(text);
    if (!q) return [];
    var exact = [], prefix = [], inside = [];
    names.forEach(function (entry) {
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

  var datalist = document.getElementById("search-names");
  var labels = nodes.map(function (n) { return n.label; }).sort();
  labels.forEach(function (label, i) {
    if (i && labels[i - 1] === label) return;
    var option = document.createElement("option");
    option.value = label;
    datalist.appendChild(option);
  });

  var input = document.getElementById("search");
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

  performance.mark("hytegraph-interactive");
  window.hytegraphMap = {
    network: network,
    nodes: nodes,
    edges: edges,
    nodeCount: nodes.length,
    edgeCount: edges.length,
    search: search,
    select: select,
    highlight: highlight,
    clearHighlight: clearHighlight,
    setKindVisible: setKindVisible,
    setRelationVisible: setRelationVisible
  };
})();
