/**
 * The inline script that sets the theme before first paint (a stored choice wins, otherwise the
 * system preference), so the page never flashes the wrong one. It is the only inline script: the
 * Content-Security-Policy allows it by its hash (see csp.ts), so its text here is the text served.
 */
export const THEME_SCRIPT =
  "(()=>{let t=null;try{t=localStorage.getItem('theme')}catch{}if(t!=='light'&&t!=='dark')t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light';document.documentElement.dataset.theme=t})();";
