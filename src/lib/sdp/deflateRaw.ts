// Raw DEFLATE (RFC 1951) through the Compression Streams API, which Chromium, Firefox, Safari and
// Node 24 all expose as CompressionStream('deflate-raw'). Typed here (the slice used) because
// src/lib compiles without the DOM library and without Node types.

interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
}
interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
interface ByteTransform {
  readable: { getReader(): ByteReader };
  writable: { getWriter(): ByteWriter };
}
type TransformConstructor = new (format: 'deflate-raw') => ByteTransform;
interface CompressionGlobals {
  CompressionStream?: TransformConstructor;
  DecompressionStream?: TransformConstructor;
}

const globals = globalThis as CompressionGlobals;

/** Whether this runtime can deflate and inflate (the Compression Streams API). */
export function deflateAvailable(): boolean {
  return (
    typeof globals.CompressionStream === 'function' &&
    typeof globals.DecompressionStream === 'function'
  );
}

async function pipe(transform: ByteTransform, input: Uint8Array): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Written while read: a large input would otherwise wait forever on the stream's backpressure.
  const writing = writer.write(input).then(() => writer.close());
  writing.catch(() => {}); // the reader sees the same error
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value) chunks.push(value);
  }
  await writing;
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** `bytes` compressed with raw DEFLATE; throws when the runtime lacks CompressionStream. */
export function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  if (!globals.CompressionStream) throw new Error('CompressionStream is not available');
  return pipe(new globals.CompressionStream('deflate-raw'), bytes);
}

/** `bytes` inflated from raw DEFLATE; rejects (TypeError) on corrupt or truncated data. */
export function inflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  if (!globals.DecompressionStream) throw new Error('DecompressionStream is not available');
  return pipe(new globals.DecompressionStream('deflate-raw'), bytes);
}
