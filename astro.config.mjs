// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { sdpGrammar } from './src/markdown/sdpGrammar.ts';
import { CODE_THEMES, loadCodeThemes } from './src/markdown/codeThemes.ts';
import { transformerStyleToClasses } from './src/markdown/shikiClasses.ts';
import { themeScriptHash } from './src/layouts/themeScript.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { offlineServiceWorker } from './src/integrations/serviceWorker.ts';

export default defineConfig({
  trailingSlash: 'always',
  // The service worker lists the built files, Pagefind's index included: it comes last.
  integrations: [mdx(), svelte(), pagefindSearch(), offlineServiceWorker()],
  markdown: {
    shikiConfig: {
      themes: CODE_THEMES,
      defaultColor: false,
      langs: [/** @type {any} */ (sdpGrammar)],
      wrap: true,
      // Classes instead of style attributes, which the CSP below blocks (src/styles/shiki-classes.css).
      transformers: [transformerStyleToClasses(await loadCodeThemes(CODE_THEMES))],
    },
  },
  // A Content Security Policy in a <meta> on every page. Astro adds the hashes of the scripts and
  // styles it inlines; nothing is allowed inline otherwise (no 'unsafe-inline', no style attributes).
  // Astro warns at build that shiki's inline styles break CSP: the transformer above removes them.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // The offline service worker (/sw.js) and the web app manifest, both from the site itself.
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: {
        // 'wasm-unsafe-eval' lets the search (Pagefind) compile its WebAssembly.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [themeScriptHash()],
      },
    },
  },
  // Styles as files, allowed by 'self': Astro hashes the <style> it inlines for a page's own
  // components, but not those of components used inside MDX chapters, which the CSP then blocks.
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  prefetch: false,
});
