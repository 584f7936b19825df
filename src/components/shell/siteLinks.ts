/** The site's pages besides the chapters, in the header on wide screens and in the menu drawer. */
export const SITE_LINKS = [
  { href: '/', label: 'Home' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/references/', label: 'References' },
  { href: '/tools/sdp/', label: 'SDP explainer' },
  { href: '/tools/stats/', label: 'Stats explorer' },
  { href: '/instructors/', label: 'For instructors' },
] as const;
