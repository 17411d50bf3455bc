/**
 * A problem in the inputs (raw file, sidecar, catalogue, vocabulary) that stops the build before anything is
 * written, so the previous outputs stay in place. The message names the file (and row) at fault.
 */
export class BuildError extends Error {}
