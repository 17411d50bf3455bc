/**
 * The Explore page's query in its URL: `?sql=<query>`, so a link opens the page with that query and runs it. Other
 * parameters are kept; an empty query leaves the parameter out.
 */
export const SQL_PARAM = 'sql';

export function readSql(params: URLSearchParams): string | null {
  const sql = params.get(SQL_PARAM);
  return sql && sql.trim() ? sql : null;
}

export function writeSql(params: URLSearchParams, sql: string): URLSearchParams {
  const out = new URLSearchParams(params);
  if (sql.trim()) out.set(SQL_PARAM, sql);
  else out.delete(SQL_PARAM);
  return out;
}
