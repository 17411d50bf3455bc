/** The most rows a query returns to the page (and to its downloads); more are counted as capped, not read. */
export const ROW_CAP = 100_000;
