/**
 * Addresses the site links to from data (a source's page, its locator): only absolute http(s) URLs ever become a
 * link or an address in a download. Anything else (javascript:, data:, vbscript:, a relative path, text that is not
 * a URL) is dropped, so a bad catalogue entry shows as a source without an address instead of running code.
 */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Browsers strip leading/trailing C0 controls and spaces and ignore tabs and newlines inside a URL.
  const text = value.trim();
  if (!/^https?:\/\//i.test(text) || /[\u0000-\u001f\u007f\s]/.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : null;
  } catch {
    return null;
  }
}
