/**
 * The mobile menu (a <details> in the header, which opens and closes without JavaScript), with
 * JavaScript: while it is open, Tab and Shift+Tab stay inside it, Esc or a click outside closes it,
 * and focus goes back to its "Menu" button.
 */
/** The menu's controls Tab stops at, in order: its links, buttons and form fields (the theme choice). */
function focusables(menu: HTMLDetailsElement): HTMLElement[] {
  return [
    ...menu.querySelectorAll<HTMLElement>(
      'summary, a[href], button:not([hidden]), select, input:not([type="hidden"]), textarea',
    ),
  ].filter((element) => !(element as HTMLInputElement).disabled && element.checkVisibility());
}

function close(menu: HTMLDetailsElement): void {
  menu.open = false;
  menu.querySelector('summary')?.focus();
}

/** Wires one menu; safe to call again. */
export function enhanceMenu(menu: HTMLDetailsElement): void {
  if (menu.dataset['enhanced'] === 'true') return;
  menu.dataset['enhanced'] = 'true';
  menu.addEventListener('keydown', (event) => {
    if (!menu.open) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close(menu);
      return;
    }
    if (event.key !== 'Tab') return;
    const items = focusables(menu);
    const first = items[0];
    const last = items.at(-1);
    if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    } else if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (menu.open && event.target instanceof Node && !menu.contains(event.target)) close(menu);
  });
}
