// The pre-paint theme script, as a string so astro.config.mjs can hash it for the CSP
// (Astro hashes the scripts it bundles, not is:inline ones).
export const THEME_INIT =
  "try{var t=localStorage.getItem('coffee-chat:theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
