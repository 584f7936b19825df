// The illustrated page's only up-front script: a link to a datagram or a field (#d12f3, or a
// stable alias such as #client-hello) opens the lists of fields around it, scrolls to it and
// moves the focus there, on load and on every in-page link. The fingerprint check loads once the
// SDP cross-links come near the screen.

/** Opens every closed <details> around the element with this id, shows it and focuses its link. */
export function revealAnchor(id: string): boolean {
  const target = id ? document.getElementById(id) : null;
  // Only the capture's own anchors: the skip link and the headings keep the browser's behaviour.
  if (!target?.closest('.datagrams, #media, #keys, .sdp-links')) return false;
  for (let el = target.parentElement; el; el = el.parentElement)
    if (el instanceof HTMLDetailsElement && !el.open) el.open = true;
  let focusable: HTMLElement | null =
    target instanceof HTMLAnchorElement ? target : target.querySelector('a');
  if (!focusable) {
    // A line of the end table has no link of its own: it takes the focus for the reader.
    target.tabIndex = -1;
    focusable = target;
  }
  focusable.focus({ preventScroll: true });
  target.scrollIntoView();
  return true;
}

const fromHash = () => {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
};

revealAnchor(fromHash());
window.addEventListener('hashchange', () => revealAnchor(fromHash()));

const links = document.querySelector('.sdp-links');
if (links) {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void import('./fingerprintCheck').then((m) => m.checkFingerprints(document));
    },
    { rootMargin: '400px 0px' },
  );
  observer.observe(links);
}
