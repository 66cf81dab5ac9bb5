/**
 * <theme-toggle>: a button that switches light and dark and remembers the choice. Without
 * JavaScript the button stays hidden and the system preference applies.
 */
class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.hidden = false;
    const sync = (): void => {
      const dark = document.documentElement.dataset['theme'] === 'dark';
      button.setAttribute('aria-pressed', String(dark));
    };
    sync();
    button.addEventListener('click', () => {
      const next = document.documentElement.dataset['theme'] === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem('theme', next);
      } catch {
        // Private modes may refuse storage; the choice then lasts for this page only.
      }
      sync();
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);
