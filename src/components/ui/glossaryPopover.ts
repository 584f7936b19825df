/**
 * Glossary popovers in chapter prose (GlossaryTerm.astro). CSS shows a popover while its term is
 * hovered or has keyboard focus; this script lets Escape hide it without moving focus (WCAG
 * 1.4.13), brings it back once pointer and focus have left, and keeps it inside the viewport.
 * A term whose popover stays open a moment, or whose link is followed, is noted as met in the
 * learner's progress (the /review/ page asks it later); the store loads only then.
 */
const WRAP = '.gt';
const DISMISSED = 'gt-dismissed';
const ABOVE = 'gt-above';
const MARGIN = 8;
/** How long a popover must stay open before its term counts as met (a passing pointer does not). */
const MET_AFTER_MS = 600;
const metTimers = new WeakMap<HTMLElement, number>();

/** Notes the wrapper's term as met in the learner's progress. */
function noteMet(wrap: HTMLElement): void {
  const id = /^\/glossary\/#(.+)$/.exec(
    wrap.querySelector('a.term')?.getAttribute('href') ?? '',
  )?.[1];
  if (id) void import('~/components/progress/progressStore').then((s) => s.markTermMet(id));
}

/** Starts (or, with `open` false, cancels) the wait after which an open popover's term is met. */
function watchMet(wrap: HTMLElement, open: boolean): void {
  clearTimeout(metTimers.get(wrap));
  if (!open) return;
  metTimers.set(wrap, window.setTimeout(noteMet, MET_AFTER_MS, wrap));
}

/** Shifts a shown popover back inside the viewport, or above its term when there is no room below. */
function place(wrap: HTMLElement): void {
  const pop = wrap.querySelector<HTMLElement>('.gt-pop');
  if (!pop) return;
  pop.style.setProperty('--gt-shift', '0px');
  wrap.classList.remove(ABOVE);
  const box = pop.getBoundingClientRect();
  if (box.width === 0) return;
  const width = document.documentElement.clientWidth;
  let shift = 0;
  if (box.right > width - MARGIN) shift = width - MARGIN - box.right;
  if (box.left + shift < MARGIN) shift = MARGIN - box.left;
  pop.style.setProperty('--gt-shift', `${Math.round(shift)}px`);
  const term = wrap.getBoundingClientRect();
  if (box.bottom > window.innerHeight && term.top - box.height > MARGIN) wrap.classList.add(ABOVE);
}

/** The term wrapper an event happened in, if any. */
function wrapOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(WRAP) : null;
}

document.addEventListener('mouseover', (event) => {
  const wrap = wrapOf(event.target);
  if (wrap && !wrap.contains(event.relatedTarget as Node | null)) {
    place(wrap);
    watchMet(wrap, true);
  }
});
document.addEventListener('focusin', (event) => {
  const wrap = wrapOf(event.target);
  if (wrap) {
    place(wrap);
    watchMet(wrap, true);
  }
});
document.addEventListener('click', (event) => {
  const wrap = wrapOf(event.target);
  if (wrap) noteMet(wrap);
});
document.addEventListener('mouseout', (event) => {
  const wrap = wrapOf(event.target);
  if (wrap && !wrap.contains(event.relatedTarget as Node | null)) {
    wrap.classList.remove(DISMISSED);
    watchMet(wrap, wrap.matches(':focus-within'));
  }
});
document.addEventListener('focusout', (event) => {
  const wrap = wrapOf(event.target);
  if (wrap && !wrap.contains(event.relatedTarget as Node | null)) {
    wrap.classList.remove(DISMISSED);
    watchMet(wrap, wrap.matches(':hover'));
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const wrap of document.querySelectorAll<HTMLElement>(
    `${WRAP}:hover, ${WRAP}:focus-within`,
  )) {
    wrap.classList.add(DISMISSED);
  }
});
