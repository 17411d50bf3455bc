/**
 * Data-table columns the charts share (the table under a chart and its CSV/JSON downloads show exactly these):
 * one definition per kind of column, labelled from the string catalogue.
 */
import type { TableColumn } from '../contract/rows.ts';
import { bi, type StringKey } from '../i18n/index.ts';

export const column = (key: string, labelKey: StringKey, format: TableColumn['format'] = 'text'): TableColumn =>
  ({ key, label: bi(labelKey), format });

export const COL = {
  year: column('year', 'col.year', 'year'),
  value: column('value', 'col.value', 'number'),
  percent: column('value', 'col.percent', 'number'),
  perThousand: column('value', 'col.perThousand', 'number'),
  perTenThousand: column('value', 'col.perTenThousand', 'number'),
  published: column('value_published', 'col.published'),
  unit: column('unit', 'col.unit'),
  kind: column('kind', 'col.kind'),
  policy: column('policy', 'col.policy'),
  cadre: column('cadre', 'col.cadre'),
  measure: column('measure', 'col.measure'),
  source: column('source', 'col.source'),
  secondary: column('is_secondary', 'col.secondary'),
  derived: column('is_derived', 'col.derived'),
} as const;
