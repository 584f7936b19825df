// A lab that reports a time starts its clock here, once the page has drawn what pressing Run
// changed (status, cleared results): that drawing is the page's work, not the connection's, and
// timed from the click it made the hello lab's "open after" about 1.5 times the bare figure.

/** A hidden page draws no frames; past this, the lab goes on without waiting for one. */
const HIDDEN_PAGE_CAP_MS = 100;

/**
 * Resolves after the next frame has been painted (a task queued from requestAnimationFrame runs
 * after the paint), or after 100 ms when no frame comes (a background tab).
 */
export function untilPainted(): Promise<void> {
  return new Promise((resolve) => {
    const cap = setTimeout(resolve, HIDDEN_PAGE_CAP_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(cap);
        resolve();
      }, 0),
    );
  });
}
