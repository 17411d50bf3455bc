// Plain JavaScript on purpose: it must run (and explain itself) on Node versions too old to run the .ts build scripts.
var required = [22, 12];
var parts = process.versions.node.split('.').map(Number);
var ok = parts[0] > required[0] || (parts[0] === required[0] && parts[1] >= required[1]);
if (!ok) {
  console.error(
    'This project needs Node ' + required.join('.') + ' or newer (found ' + process.versions.node + ').\n' +
    'The build scripts are TypeScript run directly by Node (type stripping), which older versions cannot do.\n' +
    'Install a current Node (see .nvmrc), e.g. `nvm install` in the project folder, then rerun.'
  );
  process.exit(1);
}
