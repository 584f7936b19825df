// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { sdpGrammar } from './src/markdown/sdpGrammar.ts';

export default defineConfig({
  trailingSlash: 'always',
  integrations: [mdx(), svelte()],
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      langs: [/** @type {any} */ (sdpGrammar)],
      wrap: true,
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
