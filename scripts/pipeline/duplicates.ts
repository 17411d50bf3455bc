/**
 * A raw file dropped in twice must not count its figures twice (the copy would add observations and could take the
 * preferred flag). Two files are duplicates when their bytes are identical, or when they give the same figures
 * (same figure, same value) from the same source — a copy saved again with another encoding, line ending or row
 * order. Either stops the build, naming both files.
 */
import { figureHash, fnv1a, type Obs } from './normalise.ts';

/** An order-free fingerprint of the figures one file gives per source: count and two sums of per-figure hashes. */
export class FigureSets {
  private sets = new Map<string, { n: number; a: number; b: number }>();

  add(o: Obs): void {
    // the figure's two hashes (two seeds: together a 64-bit fingerprint), each continued over its value (no text per row)
    const value = `\0${o.value}`;
    const s = this.sets.get(o.source_id) ?? { n: 0, a: 0, b: 0 };
    s.n++;
    s.a = (s.a + fnv1a(value, figureHash(o, 2166136261))) >>> 0;
    s.b = (s.b + fnv1a(value, figureHash(o, 0x811c9dc5 ^ 0x5bd1e995))) >>> 0;
    this.sets.set(o.source_id, s);
  }

  /** One string per source (source id, count, fingerprint): files whose strings are equal give the same figures. */
  signature(): string {
    return [...this.sets].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([id, s]) => `${id}:${s.n}:${s.a}:${s.b}`).join('|');
  }
}

/** Tracks the files read so far; returns the problem with a new file, or null. */
export class DuplicateFiles {
  private byHash = new Map<string, string>();
  private bySet = new Map<string, string>();

  /** Identical bytes: checked before a file is read. */
  sameBytes(file: string, sha256: string): string | null {
    const first = this.byHash.get(sha256);
    if (first) return `${file} is the same file as ${first} (identical bytes, sha256 ${sha256.slice(0, 12)}…): remove one of them; a figure is never counted twice`;
    this.byHash.set(sha256, file);
    return null;
  }

  /** The same figures from the same source: checked once a file's figures are read. */
  sameFigures(file: string, figures: FigureSets): string | null {
    const sig = figures.signature();
    if (!sig) return null;
    const first = this.bySet.get(sig);
    if (first) return `${file} gives exactly the same figures from the same source(s) as ${first}: it is a copy; remove one of them; a figure is never counted twice`;
    this.bySet.set(sig, file);
    return null;
  }
}
