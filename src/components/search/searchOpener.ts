/**
 * What the search control does before search is used: open the dialog from its button or the `/`
 * key (never while the learner types in a field), load ./searchDialog.ts on the first opening,
 * and on closing return focus where it was, unless a result was picked.
 */

/** Whether a key press lands in something the learner types into. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select') !== null;
}

/** Moves focus to the heading a same-page result points at, so reading continues from there. */
function focusFragment(hash: string): void {
  const target = document.getElementById(decodeURIComponent(hash.slice(1)));
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** Wires the header's search button, the dialog and the `/` shortcut on this page. */
export function openSearchOnSlash(): void {
  const opener = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const dialog = document.querySelector<HTMLDialogElement>('#site-search');
  if (!opener || !dialog) return;
  let returnTo: HTMLElement | null = null;
  let wired = false;

  const go = (url: string) => {
    const target = new URL(url, location.href);
    returnTo = null;
    dialog.close();
    location.assign(target.href);
    if (target.pathname === location.pathname && target.hash) focusFragment(target.hash);
  };

  const open = () => {
    if (dialog.open || document.querySelector('dialog[open]')) return;
    const focused = document.activeElement;
    returnTo = focused instanceof HTMLElement && focused !== document.body ? focused : opener;
    dialog.showModal();
    opener.setAttribute('aria-expanded', 'true');
    dialog.querySelector<HTMLInputElement>('[data-search-input]')?.select();
    if (!wired) {
      wired = true;
      void import('./searchDialog').then((m) => m.wireSearch(dialog, go));
    }
  };

  opener.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.defaultPrevented || isTyping(event.target)) return;
    event.preventDefault();
    open();
  });
  dialog.addEventListener('close', () => {
    opener.setAttribute('aria-expanded', 'false');
    returnTo?.focus({ preventScroll: true });
  });
  // A click on the dialog itself, outside its content, is a click on the backdrop.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
}
