/**
 * Cuts the walkthrough's source into the pieces a learner sees: the text between
 * `// #region <name>` and `// #endregion`, without the markers and without the indentation
 * common to its lines. The two-windows lab shows these pieces and the chapter's DevTools
 * snippets are assembled from them, so both show exactly the code the lab runs.
 */

const START = /^\s*\/\/ #region (\S+)\s*$/;
const END = /^\s*\/\/ #endregion\b/;

/** Every region of `source` by name, dedented; throws on an unclosed or repeated region. */
export function cutRegions(source: string): Map<string, string> {
  const regions = new Map<string, string>();
  let name: string | null = null;
  let lines: string[] = [];
  for (const line of source.split(/\r?\n/)) {
    const start = START.exec(line);
    if (start) {
      if (name !== null) throw new Error(`region "${name}" is not closed before "${start[1]}"`);
      name = start[1]!;
      if (regions.has(name)) throw new Error(`region "${name}" appears twice`);
      lines = [];
    } else if (END.test(line)) {
      if (name === null) throw new Error('#endregion without a #region');
      regions.set(name, dedent(lines));
      name = null;
    } else if (name !== null) lines.push(line);
  }
  if (name !== null) throw new Error(`region "${name}" is not closed`);
  return regions;
}

/** The region `name` of `regions`; throws with the names there are when it is missing. */
export function region(regions: ReadonlyMap<string, string>, name: string): string {
  const text = regions.get(name);
  if (text === undefined) {
    throw new Error(`no region "${name}" (there are: ${[...regions.keys()].join(', ')})`);
  }
  return text;
}

/**
 * The names of the module's top-level variables a learner's console would declare: lines like
 * `let pc!: RTCPeerConnection;` outside any region.
 */
export function topLevelVariables(source: string): string[] {
  return [...source.matchAll(/^let (\w+)!?:/gm)].map((m) => m[1]!);
}

/** `lines` without the indentation they all share, blank lines at both ends dropped. */
function dedent(lines: readonly string[]): string {
  const kept = [...lines];
  while (kept.length && kept[0]!.trim() === '') kept.shift();
  while (kept.length && kept.at(-1)!.trim() === '') kept.pop();
  const indents = kept.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return kept.map((l) => l.slice(common)).join('\n');
}
