/**
 * manifest.json, the index of the published data: read by the site build, the browser and tests through this one
 * parser (callers bring the text: a file in Node, a fetch in the browser).
 */
import { SCHEMA_VERSION, type Manifest } from './schema.ts';

export const MANIFEST_FILE = 'manifest.json';

/** The manifest, checked for the schema version this code was written against. */
export function parseManifest(text: string): Manifest {
  const m = JSON.parse(text) as Manifest;
  if (m.schema_version !== SCHEMA_VERSION) {
    throw new Error(`${MANIFEST_FILE}: schema version ${m.schema_version}, this code reads version ${SCHEMA_VERSION}; run \`npm run data\``);
  }
  return m;
}
