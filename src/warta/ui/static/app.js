/* warta dashboard: filters kept in the URL, panels reloaded from the HTTP API, the event
 * table with paging, the evidence view and the "try it" box. No build step, no network
 * beyond this server. */
"use strict";

(function (W) {
  const FILTERS = ["from", "to", "type", "quad", "country", "actor", "lang", "q", "asserted"];
  const PAGE = 25;
  const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
    "ASSAULT"];
  const $ = function (sel) { return document.querySelector(sel); };
  const form = $("#filters");

  /** The view's state, read from and written to the URL's query string. */
  function readState() {
    const p = new URLSearchParams(window.location.search);
    const state = {filters: {}, offset: Math.max(0, parseInt(p.get("offset") || "0", 10) || 0),
      event: p.get("event") || "", view: p.get("view") === "tryit" ? "tryit" : "dashboard",
      by: p.get("by") === "actor" ? "actor" : "country",
      unit: p.get("unit") === "cluster" ? "cluster" : "event"};
    FILTERS.forEach(function (k) { if (p.get(k)) state.filters[k] = p.get(k); });
    return state;
  }

  function stateUrl(state) {
    const p = new URLSearchParams();
    FILTERS.forEach(function (k) { if (state.filters[k]) p.set(k, state.filters[k]); });
    if (state.offset) p.set("offset", String(state.offset));
    if (state.event) p.set("event", state.event);
    if (state.view !== "dashboard") p.set("view", state.view);
    if (state.by !== "country") p.set("by", state.by);
    if (state.unit !== "event") p.set("unit", state.unit);
    const qs = p.toString();
    return window.location.pathname + (qs ? "?" + qs : "");
  }

  let state = readState();

  /** What the chart panels depend on: when it changes they are reloaded. */
  function panelKey(s) { return JSON.stringify(s.filters) + s.by + s.unit; }

  function filterQuery(extra) {
    const p = new URLSearchParams();
    Object.keys(state.filters).forEach(function (k) { p.set(k, state.filters[k]); });
    Object.keys(extra || {}).forEach(function (k) { p.set(k, extra[k]); });
    return p.toString();
  }

  function getJson(url) {
    return fetch(url, {headers: {Accept: "application/json"}}).then(function (r) {
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (body) {
          throw new Error((body && body.detail ? JSON.stringify(body.detail) : r.statusText) +
            " (" + r.status + ")");
        });
      }
      return r.json();
    });
  }

  function setStatus(text, isError) {
    const s = $("#summary");
    s.textContent = text;
    s.classList.toggle("error", Boolean(isError));
  }

  /** Push a new state into the URL and redraw what it changes. */
  function go(change, opts) {
    const before = panelKey(state);
    state = Object.assign({}, state, change);
    history.pushState(null, "", stateUrl(state));
    render(before !== panelKey(state) || (opts && opts.all));
  }

  function fillForm() {
    FILTERS.forEach(function (k) {
      const input = form.elements[k];
      if (input.type === "checkbox") input.checked = state.filters[k] === "1";
      else input.value = state.filters[k] || "";
    });
    $("#network-by").value = state.by;
    form.elements.unit.value = state.unit;
  }

  function formFilters() {
    const out = {};
    FILTERS.forEach(function (k) {
      const input = form.elements[k];
      const value = input.type === "checkbox" ? (input.checked ? "1" : "") : input.value.trim();
      if (value) out[k] = k === "country" ? value.toUpperCase() : value;
    });
    return out;
  }

  // ---- panels -------------------------------------------------------------------------

  const timeline = new W.Timeline($("#timeline"), function (day) {
    go({filters: Object.assign({}, state.filters, {from: day, to: day}), offset: 0, event: ""});
  });
  const network = new W.Network($("#network"), function (id) {
    const f = Object.assign({}, state.filters);
    if (state.by === "country") f.country = id; else f.actor = id;
    go({filters: f, offset: 0, event: ""});
  });
  const map = new W.EventMap($("#map"), function (p) {
    map.map.setView([p.lat, p.lon], Math.max(map.map.getZoom(), 4));
  });

  /** "reports" or "events" (real-world events): what the panels count. */
  function unitWord(n) {
    const word = state.unit === "cluster" ? "event" : "report";
    return n === 1 ? word : word + "s";
  }

  function loadPanels() {
    const unit = state.unit;
    document.querySelectorAll(".unit-word").forEach(function (s) { s.textContent = unitWord(); });
    const t = getJson("/api/agg/timeline?" + filterQuery({unit: unit})).then(function (data) {
      timeline.draw(data);
      let total = data.undated;
      data.rows.forEach(function (r) { total += r[2]; });
      $("#timeline").dataset.total = String(total);
      $("#timeline-caption").textContent = total + " " + unitWord(total) + (unit === "cluster" ?
        " (the reports of one real-world event count once, on its first day)" : "") +
        ", per day by quad class";
      $("#timeline-note").textContent = data.undated ? data.undated + " " + unitWord(data.undated) +
        " without a date " + (data.undated === 1 ? "is" : "are") + " not shown." : "";
    });
    const n = getJson("/api/agg/network?" + filterQuery({by: state.by, top: 60, unit: unit})).then(function (data) {
      network.draw(data);
      $("#network-note").textContent = data.edges.length ? "" :
        "No pairs of participants with a known " + state.by + " in these " + unitWord() + ".";
    });
    const m = Promise.all([getJson("/api/agg/map?" + filterQuery({precision: 1, cap: 1500, unit: unit})), map.ready])
      .then(function (res) {
        map.draw(res[0]);
        $("#map-note").textContent = res[0].points.length ? (res[0].truncated ? "Showing the busiest places only." : "") :
          "No located " + unitWord() + ".";
      });
    return Promise.all([t, n, m]);
  }

  function loadTable() {
    return getJson("/api/agg/events?" + filterQuery({limit: PAGE, offset: state.offset}))
      .then(function (page) {
        const body = $("#events tbody");
        body.textContent = "";
        page.events.forEach(function (ev) {
          const row = W.eventRow(ev, function (e) { go({event: e.event_id}); });
          if (ev.event_id === state.event) row.classList.add("selected");
          body.appendChild(row);
        });
        if (!page.events.length) {
          const tr = W.el("tr", "empty");
          const td = W.el("td", "", "No events match these filters.");
          td.colSpan = 7;
          tr.appendChild(td);
          body.appendChild(tr);
        }
        const last = Math.min(page.total, state.offset + page.events.length);
        $("#page-info").textContent = page.total ?
          (state.offset + 1) + "\u2013" + last + " of " + page.total : "0 events";
        $("#table-count").textContent = page.total + " matching";
        $("#prev").disabled = state.offset === 0;
        $("#next").disabled = last >= page.total;
        setStatus(page.total + (page.total === 1 ? " report" : " reports"));
      });
  }

  function loadEvidence() {
    const panel = $("#panel-evidence");
    if (!state.event) {
      panel.classList.add("hidden");
      return Promise.resolve();
    }
    panel.classList.remove("hidden");
    const box = $("#evidence");
    box.textContent = "Loading\u2026";
    return getJson("/api/events/" + encodeURIComponent(state.event)).then(function (ev) {
      // The real-world event it reports (issue 9): its size and its other reports.
      const cluster = ev.cluster_id ?
        getJson("/api/clusters/" + encodeURIComponent(ev.cluster_id)).catch(function () { return null; }) :
        Promise.resolve(null);
      return Promise.all([getJson("/api/documents/" + encodeURIComponent(ev.doc_id)), cluster]).then(function (res) {
        const doc = res[0];
        W.renderEvidence(box, ev, doc.text, doc);
        if (res[1]) {
          W.renderCluster(box, ev, res[1], function (id) { go({event: id}); },
            function (id) { return stateUrl(Object.assign({}, state, {event: id})); });
        }
        panel.scrollIntoView({block: "start"});
        document.querySelectorAll("#events tr.selected").forEach(function (r) { r.classList.remove("selected"); });
        const row = document.querySelector('#events tr[data-event-id="' + CSS.escape(ev.event_id) + '"]');
        if (row) row.classList.add("selected");
      });
    }).catch(function (err) {
      box.textContent = "Cannot show this event: " + err.message;
    });
  }

  function showView() {
    const tryit = state.view === "tryit";
    $("#view-dashboard").classList.toggle("hidden", tryit);
    $("#view-tryit").classList.toggle("hidden", !tryit);
    $("#filters").classList.toggle("hidden", tryit);
    $("#tab-dashboard").classList.toggle("active", !tryit);
    $("#tab-tryit").classList.toggle("active", tryit);
    if (!tryit) {
      // The charts were sized while hidden: give them their real size.
      timeline.chart.resize();
      network.cy.resize();
      network.cy.fit(undefined, 20);
      map.map.invalidateSize();
    }
  }

  /** Redraw: every panel when the filters changed, else the table and evidence only. */
  function render(filtersChanged) {
    fillForm();
    showView();
    const jobs = [loadTable(), loadEvidence()];
    if (filtersChanged) jobs.push(loadPanels());
    document.body.dataset.loading = "1";
    return Promise.all(jobs).then(function () {
      document.body.dataset.loading = "";
      document.body.dataset.ready = "1";
    }).catch(function (err) {
      document.body.dataset.loading = "";
      setStatus("Error: " + err.message, true);
    });
  }

  // ---- wiring ---------------------------------------------------------------------------

  TYPES.forEach(function (t) { form.elements.type.appendChild(W.el("option", "", t)).value = t; });
  getJson("/api/stats").then(function (stats) {
    const list = $("#countries");
    Object.keys(stats.by_country || {}).slice(0, 300).forEach(function (c) {
      const opt = W.el("option");
      opt.value = c;
      opt.label = c + " (" + stats.by_country[c] + ")";
      list.appendChild(opt);
    });
  }).catch(function () { /* the dropdown stays empty */ });

  let typing = null;
  form.addEventListener("input", function (e) {
    if (e.target.name === "unit") {
      // What is counted, not which events: the table and the open event stay.
      clearTimeout(typing);
      go({unit: e.target.value === "cluster" ? "cluster" : "event"});
      return;
    }
    const delay = e.target.type === "text" || e.target.type === "search" || e.target.name === "country" ? 400 : 0;
    clearTimeout(typing);
    typing = setTimeout(function () { go({filters: formFilters(), offset: 0, event: ""}); }, delay);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    go({filters: formFilters(), offset: 0, event: ""});
  });
  $("#clear-filters").addEventListener("click", function () { go({filters: {}, offset: 0, event: ""}); });
  $("#prev").addEventListener("click", function () { go({offset: Math.max(0, state.offset - PAGE)}); });
  $("#next").addEventListener("click", function () { go({offset: state.offset + PAGE}); });
  $("#close-evidence").addEventListener("click", function () { go({event: ""}); });
  $("#network-by").addEventListener("change", function (e) { go({by: e.target.value}); });
  document.querySelectorAll(".tab").forEach(function (tab) {
    tab.addEventListener("click", function (e) {
      e.preventDefault();
      go({view: tab.dataset.view});
    });
  });
  window.addEventListener("popstate", function () {
    const before = panelKey(state);
    state = readState();
    render(before !== panelKey(state));
  });

  // The live panels, for debugging from the console and for the browser tests.
  W.dashboard = {timeline: timeline, network: network, map: map};
  W.setupTryIt();
  render(true);
})(window.Warta);
