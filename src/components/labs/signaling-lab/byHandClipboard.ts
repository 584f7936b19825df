// Copying a description for the learner: the Clipboard API where the browser allows it, else the
// text is selected in its box so that the learner's own Ctrl+C (⌘C) copies it.

/** Copies `text`; returns what happened, for people. `box` holds the same text. */
export async function copyText(
  text: string,
  box: HTMLTextAreaElement | undefined,
): Promise<string> {
  const bytes = new TextEncoder().encode(text).length.toLocaleString('en');
  try {
    if (!navigator.clipboard)
      throw new DOMException('There is no Clipboard API here.', 'NotSupportedError');
    await navigator.clipboard.writeText(text);
    return `Copied ${bytes} bytes: paste them in the other tab.`;
  } catch (error) {
    box?.focus();
    box?.select();
    const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return `The browser refused to write the clipboard (${why}), which it may do when the page is not focused or the permission is off. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
  }
}
