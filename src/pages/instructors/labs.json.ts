/** Every lab link and preset as JSON, for import into a learning platform. */
import type { APIRoute } from 'astro';
import { courseLabLinks } from '~/components/instructors/coursePack';

/** The file, built once with the site: `{ course, links: [...] }`, parameters as objects. */
export const GET: APIRoute = async () => {
  const links = await courseLabLinks();
  const body = { course: 'Learn WebRTC', links };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
