// Search of the static site: runs in the browser on the site's list of names (search/*.js,
// one file per first letter of a word), so that the site needs no server. Every name reaches
// the page through textContent.
(function () {
  "use strict";
  var results = document.getElementById("results");
  var input = document.getElementById("q");
  if (!results || !input) return;
  var root = results.getAttribute("data-root") || "";
  var kinds = JSON.parse(results.getAttribute("data-kinds") || "{}");
  var shards = {};
  window.hytegraphShard = function (letter, rows) { shards[letter] = rows; };

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function words(text) { return fold(text).split(/[^0-9a-z\u00c0-\u024f]+/).filter(Boolean); }

  function shardName(word) {
    var c = word.charAt(0);
    return /[a-z0-9]/.test(c) ? c : "_";
  }

  function load(letter, done) {
    if (shards[letter]) { done(); return; }
    var script = document.createElement("script");
    script.src = root + "search/" + letter + ".js";
    script.onload = done;
    script.onerror = function () { shards[letter] = []; done(); };
    document.head.appendChild(script);
  }

  function show(hits) {
    results.textContent = "";
    if (!hits.length) {
      results.appendChild(document.createElement("p")).textContent =
        results.getAttribute("data-no-results");
      return;
    }
    var list = document.createElement("ol");
    list.className = "results";
    hits.slice(0, 200).forEach(function (row) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + row[1];
      link.textContent = row[0];
      item.appendChild(link);
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = " " + (kinds[row[2]] || row[2]);
      item.appendChild(kind);
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  function search(text) {
    var query = words(text);
    if (!query.length) return;
    var letter = shardName(query[0]);
    load(letter, function () {
      var seen = {}, exact = [], prefix = [], inside = [];
      var whole = fold(text).trim();
      shards[letter].forEach(function (row) {
        if (seen[row[1]]) return;
        var name = fold(row[0]);
        var own = words(row[0]);
        var every = query.every(function (q) {
          return own.some(function (w) { return w.indexOf(q) === 0; });
        });
        if (name === whole) { exact.push(row); seen[row[1]] = true; }
        else if (every) { prefix.push(row); seen[row[1]] = true; }
        else if (query.every(function (q) { return name.indexOf(q) >= 0; })) {
          inside.push(row); seen[row[1]] = true;
        }
      });
      show(exact.concat(prefix, inside));
    });
  }

  var given = new URLSearchParams(window.location.search).get("q");
  if (given) { input.value = given; search(given); }
})();
