#!/usr/bin/env bash
# Rebuilds src/warta/ui/static/vendor/ from npm: the dashboard's third-party files, each with
# its licence. Run by a developer (needs node + npm and the npm registry); warta itself never
# fetches anything: the built files ship inside the package.
#   echarts 6 (Apache-2.0), cytoscape 3.35 (MIT), leaflet 1.9 (BSD-2-Clause),
#   world-atlas 2 countries-110m (ISC; Natural Earth, public domain) converted to GeoJSON
#   with topojson-client 3 (ISC) here, at build time, so the browser needs no converter.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=src/warta/ui/static/vendor
ECHARTS=6.1.0 CYTOSCAPE=3.35.0 LEAFLET=1.9.4 WORLD_ATLAS=2.0.2 TOPOJSON=3.1.0

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
  "echarts@$ECHARTS" "cytoscape@$CYTOSCAPE" "leaflet@$LEAFLET" \
  "world-atlas@$WORLD_ATLAS" "topojson-client@$TOPOJSON")
NM="$WORK/node_modules"

# Licence files get a .txt suffix and the map a .json one: the package data patterns of
# pyproject.toml ship those. Leaflet's marker images are left out: the map draws circles only.
rm -rf "$OUT" && mkdir -p "$OUT"/echarts "$OUT"/cytoscape "$OUT"/leaflet "$OUT"/world-atlas
cp "$NM/echarts/dist/echarts.min.js" "$OUT/echarts/"
cp "$NM/echarts/LICENSE" "$OUT/echarts/LICENSE.txt"
cp "$NM/echarts/NOTICE" "$OUT/echarts/NOTICE.txt"
cp "$NM/cytoscape/dist/cytoscape.min.js" "$OUT/cytoscape/"
cp "$NM/cytoscape/LICENSE" "$OUT/cytoscape/LICENSE.txt"
cp "$NM/leaflet/dist/leaflet.js" "$NM/leaflet/dist/leaflet.css" "$OUT/leaflet/"
cp "$NM/leaflet/LICENSE" "$OUT/leaflet/LICENSE.txt"
cp "$NM/world-atlas/LICENSE" "$OUT/world-atlas/LICENSE.txt"
cp "$NM/topojson-client/LICENSE" "$OUT/world-atlas/LICENSE.topojson-client.txt"

# TopoJSON -> GeoJSON FeatureCollection (properties: name, and the ISO 3166 numeric id),
# made drawable on a flat Web Mercator map: Antarctica (which reaches the pole) is left out,
# and rings cut at the antimeridian (Russia, Fiji), which hold both -180 and 180, are moved
# east of it (x < 0 -> x + 360) so they are not drawn as a band across the whole map.
NODE_PATH="$NM" node -e '
const fs = require("fs"), topojson = require("topojson-client");
const topo = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const geo = topojson.feature(topo, topo.objects.countries);
geo.features = geo.features.filter(f => f.properties.name !== "Antarctica");
const unwrap = ring => {
  const xs = ring.map(c => c[0]);
  if (Math.max(...xs) - Math.min(...xs) <= 180) return ring;
  return ring.map(c => [c[0] < 0 ? c[0] + 360 : c[0], c[1]]);
};
for (const f of geo.features) {
  const g = f.geometry;
  if (g.type === "Polygon") g.coordinates = g.coordinates.map(unwrap);
  if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map(p => p.map(unwrap));
}
fs.writeFileSync(process.argv[2], JSON.stringify(geo));
' "$NM/world-atlas/countries-110m.json" "$OUT/world-atlas/countries-110m.geo.json"

cat > "$OUT/README.md" <<TXT
# Vendored dashboard assets

Built by \`scripts/build_ui_vendor.sh\` from npm; do not edit by hand.

| file | package | licence |
|---|---|---|
| echarts/echarts.min.js | echarts $ECHARTS | Apache-2.0 (LICENSE.txt, NOTICE.txt) |
| cytoscape/cytoscape.min.js | cytoscape $CYTOSCAPE | MIT (LICENSE.txt) |
| leaflet/leaflet.js, leaflet.css | leaflet $LEAFLET | BSD-2-Clause (LICENSE.txt) |
| world-atlas/countries-110m.geo.json | world-atlas $WORLD_ATLAS (Natural Earth 1:110m, public domain), converted with topojson-client $TOPOJSON | ISC (LICENSE.txt, LICENSE.topojson-client.txt) |
TXT
ls -la "$OUT"/*
