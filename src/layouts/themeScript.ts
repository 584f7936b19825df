/**
 * The script Page.astro runs in <head> before the first paint, so that a theme the learner chose
 * never flashes the other one. It is inline (no request, and no JavaScript file on pages without
 * labs), so the Content Security Policy allows it by its hash, computed here from the same text.
 */
import { createHash } from 'node:crypto';

/** Applies the saved theme choice (localStorage 'theme') to <html data-theme>. */
export const THEME_SCRIPT =
  "try{const saved=localStorage.getItem('theme');" +
  "if(saved==='light'||saved==='dark')document.documentElement.dataset.theme=saved}catch{}";

/** The CSP source that allows THEME_SCRIPT: 'sha256-' and the base64 SHA-256 of its text. */
export function themeScriptHash(): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(THEME_SCRIPT, 'utf8').digest('base64')}`;
}
