/* warta dashboard: the "try it" box. Paste text (or read a local .txt/.html file in the
 * browser), POST it to /api/extract (nothing is stored) and show its events and evidence. */
"use strict";

window.Warta = window.Warta || {};

(function (W) {
  /** The readable text of an HTML page: its <article> or <body>, without scripts. */
  function htmlText(source) {
    const doc = new DOMParser().parseFromString(source, "text/html");
    doc.querySelectorAll("script, style, noscript, nav, header, footer, aside").forEach(function (n) {
      n.remove();
    });
    const root = doc.querySelector("article") || doc.body;
    const blocks = root ? root.querySelectorAll("h1, h2, h3, p, li") : [];
    const parts = Array.prototype.map.call(blocks, function (n) { return n.textContent.trim(); })
      .filter(Boolean);
    const text = parts.length ? parts.join("\n\n") : (root ? root.textContent : "");
    const published = doc.querySelector('meta[property="article:published_time"], meta[name="date"], time[datetime]');
    const date = published ? (published.getAttribute("content") || published.getAttribute("datetime") || "") : "";
    return {text: text.replace(/[ \t]+\n/g, "\n").trim(), date: date.slice(0, 10)};
  }

  W.setupTryIt = function () {
    const $ = function (sel) { return document.querySelector(sel); };
    const status = $("#tryit-status");
    let lastText = "";

    $("#tryit-file").addEventListener("change", function (e) {
      const file = e.target.files && e.target.files[0];
      if (!file) return;
      const reader = new FileReader();
      reader.onload = function () {
        const raw = String(reader.result || "");
        if (/\.html?$/i.test(file.name) || /<html|<body|<p[\s>]/i.test(raw.slice(0, 2000))) {
          const page = htmlText(raw);
          $("#tryit-text").value = page.text;
          if (/^\d{4}-\d{2}-\d{2}$/.test(page.date)) $("#tryit-date").value = page.date;
        } else {
          $("#tryit-text").value = raw;
        }
        status.textContent = "read " + file.name;
      };
      reader.readAsText(file);
    });

    function show(events, text) {
      const body = $("#tryit-events tbody");
      const box = $("#tryit-evidence");
      body.textContent = "";
      box.textContent = "";
      $("#tryit-count").textContent = events.length + " events";
      function open(ev) {
        body.querySelectorAll("tr.selected").forEach(function (r) { r.classList.remove("selected"); });
        const row = body.querySelector('tr[data-event-id="' + CSS.escape(ev.event_id) + '"]');
        if (row) row.classList.add("selected");
        W.renderEvidence(box, ev, text, null);
      }
      events.forEach(function (ev) { body.appendChild(W.eventRow(ev, open)); });
      if (events.length) open(events[0]);
      else box.appendChild(W.el("p", "note", "No events found in this text."));
    }

    $("#tryit-run").addEventListener("click", function () {
      const text = $("#tryit-text").value;
      if (!text.trim()) {
        status.textContent = "Paste some text first.";
        return;
      }
      const payload = {text: text, lang: $("#tryit-lang").value || null,
                       published: $("#tryit-date").value || null};
      status.textContent = "Extracting\u2026";
      status.classList.remove("error");
      lastText = text;
      fetch("/api/extract", {method: "POST", headers: {"Content-Type": "application/json"},
                             body: JSON.stringify(payload)})
        .then(function (r) {
          if (!r.ok) throw new Error("the server said " + r.status);
          return r.json();
        })
        .then(function (out) {
          show(out.events, lastText);
          status.textContent = out.events.length + " events, " + out.statements.length +
            " statements" + (out.skipped ? " (skipped: " + out.skipped + ")" : "");
        })
        .catch(function (err) {
          status.textContent = "Error: " + err.message;
          status.classList.add("error");
        });
    });
  };
})(window.Warta);
