/** A readable message from anything thrown: the browser's own error name and message. */
export function describeError(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) {
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  }
  return String(error);
}
