// The list of every lab link and preset, built from the pages that hold labs and the catalog.

/** A page that holds labs: a chapter (with its number) or a tool page. */
export interface LabPage {
  path: string;
  title: string;
  /** The chapter's number and slug; absent for a tool page. */
  chapter?: { order: number; slug: string };
  labs: readonly string[];
}

/** What the list needs to know of a lab (a structural slice of the lab catalog). */
export interface LabSummary {
  title: string;
  shows: string;
  presets: readonly { params: Readonly<Record<string, string>>; does: string }[];
}

/** One link: a lab as it opens (preset 0) or one of its presets (1, 2...). */
export interface LabLink {
  chapter: number | null;
  chapterSlug: string | null;
  page: string;
  pageTitle: string;
  lab: string;
  labTitle: string;
  preset: number;
  params: Record<string, string>;
  description: string;
  /** An absolute path: `/chapters/nat/?lab=nat-simulator&a=eim%2Fapdf#lab-nat-simulator`. */
  url: string;
}

/** One name or value as a form-encoded query writes it (what URLSearchParams gives). */
function formEncode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll('%20', '+');
}

/** Parameters as a query string, in their order: `a=eim%2Fapdf&run=1`. */
export function queryString(params: Readonly<Record<string, string>>): string {
  return Object.entries(params)
    .map(([name, value]) => `${formEncode(name)}=${formEncode(value)}`)
    .join('&');
}

/** The address that opens lab `id` on the page at `path`, with optional preset parameters. */
export function labLinkUrl(
  path: string,
  id: string,
  params: Readonly<Record<string, string>> = {},
): string {
  return `${path}?${queryString({ lab: id, ...params })}#lab-${id}`;
}

/** Every lab of every page, then each of its presets, in page order; unknown ids are skipped. */
export function labLinks(
  pages: readonly LabPage[],
  catalog: Readonly<Record<string, LabSummary>>,
): LabLink[] {
  return pages.flatMap((page) =>
    page.labs.flatMap((id) => {
      const lab = catalog[id];
      if (!lab) return [];
      const base = {
        chapter: page.chapter?.order ?? null,
        chapterSlug: page.chapter?.slug ?? null,
        page: page.path,
        pageTitle: page.title,
        lab: id,
        labTitle: lab.title,
      };
      const open = {
        ...base,
        preset: 0,
        params: {},
        description: lab.shows,
        url: labLinkUrl(page.path, id),
      };
      const presets = lab.presets.map((p, i) => ({
        ...base,
        preset: i + 1,
        params: { ...p.params },
        description: p.does,
        url: labLinkUrl(page.path, id, p.params),
      }));
      return [open, ...presets];
    }),
  );
}

/** The CSV columns, in order. */
export const LAB_LINK_COLUMNS = [
  'chapter',
  'chapter_slug',
  'page_title',
  'lab_id',
  'lab_title',
  'preset',
  'params',
  'description',
  'url',
] as const;

/** One CSV row of a link, in LAB_LINK_COLUMNS order; params as a query string. */
export function labLinkRow(link: LabLink): (string | number)[] {
  return [
    link.chapter ?? '',
    link.chapterSlug ?? '',
    link.pageTitle,
    link.lab,
    link.labTitle,
    link.preset,
    queryString(link.params),
    link.description,
    link.url,
  ];
}

/**
 * The same address, easier to read and type from paper: the `/`, `:`, `?`, `=` and `@` a query
 * value may hold are written plainly (a browser reads them back the same), the rest stays encoded.
 */
export function printableUrl(url: string): string {
  return url.replace(/%(2F|3A|3F|3D|40)/g, (escape) => decodeURIComponent(escape));
}
