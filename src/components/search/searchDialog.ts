/**
 * The search dialog's behaviour, loaded the first time a learner opens search: it loads Pagefind
 * from /pagefind/ on our own origin, runs the query as the learner types, fills the listbox and
 * drives it from the keyboard (combobox pattern: focus stays in the field, the arrows move
 * aria-activedescendant, Enter opens the active result).
 */
import { excerptParts } from './excerptParts';
import {
  resultCountText,
  searchOptions,
  type PagefindResultData,
  type SearchOption,
} from './searchOptions';

/** The part of Pagefind's JS API the dialog uses. */
interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    term: string,
    options?: object,
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Where the build writes Pagefind's files (src/integrations/pagefind.ts). */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** How many matching pages the list shows, each with up to three sections. */
const MAX_PAGES = 5;

async function loadPagefind(): Promise<Pagefind> {
  // A variable, so the bundler leaves the import to the browser: the file exists only after a build.
  const url = PAGEFIND_URL;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options({ excerptLength: 22 });
  await pagefind.init();
  return pagefind;
}

/** One option's DOM: page title, section title, and the excerpt built from text nodes. */
function optionElement(option: SearchOption, index: number): HTMLLIElement {
  const item = document.createElement('li');
  item.id = `site-search-option-${index}`;
  item.setAttribute('role', 'option');
  item.setAttribute('aria-selected', 'false');
  item.dataset['searchResult'] = option.url;
  const title = document.createElement('span');
  title.className = 'result-title';
  const page = document.createElement('span');
  page.className = 'result-page';
  page.textContent = option.pageTitle;
  title.append(page);
  if (option.sectionTitle !== '') {
    const section = document.createElement('span');
    section.className = 'result-section';
    section.textContent = option.sectionTitle;
    title.append(section);
  }
  const excerpt = document.createElement('span');
  excerpt.className = 'result-excerpt';
  for (const part of excerptParts(option.excerpt)) {
    if (!part.marked) excerpt.append(part.text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  item.append(title, excerpt);
  return item;
}

/** Wires the dialog's field and list; `go` is called with the URL of the result picked. */
export function wireSearch(dialog: HTMLDialogElement, go: (url: string) => void): void {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const list = dialog.querySelector<HTMLUListElement>('[data-search-results]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !list || !status) return;
  const pagefind = loadPagefind();
  // Handled where it is awaited; this keeps a failed load from being reported as unhandled first.
  pagefind.catch(() => undefined);
  let options: SearchOption[] = [];
  let active = -1;

  const activate = (index: number) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((item, i) => {
      item.setAttribute('aria-selected', String(i === index));
      if (i === index) item.scrollIntoView({ block: 'nearest' });
    });
    if (index >= 0) input.setAttribute('aria-activedescendant', `site-search-option-${index}`);
    else input.removeAttribute('aria-activedescendant');
  };

  const show = (found: SearchOption[], text: string) => {
    options = found;
    list.replaceChildren(...found.map(optionElement));
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    status.textContent = text;
    activate(found.length > 0 ? 0 : -1);
  };

  const run = async () => {
    const term = input.value.trim();
    if (term === '') return show([], '');
    let engine: Pagefind;
    try {
      engine = await pagefind;
    } catch {
      return show([], 'Search is not available: its index did not load.');
    }
    const search = await engine.debouncedSearch(term, {}, 120);
    if (search === null || input.value.trim() !== term) return;
    const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((r) => r.data()));
    if (input.value.trim() !== term) return;
    const found = searchOptions(pages);
    show(found, resultCountText(term, found.length, pages.length, search.results.length));
  };

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (options.length === 0) return;
    if (event.key === 'ArrowDown') activate((active + 1) % options.length);
    else if (event.key === 'ArrowUp') activate((active - 1 + options.length) % options.length);
    else if (event.key === 'Enter') go(options[Math.max(active, 0)]!.url);
    else return;
    event.preventDefault();
  });
  list.addEventListener('click', (event) => {
    const item = (event.target as Element).closest<HTMLElement>('[data-search-result]');
    if (item?.dataset['searchResult']) go(item.dataset['searchResult']);
  });
  void run();
}
