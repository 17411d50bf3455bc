/**
 * The browser's locale data, loaded ahead of the drawing code in two short tasks. The first number format a page
 * makes loads it (Plot makes one as its module is evaluated), about 60 ms in one piece at 4× CPU slowdown; a locale
 * first, then the number format, take under half that each.
 */
import { nextTask } from './tasks.ts';

/** Plot's own default locale (the one its module formats with as it loads). */
const PLOT_LOCALE = 'en-US';

let loaded: Promise<void> | null = null;

export function loadLocaleData(): Promise<void> {
  loaded ??= (async () => {
    await nextTask();
    new Intl.Locale(PLOT_LOCALE).maximize();
    await nextTask();
    new Intl.NumberFormat(PLOT_LOCALE).format(0);
  })();
  return loaded;
}
