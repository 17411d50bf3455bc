/**
 * The only inline scripts the site ships: tiny steps that must run before the first paint (the theme, the embed's
 * mode). Inline so they cost no request; allowed by the Content-Security-Policy through their SHA-256 hashes
 * (src/site/csp.ts), so each is written into the page exactly as it stands here.
 */

/** Where the reader's theme choice is kept (src/client/theme.ts). */
export const THEME_KEY = 'chwd-theme';

/** Pages: the reader's saved theme. */
export const PAGE_THEME = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** Embeds: the host picks the theme with ?theme= and the controls with ?interactive=1. */
export const EMBED_MODE = `var q=new URLSearchParams(location.search),t=q.get('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t;if(q.get('interactive')==='1')document.documentElement.dataset.embed='interactive'`;

const NO_PRERENDER = `document.documentElement.classList.add('no-prerender')`;

/**
 * Development only (never in a build): ?noprerender hides the pre-rendered SVGs so charts appear only once drawn in
 * the browser.
 */
export const DEV_NO_PRERENDER = `if(new URLSearchParams(location.search).has('noprerender'))${NO_PRERENDER}`;

/**
 * The same switch for the benchmark on a built site, from outside the page: a script the browser runs before the
 * page's own (Playwright's page.addInitScript), marking <html> as soon as it exists.
 */
export const BENCH_NO_PRERENDER = `(function(){function m(){${NO_PRERENDER}}if(document.documentElement)m();else new MutationObserver(function(_,o){if(document.documentElement){m();o.disconnect()}}).observe(document,{childList:true})})()`;

/** The inline scripts a built page may carry. */
export const BUILD_SCRIPTS = [PAGE_THEME, EMBED_MODE];
