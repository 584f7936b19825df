// a=fingerprint recomputed in the reader's browser: the SHA-256 (WebCrypto) of the Certificate
// bytes shown on the page, written the way SDP writes it and compared with the SDP's value.
import { hexBytes } from '~/lib/wire/subtle';

/** SHA-256 of the bytes as an SDP fingerprint: upper-case hex pairs joined by colons. */
export async function sdpFingerprint(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0').toUpperCase()).join(':');
}

/** Fills every fingerprint check of the page: the computed value and whether it equals the SDP's. */
export async function checkFingerprints(root: ParentNode): Promise<void> {
  const checks = root.querySelectorAll<HTMLElement>('[data-field="fingerprint-check"]');
  for (const check of checks) {
    const source = document.getElementById(check.dataset['for'] ?? '');
    const hex = source?.querySelector('.value')?.textContent?.replace(/[^0-9a-f]/gi, '') ?? '';
    const output = check.querySelector('.computed');
    if (!hex || !output) continue;
    const computed = await sdpFingerprint(hexBytes(hex));
    const equal = computed === (check.dataset['expected'] ?? '').toUpperCase();
    check.dataset['value'] = String(equal);
    output.textContent =
      `Computed in this page (WebCrypto SHA-256 of the ${hex.length / 2} certificate bytes): ` +
      `${computed}, ${equal ? 'equal to' : 'different from'} the a=fingerprint.`;
  }
}
