// @ts-check
/**
 * The one inline script of the site: it runs in <head> before the first paint and applies
 * the theme the reader chose (light or dark; none means the system's), so that no page
 * flashes in the wrong colours. The CSP allows exactly this text by its hash
 * (astro.config.mjs), so it must stay a constant string.
 */
export const THEME_STORAGE_KEY = 'atlas-theme';

export const THEME_BOOT = `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
