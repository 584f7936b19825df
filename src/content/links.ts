import type { Reference } from './schemas';

/** The URL of an RFC, pointing at a section when one is given ("5.1.2" or "Appendix B"). */
export function rfcUrl(rfc: number, section?: string): string {
  const base = `https://www.rfc-editor.org/rfc/rfc${rfc}`;
  if (!section) return base;
  const appendix = /^appendix\s+([a-z](?:\.\d+)*)$/i.exec(section.trim());
  if (appendix?.[1]) return `${base}#appendix-${appendix[1].toUpperCase()}`;
  const numbered = /^(\d+(?:\.\d+)*)$/.exec(section.trim());
  return numbered?.[1] ? `${base}#section-${numbered[1]}` : base;
}

/** Where a reference points: its own URL, or the RFC (and section) it names. */
export function referenceUrl(ref: Reference): string {
  if (ref.url) return ref.url;
  return rfcUrl(ref.rfc ?? 0, ref.section);
}

/** How a reference is cited in text: "RFC 8445 §5.1.2", or its title for other documents. */
export function referenceLabel(ref: Reference): string {
  if (ref.rfc === undefined) return ref.title;
  return ref.section ? `RFC ${ref.rfc} §${ref.section}` : `RFC ${ref.rfc}`;
}

/** The URL of a chapter page. */
export function chapterUrl(slug: string): string {
  return `/chapters/${slug}/`;
}

/** The URL that opens a lab in its chapter, with optional preset parameters. */
export function labUrl(chapterSlug: string, labId: string, preset: Record<string, string> = {}) {
  const query = new URLSearchParams({ lab: labId, ...preset });
  return `${chapterUrl(chapterSlug)}?${query.toString()}#lab-${labId}`;
}
