/* warta dashboard: the three chart panels (timeline, actor network, map), drawn from the
 * server's aggregates (/api/agg/*): the browser never receives all events. */
"use strict";

window.Warta = window.Warta || {};

(function (W) {
  const COLORS = {1: "#2e9d5b", 2: "#2f6fb5", 3: "#e08a1e", 4: "#c9302c"};
  W.COLORS = COLORS;

  /** Timeline: stacked bars of events per day, one series per quad class. */
  W.Timeline = function (node, onPickDay) {
    const chart = echarts.init(node, null, {renderer: "canvas"});
    chart.on("click", function (p) {
      if (p.value && p.value[0]) onPickDay(p.value[0]);
    });
    window.addEventListener("resize", function () { chart.resize(); });
    this.chart = chart;
    this.draw = function (data) {
      const series = [1, 2, 3, 4].map(function (q) {
        return {
          name: q + " " + W.QUADS[q], type: "bar", stack: "all", barMaxWidth: 18,
          itemStyle: {color: COLORS[q]},
          data: data.rows.filter(function (r) { return r[1] === q; })
            .map(function (r) { return [r[0], r[2]]; }),
        };
      });
      chart.setOption({
        animation: false,
        grid: {left: 40, right: 16, top: 34, bottom: 52},
        legend: {top: 0, textStyle: {fontSize: 11}},
        tooltip: {trigger: "axis", axisPointer: {type: "shadow"}},
        xAxis: {type: "time"},
        yAxis: {type: "value", minInterval: 1},
        dataZoom: [{type: "inside"}, {type: "slider", height: 16, bottom: 6}],
        series: series,
      }, true);
    };
  };

  /** A colour for a mean Goldstein score: red (-10) through grey (0) to green (+10). */
  function goldsteinColor(g) {
    if (g === null || g === undefined) return "#999";
    const t = Math.max(-1, Math.min(1, g / 10));
    const grey = [150, 150, 150];
    const end = t < 0 ? [201, 48, 44] : [46, 157, 91];
    const mix = grey.map(function (c, i) { return Math.round(c + (end[i] - c) * Math.abs(t) * 1.6); })
      .map(function (c) { return Math.max(0, Math.min(255, c)); });
    return "rgb(" + mix.join(",") + ")";
  }

  /** Actor network: nodes sized by events, edges by count, coloured by mean Goldstein. */
  W.Network = function (node, onPickNode) {
    const cy = cytoscape({
      container: node, minZoom: 0.2, maxZoom: 4,
      style: [
        {selector: "node", style: {
          "background-color": "#4a5a78", "label": "data(id)", "font-size": 10,
          "color": "#222", "text-valign": "bottom", "text-margin-y": 2,
          "width": "data(size)", "height": "data(size)"}},
        {selector: "edge", style: {
          "width": "data(width)", "line-color": "data(color)", "curve-style": "bezier",
          "target-arrow-shape": "data(arrow)", "target-arrow-color": "data(color)",
          "arrow-scale": 0.8, "opacity": 0.85}},
        {selector: "edge:loop", style: {"control-point-step-size": 30}},
      ],
    });
    cy.on("tap", "node", function (e) { onPickNode(e.target.id()); });
    this.cy = cy;
    this.draw = function (data) {
      const word = data.unit === "cluster" ? "events" : "reports";
      const maxNode = Math.max.apply(null, [1].concat(data.nodes.map(function (n) { return n.count; })));
      const maxEdge = Math.max.apply(null, [1].concat(data.edges.map(function (e) { return e.count; })));
      const elements = data.nodes.map(function (n) {
        return {data: {id: n.id, count: n.count, size: 14 + 30 * Math.sqrt(n.count / maxNode)}};
      }).concat(data.edges.map(function (e, i) {
        return {data: {
          id: "e" + i, source: e.source, target: e.target, count: e.count, goldstein: e.goldstein,
          width: 1 + 7 * Math.sqrt(e.count / maxEdge), color: goldsteinColor(e.goldstein),
          // co-actors of a meeting (no recipient) make an undirected pair: no arrow
          arrow: e.directed ? "triangle" : "none"}};
      }));
      cy.elements().remove();
      cy.add(elements);
      cy.edges().forEach(function (edge) {
        edge.data("title", edge.data("source") + " \u2192 " + edge.data("target") + ": " +
          edge.data("count") + " " + word + ", mean Goldstein " + edge.data("goldstein"));
      });
      const layout = data.nodes.length > 1 ? {name: "cose", animate: false, randomize: false,
        nodeRepulsion: 9000, idealEdgeLength: 90, padding: 20} : {name: "grid", padding: 40};
      cy.layout(layout).run();
      cy.fit(undefined, 20);
    };
  };

  /** Map: country outlines from the vendored world-atlas (no tiles), circles per place. */
  W.EventMap = function (node, onPickPoint) {
    const map = L.map(node, {worldCopyJump: true, minZoom: 1, maxZoom: 10, zoomSnap: 0.5,
                             attributionControl: true});
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth");
    map.setView([10, 80], 1.5);
    const points = L.layerGroup().addTo(map);
    this.map = map;
    this.ready = fetch("/static/vendor/world-atlas/countries-110m.geo.json")
      .then(function (r) { return r.json(); })
      .then(function (geo) {
        L.geoJSON(geo, {
          interactive: false,
          style: {color: "#8a97a8", weight: 0.6, fillColor: "#e6eaf0", fillOpacity: 1},
        }).addTo(map);
        points.eachLayer(function (l) { l.bringToFront(); });
      });
    this.draw = function (data) {
      points.clearLayers();
      const max = Math.max.apply(null, [1].concat(data.points.map(function (p) { return p.count; })));
      data.points.forEach(function (p) {
        const marker = L.circleMarker([p.lat, p.lon], {
          radius: 4 + 16 * Math.sqrt(p.count / max), color: "#7a1f1c", weight: 1,
          fillColor: "#c9302c", fillOpacity: 0.55, className: "event-point",
        });
        marker.bindTooltip(p.name + ": " + p.count + (data.unit === "cluster" ? " events" : " reports"));
        marker.on("click", function () { onPickPoint(p); });
        marker.addTo(points);
      });
      if (data.points.length) {
        const bounds = L.latLngBounds(data.points.map(function (p) { return [p.lat, p.lon]; }));
        map.fitBounds(bounds.pad(0.3), {maxZoom: 4});
      }
    };
    window.addEventListener("resize", function () { map.invalidateSize(); });
  };
})(window.Warta);
