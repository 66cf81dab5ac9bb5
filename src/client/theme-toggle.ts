/**
 * <theme-toggle>: System, Light or Dark. A stored "light" or "dark" wins (the inline theme script
 * applies it before first paint); "System" forgets the choice and follows the device, also when the
 * device changes while the page is open. Without JavaScript the control stays hidden.
 */
import { uiString } from './ui-strings';

const root = document.documentElement;
const system = matchMedia('(prefers-color-scheme: dark)');

function stored(): string | null {
  try {
    return localStorage.getItem('theme');
  } catch {
    return null;
  }
}

function apply(choice: string): void {
  root.dataset['theme'] =
    choice === 'light' || choice === 'dark' ? choice : system.matches ? 'dark' : 'light';
}

system.addEventListener('change', () => {
  const choice = stored();
  if (choice !== 'light' && choice !== 'dark') apply('system');
});

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    if (this.querySelector('select')) return;
    // Built from elements, not markup, so that the page's words are text whatever they hold.
    const label = document.createElement('label');
    label.className = 'theme-control';
    const name = document.createElement('span');
    name.textContent = uiString('theme');
    const select = document.createElement('select');
    for (const value of ['system', 'light', 'dark'] as const) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = uiString(value);
      select.append(option);
    }
    // In the header's bar (from 1024 px) the select alone, named for screen readers and on hover:
    // the bar has no room for the word beside the language switcher. The menu shows the word.
    if (this.closest('.menu-panel')) label.append(name, select);
    else {
      select.setAttribute('aria-label', name.textContent);
      select.title = name.textContent;
      label.append(select);
    }
    this.append(label);
    const choice = stored();
    select.value = choice === 'light' || choice === 'dark' ? choice : 'system';
    select.addEventListener('change', () => {
      try {
        if (select.value === 'system') localStorage.removeItem('theme');
        else localStorage.setItem('theme', select.value);
      } catch {
        // Private modes may refuse storage; the choice then lasts for this page only.
      }
      apply(select.value);
      // Every copy of the control (header and menu) shows the same state.
      for (const other of document.querySelectorAll('theme-toggle select'))
        (other as HTMLSelectElement).value = select.value;
    });
  }
}

customElements.define('theme-toggle', ThemeToggle);

export {};
