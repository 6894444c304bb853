// The query page: named queries with their parameters, any SPARQL, results as a table.
// Talks only to this server (no CDN, no other host).
(function () {
  "use strict";
  var MAX_ROWS = 1000;
  var queries = JSON.parse(document.getElementById("kg-queries").textContent);
  var links = JSON.parse(document.getElementById("kg-links").textContent);
  var byName = {};
  queries.forEach(function (q) { byName[q.name] = q; });
  var text = document.getElementById("kg-text");
  var params = document.getElementById("kg-params");
  var status = document.getElementById("kg-status");
  var errorBox = document.getElementById("kg-error");
  var results = document.getElementById("kg-results");
  var current = null;
  var state = window.kgQuery = { ready: false, runs: 0, rows: null, error: null };

  function pageFor(iri) {
    if (iri.indexOf(links.id) === 0) return links.base + "id/" + iri.slice(links.id.length);
    if (iri.indexOf(links.ontology) === 0) return links.base + "ontology" + iri.slice(links.ontology.length);
    return iri;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function cell(term) {
    if (!term) return el("td", {}, []);
    if (term.type === "uri") return el("td", {}, [el("a", { href: pageFor(term.value) }, [term.value])]);
    if (term.type === "bnode") return el("td", {}, ["_:" + term.value]);
    var attrs = term["xml:lang"] ? { lang: term["xml:lang"] } : {};
    return el("td", attrs, [term.value]);
  }

  function showError(message) {
    errorBox.hidden = !message;
    errorBox.textContent = message || "";
    state.error = message || null;
  }

  function selectQuery(name) {
    current = byName[name] || null;
    params.textContent = "";
    document.querySelectorAll("#kg-named button").forEach(function (b) {
      b.classList.toggle("selected", b.getAttribute("data-name") === name);
    });
    if (!current) return;
    text.value = current.text;
    current.params.forEach(function (p) {
      var input = el("input", { name: "param-" + p.name, value: p.default, "data-param": p.name });
      input.addEventListener("change", bindParams);
      params.appendChild(el("label", {}, [p.name + " ", input, el("small", {}, [" " + p.description])]));
    });
  }

  function bindParams() {
    if (!current) return Promise.resolve();
    var qs = new URLSearchParams();
    params.querySelectorAll("input[data-param]").forEach(function (i) {
      qs.append(i.getAttribute("data-param"), i.value);
    });
    return fetch(links.base + "queries/" + encodeURIComponent(current.name) + ".rq?" + qs.toString())
      .then(function (r) { return r.text().then(function (t) { return [r.ok, t]; }); })
      .then(function (res) { if (res[0]) { text.value = res[1]; showError(null); } else { showError(res[1]); } });
  }

  function table(data) {
    var vars = data.head.vars || [];
    var rows = data.results.bindings;
    var head = el("tr", {}, vars.map(function (v) { return el("th", {}, [v]); }));
    var body = rows.slice(0, MAX_ROWS).map(function (row) {
      return el("tr", {}, vars.map(function (v) { return cell(row[v]); }));
    });
    var note = rows.length > MAX_ROWS ? "first " + MAX_ROWS + " of " + rows.length + " rows" : rows.length + " row(s)";
    return [el("p", { "class": "count" }, [note]),
            el("table", { "class": "results" }, [el("thead", {}, [head]), el("tbody", {}, body)])];
  }

  function render(response, started) {
    var type = response.headers.get("content-type") || "";
    return response.text().then(function (body) {
      var seconds = ((performance.now() - started) / 1000).toFixed(2);
      results.textContent = "";
      if (!response.ok) { showError(body.trim()); status.textContent = ""; return; }
      showError(null);
      status.textContent = "answered in " + seconds + " s";
      if (type.indexOf("json") >= 0) {
        var data = JSON.parse(body);
        if (typeof data.boolean === "boolean") {
          results.appendChild(el("p", { "class": "boolean" }, [String(data.boolean)]));
          state.rows = 0;
        } else {
          table(data).forEach(function (n) { results.appendChild(n); });
          state.rows = data.results.bindings.length;
        }
      } else {
        results.appendChild(el("pre", {}, [body]));
        state.rows = null;
      }
    });
  }

  function run(event) {
    if (event) event.preventDefault();
    status.textContent = "running…";
    var started = performance.now();
    return fetch(links.base + "sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: new URLSearchParams({ query: text.value }).toString()
    }).then(function (r) { return render(r, started); })
      .catch(function (e) { showError(String(e)); })
      .then(function () { state.runs += 1; });
  }

  document.querySelectorAll("#kg-named button").forEach(function (b) {
    b.addEventListener("click", function () { selectQuery(b.getAttribute("data-name")); });
  });
  document.getElementById("kg-form").addEventListener("submit", run);
  document.querySelectorAll("a.download").forEach(function (a) {
    a.addEventListener("click", function () {
      a.href = links.base + "sparql?format=" + a.getAttribute("data-format") +
        "&query=" + encodeURIComponent(text.value);
    });
  });
  var wanted = new URLSearchParams(window.location.search).get("name");
  if (wanted && byName[wanted]) selectQuery(wanted);
  state.ready = true;
})();
