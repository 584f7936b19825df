/** A new element with an optional class and text (the review page draws with plain DOM calls). */
export function makeElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** A button of the review page: type="button", its action in data-action. */
export function makeButton(action: string, label: string, className = ''): HTMLButtonElement {
  const button = makeElement('button', className, label);
  button.type = 'button';
  button.dataset['action'] = action;
  return button;
}
