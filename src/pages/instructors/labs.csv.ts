/** Every lab link and preset as CSV (RFC 4180, UTF-8), for import into a learning platform. */
import type { APIRoute } from 'astro';
import { courseLabLinks } from '~/components/instructors/coursePack';
import { csvTable } from '~/lib/instructors/csv';
import { LAB_LINK_COLUMNS, labLinkRow } from '~/lib/instructors/labLinks';

/** The file, built once with the site. */
export const GET: APIRoute = async () => {
  const links = await courseLabLinks();
  return new Response(csvTable(LAB_LINK_COLUMNS, links.map(labLinkRow)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
