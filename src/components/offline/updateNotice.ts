/**
 * The update notice of OfflineSupport.astro, loaded once the service worker is registered (so it
 * costs nothing up front): when a newer build's worker has precached everything, the polite live
 * region says so and shows Reload, which hands over to that worker and reloads. Never on the
 * first install: a page no worker served has nothing to update.
 */

/** Watches `registration` for a waiting worker and offers it in the notice inside `root`. */
export function watchForUpdates(registration: ServiceWorkerRegistration, root = document): void {
  const workers = navigator.serviceWorker;
  const text = root.querySelector<HTMLElement>('[data-update-text]');
  const actions = root.querySelector<HTMLElement>('[data-update-actions]');
  if (!text || !actions) return;
  let waiting: ServiceWorker | null = null;
  let reloading = false;
  // Whether a worker served this page: only then is a new worker an update of what it shows.
  let controlled = workers.controller !== null;

  const show = (ready: boolean) => {
    text.textContent = ready ? 'A new version of the course is ready.' : '';
    actions.hidden = !ready;
    if (text.parentElement) text.parentElement.dataset['ready'] = String(ready);
  };
  const offer = (worker: ServiceWorker | null) => {
    waiting = worker;
    show(true);
  };
  actions.querySelector('[data-action="reload-update"]')?.addEventListener('click', () => {
    reloading = true;
    if (waiting) waiting.postMessage('skip-waiting');
    else location.reload();
  });
  actions.querySelector('[data-action="dismiss-update"]')?.addEventListener('click', () => {
    show(false);
  });
  workers.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
    // Another tab accepted the update: this page still shows the previous build.
    else if (controlled) offer(null);
    controlled = true;
  });
  if (registration.waiting && workers.controller) offer(registration.waiting);
  const watchInstall = () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && workers.controller) offer(worker);
    });
  };
  watchInstall();
  registration.addEventListener('updatefound', watchInstall);
}
