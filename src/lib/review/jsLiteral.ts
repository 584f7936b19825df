// A reader for the JavaScript literals chapters write in MDX props (strings, numbers, booleans,
// null, arrays and objects with bare or quoted keys, trailing commas, comments). It evaluates
// nothing: anything else (a variable, a call, a template string) is a SyntaxError.

/** A value read from a literal, and the index just past it. */
export interface ReadLiteral {
  value: unknown;
  end: number;
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

/** Reads the literal that starts at `start` in `text` (after optional space); throws SyntaxError on anything else. */
export function readJsLiteral(text: string, start = 0): ReadLiteral {
  let i = start;
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at offset ${i}: ${JSON.stringify(text.slice(i, i + 30))}`);
  };
  const skip = () => {
    for (;;) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text.startsWith('//', i))
        i = text.includes('\n', i) ? text.indexOf('\n', i) : text.length;
      else if (text.startsWith('/*', i))
        i = text.indexOf('*/', i) < 0 ? fail('Open comment') : text.indexOf('*/', i) + 2;
      else return;
    }
  };
  const string = (): string => {
    const quote = text[i++];
    let out = '';
    while (i < text.length && text[i] !== quote) {
      let c = text[i++]!;
      if (c === '\n') fail('Line break in a string');
      if (c === '\\') {
        c = text[i++] ?? fail('Escape at the end');
        if (c === 'u') {
          const hex = /^[0-9a-fA-F]{4}/.exec(text.slice(i))?.[0] ?? fail('Bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          continue;
        }
        if (c === '\n') continue;
        c = ESCAPES[c] ?? c;
      }
      out += c;
    }
    if (text[i] !== quote) fail('Unclosed string');
    i++;
    return out;
  };
  const list = <T>(close: string, item: () => T): T[] => {
    i++;
    const items: T[] = [];
    for (;;) {
      skip();
      if (text[i] === close) {
        i++;
        return items;
      }
      items.push(item());
      skip();
      if (text[i] === ',') i++;
      else if (text[i] !== close) fail(`Expected , or ${close}`);
    }
  };
  const value = (): unknown => {
    skip();
    const c = text[i];
    if (c === '[') return list(']', value);
    if (c === '{') {
      const entries = list('}', () => {
        const key = text[i] === "'" || text[i] === '"' ? string() : word();
        skip();
        if (text[i++] !== ':') fail('Expected :');
        return [key, value()] as const;
      });
      const object: Record<string, unknown> = Object.create(null);
      for (const [key, v] of entries) object[key] = v;
      return object;
    }
    if (c === "'" || c === '"') return string();
    const number = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i))?.[0];
    if (number) {
      i += number.length;
      return Number(number);
    }
    const name = word();
    if (name === 'true' || name === 'false') return name === 'true';
    if (name === 'null') return null;
    return fail(`Not a literal (${name})`);
  };
  const word = (): string => {
    const name = /^[A-Za-z_$][\w$]*/.exec(text.slice(i))?.[0] ?? fail('Expected a name');
    i += name.length;
    return name;
  };
  const result = value();
  return { value: result, end: i };
}
