/**
 * <theme-toggle>: System, Light or Dark. A stored "light" or "dark" wins (the inline theme script
 * applies it before first paint); "System" forgets the choice and follows the device, also when the
 * device changes while the page is open. Without JavaScript the control stays hidden.
 */
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
    this.innerHTML =
      '<label class="theme-control"><span>Theme</span><select><option value="system">System</option><option value="light">Light</option><option value="dark">Dark</option></select></label>';
    const select = this.querySelector('select');
    if (!select) return;
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
