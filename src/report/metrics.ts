/**
 * Figures and tables built from what every run records: its logged metric rows (one object per
 * logged step, as in metrics.jsonl) and its final numbers. Shared by the experiments' `report`s.
 */
import type { Series, Table } from './types.js';

/** One logged row: the step and the values logged at it (null: not finite). */
export interface LoggedRow {
  readonly step: number;
  readonly [name: string]: number | null;
}

/**
 * The curve of metric `key` against the step, over the rows that logged it. With
 * `positive: true` only positive values are kept (for a logarithmic axis).
 */
export function metricSeries(rows: readonly LoggedRow[], key: string, label = key, options: { readonly positive?: boolean } = {}): Series {
  const kept = rows.filter((m) => typeof m[key] === 'number' && (options.positive !== true || m[key] > 0));
  return { name: label, x: kept.map((m) => m.step), y: kept.map((m) => m[key] as number) };
}

/** The final numbers of a run, one row per quantity. */
export function summaryTable(summary: Readonly<Record<string, number | null>>, title = 'Final numbers'): Table {
  return { title, columns: ['quantity', 'value'], rows: Object.entries(summary) };
}
