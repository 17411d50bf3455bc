// Plain JavaScript on purpose: it must run, and explain itself, on a Node too old to run the .ts scripts.
// npm scripts run on the Node that `npm install` puts in node_modules/.bin (the pinned `node` dev dependency), so
// this fails only when a script is run without npm, or when that Node is missing (install scripts were skipped).
import { existsSync } from 'node:fs';

var MIN = [22, 18]; // TypeScript run directly by Node (type stripping on by default) and Astro 7
var v = process.versions.node.split('.').map(Number);
if (v[0] < MIN[0] || (v[0] === MIN[0] && v[1] < MIN[1]) || (v[0] === 23 && v[1] < 6)) {
  var provided = existsSync(new URL('../node_modules/node/bin/node', import.meta.url));
  console.error(
    'Node ' + process.versions.node + ' cannot run this project\'s scripts (they need Node ' + MIN.join('.') + ' or newer): ' +
    (provided
      ? 'run them with npm (npm start, npm test, npm run …), which uses the Node in node_modules/.bin.'
      : 'run `npm install` (or `npm rebuild node` if node_modules exists), which installs the Node the project runs on.')
  );
  process.exit(1);
}
