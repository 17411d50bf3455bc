// Plain JavaScript on purpose: it must run, and explain itself, on a Node too old to run the .ts scripts.
// npm scripts run on the Node that `npm install` puts in node_modules/.bin (the pinned `node` dev dependency), so
// this fails only when that Node is missing (install scripts skipped) and the machine's own is too old.
var MIN = [22, 18]; // TypeScript run directly by Node (type stripping on by default) and Astro 7
var v = process.versions.node.split('.').map(Number);
if (v[0] < MIN[0] || (v[0] === MIN[0] && v[1] < MIN[1]) || (v[0] === 23 && v[1] < 6)) {
  console.error(
    'Node ' + process.versions.node + ' cannot run this project\'s scripts (they need Node ' + MIN.join('.') +
    ' or newer): run `npm install` (it installs the Node the project uses into node_modules/.bin), then use the npm commands (npm start, npm test).'
  );
  process.exit(1);
}
