// Converts world-atlas countries-110m.json (TopoJSON) to the GeoJSON in src/Vigil.Web/wwwroot/vendor/world-110m.geojson.
// Run in a folder holding the unpacked npm packages (npm pack world-atlas@2 topojson-client@3; tar xzf each into x/NAME-VERSION):
//   node tools/world-geojson.js > src/Vigil.Web/wwwroot/vendor/world-110m.geojson
const topojson = require('./x/topojson-client-3.1.0/package/dist/topojson-client.js');
const topo = require('./x/world-atlas-2.0.2/package/countries-110m.json');
const fc = topojson.feature(topo, topo.objects.countries);
const round = c => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0]*100)/100, Math.round(c[1]*100)/100];
fc.features = fc.features.map(f => ({type: 'Feature', properties: {name: f.properties.name}, geometry: f.geometry && {type: f.geometry.type, coordinates: round(f.geometry.coordinates)}})).filter(f => f.geometry);
process.stdout.write(JSON.stringify(fc));
