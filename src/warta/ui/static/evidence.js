/* warta dashboard: event rows and the evidence view (the article with its spans marked).
 * Every piece of text goes into the page through textContent, never as HTML. */
"use strict";

window.Warta = window.Warta || {};

(function (W) {
  const QUADS = {1: "verbal cooperation", 2: "material cooperation",
                 3: "verbal conflict", 4: "material conflict"};
  W.QUADS = QUADS;

  /** A new element with a class and text. */
  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  W.el = el;

  /** "Xi Jinping (CHN), Vladimir Putin (RUS)" for a list of actors. */
  function actorList(actors) {
    return (actors || []).map(function (a) {
      const name = a.name || a.text;
      return a.country ? name + " (" + a.country + ")" : name;
    }).join(", ");
  }
  W.actorList = actorList;

  /** One table row for an event; `onOpen(event)` runs when it is clicked. */
  W.eventRow = function (ev, onOpen) {
    const tr = el("tr", "event-row");
    tr.dataset.eventId = ev.event_id;
    tr.tabIndex = 0;
    const cells = [
      ev.date || "",
      ev.event + (ev.negated ? " (negated)" : "") +
        (ev.modality && ev.modality !== "asserted" ? " (" + ev.modality + ")" : ""),
      ev.quad_class || "",
      actorList(ev.actor), actorList(ev.recipient),
      ev.location ? (ev.location.name || ev.location.text) : "",
      ev.sentence || "",
    ];
    cells.forEach(function (text, i) {
      const td = el("td", i === 6 ? "sentence" : "", text);
      if (i === 2 && ev.quad_class) td.className = "quad q" + ev.quad_class;
      tr.appendChild(td);
    });
    if (ev.negated || (ev.modality && ev.modality !== "asserted")) tr.classList.add("unreal");
    tr.addEventListener("click", function () { onOpen(ev); });
    tr.addEventListener("keydown", function (e) { if (e.key === "Enter") onOpen(ev); });
    return tr;
  };

  /** Where `needle` occurs in text[start:end] (case-insensitive fallback), or null. */
  function findIn(text, needle, start, end) {
    if (!needle) return null;
    let i = text.slice(start, end).indexOf(needle);
    if (i < 0) i = text.slice(start, end).toLowerCase().indexOf(needle.toLowerCase());
    return i < 0 ? null : [start + i, start + i + needle.length];
  }

  /** The sentence's [start, end) in the document: the occurrence holding the trigger. */
  function sentenceRange(text, ev) {
    const anchor = ev.trigger && ev.trigger.span ? ev.trigger.span[0] : -1;
    const sentence = ev.sentence || "";
    if (!sentence) return null;
    let from = 0;
    let first = null;
    for (;;) {
      const i = text.indexOf(sentence, from);
      if (i < 0) break;
      if (first === null) first = i;
      if (anchor < 0 || (i <= anchor && anchor < i + sentence.length)) return [i, i + sentence.length];
      from = i + 1;
    }
    if (first !== null) return [first, first + sentence.length];
    return null;
  }

  /** The marked ranges of an event: [start, end, kind, label]. */
  function marks(text, ev) {
    const out = [];
    const sent = sentenceRange(text, ev);
    if (sent) out.push([sent[0], sent[1], "sentence", "sentence " + ev.sentence_index]);
    const valid = function (span) {
      return Array.isArray(span) && span.length === 2 && span[0] >= 0 &&
        span[1] <= text.length && span[0] < span[1];
    };
    (ev.actor || []).forEach(function (a) {
      if (valid(a.span)) out.push([a.span[0], a.span[1], "actor", "actor " + (a.country || "")]);
    });
    (ev.recipient || []).forEach(function (a) {
      if (valid(a.span)) out.push([a.span[0], a.span[1], "recipient", "recipient " + (a.country || "")]);
    });
    if (ev.trigger && valid(ev.trigger.span)) {
      out.push([ev.trigger.span[0], ev.trigger.span[1], "trigger", "trigger: " + ev.rule]);
    }
    const lo = sent ? sent[0] : 0;
    const hi = sent ? sent[1] : text.length;
    const date = findIn(text, ev.date_text, lo, hi);
    if (date) out.push([date[0], date[1], "date", "date " + (ev.date || "")]);
    const place = ev.location ? findIn(text, ev.location.text, lo, hi) : null;
    if (place) out.push([place[0], place[1], "place", "place " + (ev.location.name || "")]);
    return out;
  }

  /** The text as nodes, each piece wrapped in the marks covering it (innermost last). */
  W.highlight = function (text, ev) {
    const ranges = marks(text, ev);
    const cuts = new Set([0, text.length]);
    ranges.forEach(function (r) { cuts.add(r[0]); cuts.add(r[1]); });
    const points = Array.from(cuts).sort(function (a, b) { return a - b; });
    const frag = document.createDocumentFragment();
    const order = ["sentence", "actor", "recipient", "place", "date", "trigger"];
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const b = points[k + 1];
      const covering = ranges.filter(function (r) { return r[0] <= a && b <= r[1]; })
        .sort(function (x, y) { return order.indexOf(x[2]) - order.indexOf(y[2]); });
      let node = document.createTextNode(text.slice(a, b));
      for (let j = covering.length - 1; j >= 0; j--) {
        const r = covering[j];
        const wrap = el(r[2] === "sentence" ? "span" : "mark", "hl-" + r[2]);
        wrap.title = r[3];
        wrap.appendChild(node);
        node = wrap;
      }
      frag.appendChild(node);
    }
    return frag;
  };

  function fact(dl, name, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", "", name));
    dl.appendChild(el("dd", "", value));
  }

  /** The evidence of one event over its document text, into `box`. */
  W.renderEvidence = function (box, ev, text, doc) {
    box.textContent = "";
    const head = el("div", "ev-head");
    head.appendChild(el("span", "badge q" + (ev.quad_class || 0), ev.event));
    head.appendChild(el("span", "ev-title",
      actorList(ev.actor) + (ev.recipient && ev.recipient.length ? " \u2192 " + actorList(ev.recipient) : "")));
    box.appendChild(head);
    const dl = el("dl", "facts");
    fact(dl, "rule", ev.rule);
    fact(dl, "trigger", ev.trigger ? ev.trigger.text : "");
    fact(dl, "date", (ev.date || "unknown") + (ev.date_text ? " \u2190 \u201c" + ev.date_text + "\u201d" : "") +
      (ev.date_precision ? " (" + ev.date_precision + ")" : ""));
    fact(dl, "where", ev.location ? (ev.location.name || ev.location.text) +
      (ev.location.country ? " (" + ev.location.country + ")" : "") : "");
    fact(dl, "CAMEO", ev.cameo);
    fact(dl, "Goldstein", ev.goldstein);
    fact(dl, "quad class", ev.quad_class ? ev.quad_class + " " + QUADS[ev.quad_class] : "");
    fact(dl, "mode / context", [ev.mode || "", (ev.context || []).join(", ")].filter(Boolean).join(" / "));
    fact(dl, "status", (ev.negated ? "negated, " : "") + (ev.modality || "") +
      (ev.confidence !== undefined && ev.confidence !== null ? ", confidence " + ev.confidence : ""));
    if (doc) {
      fact(dl, "document", (doc.title ? doc.title + " \u2014 " : "") + ev.doc_id +
        (doc.published ? ", published " + doc.published : ""));
      fact(dl, "url", doc.url);
    }
    box.appendChild(dl);
    const legend = el("p", "legend");
    ["trigger", "actor", "recipient", "date", "place"].forEach(function (k) {
      legend.appendChild(el("mark", "hl-" + k, k));
      legend.appendChild(document.createTextNode(" "));
    });
    legend.appendChild(el("span", "hl-sentence", "sentence"));
    box.appendChild(legend);
    const article = el("div", "article");
    article.appendChild(W.highlight(text, ev));
    box.appendChild(article);
    const target = article.querySelector(".hl-trigger") || article.querySelector(".hl-sentence");
    if (target) {
      // Scroll the article box (not the page) so the sentence is in view.
      article.scrollTop = Math.max(0, target.offsetTop - article.offsetTop - 60);
    }
  };

  const MAX_REPORTS = 50;

  /** "2025-01-21 CONSULT: Xi Jinping (CHN) → Vladimir Putin (RUS)" for a report. */
  function reportTitle(ev) {
    return (ev.date ? ev.date + " " : "") + ev.event + ": " + actorList(ev.actor) +
      (ev.recipient && ev.recipient.length ? " \u2192 " + actorList(ev.recipient) : "");
  }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  /**
   * The real-world event (cluster) that `ev` reports, into the evidence in `box` (after its
   * facts): how often and where it was reported, and links to its other reports.
   * `open(eventId)` opens a report; `href(eventId)` is the link of one (for a new tab).
   */
  W.renderCluster = function (box, ev, cluster, open, href) {
    const sec = el("section", "cluster");
    sec.dataset.clusterId = cluster.cluster_id;
    sec.appendChild(el("h3", "", "The real-world event"));
    const dl = el("dl", "facts");
    fact(dl, "reported", plural(cluster.num_mentions, "time", "times") + " in " +
      plural(cluster.num_articles, "article", "articles") + " from " +
      plural(cluster.num_sources, "source", "sources") +
      (cluster.num_copies ? " (" + plural(cluster.num_copies, "copy", "copies") + " of other articles)" : ""));
    const first = cluster.first_seen || "";
    const last = cluster.last_seen || "";
    fact(dl, "first / last report", first === last ? first : first + " \u2013 " + last);
    fact(dl, "cluster", cluster.cluster_id);
    sec.appendChild(dl);
    // This article's other reports first, in text order, then the other articles'.
    const rank = function (e) { return [e.doc_id === ev.doc_id ? 0 : 1, e.doc_id, e.sentence_index || 0]; };
    const others = (cluster.events || []).filter(function (e) { return e.event_id !== ev.event_id; })
      .sort(function (x, y) {
        const a = rank(x);
        const b = rank(y);
        for (let i = 0; i < a.length; i++) {
          if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
        }
        return 0;
      });
    if (!others.length) {
      sec.appendChild(el("p", "muted", "No other report of this event is stored."));
    } else {
      sec.appendChild(el("p", "muted", plural(others.length, "other report", "other reports") + ":"));
      const list = el("ul", "reports");
      others.slice(0, MAX_REPORTS).forEach(function (other) {
        const li = el("li");
        const a = el("a", "report", reportTitle(other));
        a.href = href(other.event_id);
        a.dataset.eventId = other.event_id;
        a.title = other.sentence || "";
        a.addEventListener("click", function (e) {
          if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          open(other.event_id);
        });
        li.appendChild(a);
        const where = other.doc_id === ev.doc_id ? "this article" : other.doc_id;
        li.appendChild(el("span", "muted", " \u2014 " + where +
          (other.duplicate_of ? ", a copy of " + other.duplicate_of : "") +
          (other.sentence_index !== undefined && other.sentence_index !== null ?
            ", sentence " + other.sentence_index : "")));
        list.appendChild(li);
      });
      if (others.length > MAX_REPORTS) {
        list.appendChild(el("li", "muted", "\u2026 and " + (others.length - MAX_REPORTS) + " more"));
      }
      sec.appendChild(list);
    }
    const facts = box.querySelector("dl.facts");
    box.insertBefore(sec, facts ? facts.nextSibling : box.firstChild);
  };
})(window.Warta);
