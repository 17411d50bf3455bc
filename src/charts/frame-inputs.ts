/** Build-time helpers for the chart frame: control options from the data, the source list, a DOM for Plot (Node). */
import { parseHTML } from 'linkedom';
import type { Row } from '../contract/rows.ts';
import type { Bilingual, Lang } from '../contract/schema.ts';
import type { QueryRunner } from '../queries/runner.ts';
import type { ChartDefinition, ControlDef } from './definition.ts';
import type { SourceInfo } from './frame-html.ts';

/** `for`: the value of the control this option depends on (ControlDef.dependsOn); the option is offered only with it. */
export interface ResolvedControl { def: ControlDef; options: { value: string; label: Bilingual; for?: string }[] }

/** Static options as given; data options from the control's optionsQuery ({value, label_zh, label_en}). */
export async function resolveControls(def: ChartDefinition, runner: QueryRunner): Promise<ResolvedControl[]> {
  return Promise.all(
    def.controls.map(async (c) => {
      if (c.options) return { def: c, options: c.options.map((o) => ({ value: String(o.value), label: o.label })) };
      if (!c.optionsQuery) throw new Error(`${def.id}.${c.key}: a control needs options or optionsQuery`);
      const rows = await runner.query(c.optionsQuery);
      const words = (r: Row, lang: Lang) => (c.optionLabel ? c.optionLabel(r, lang) : String(r[`label_${lang}`] ?? r.value));
      return {
        def: c,
        options: rows.map((r) => ({
          value: String(r.value), label: { zh: words(r, 'zh'), en: words(r, 'en') },
          ...(c.dependsOn ? { for: String(r.for) } : {}),
        })),
      };
    }),
  );
}

let sourcesCache: Promise<Map<string, SourceInfo>> | null = null;
export function loadSources(runner: QueryRunner): Promise<Map<string, SourceInfo>> {
  sourcesCache ??= runner.query('source_list').then((rows) => new Map(rows.map((r) => [String(r.id), r as unknown as SourceInfo])));
  return sourcesCache;
}

/** A fresh lightweight DOM document (linkedom) for Plot to build SVG into at build time. */
export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
}
