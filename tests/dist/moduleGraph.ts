import ts from 'typescript';

/**
 * The specifiers a module imports statically: `import … from`, bare `import "…"` and
 * `export … from`. Dynamic `import()` is left out: it loads only when the code asks for it.
 * Parsed, not pattern-matched, so a string that merely looks like an import is never counted.
 */
export function staticImports(source: string): string[] {
  const file = ts.createSourceFile('m.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const specifiers: string[] = [];
  for (const statement of file.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers;
}

/**
 * Every module URL reachable from `entries` through static imports, entries included, each once.
 * `source(url)` returns a module's text, or undefined when the URL is not in the built site.
 */
export function staticClosure(
  entries: readonly string[],
  source: (url: string) => string | undefined,
): { modules: string[]; missing: string[] } {
  const seen = new Set<string>();
  const missing: string[] = [];
  const queue = [...entries];
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (seen.has(url)) continue;
    seen.add(url);
    const text = source(url);
    if (text === undefined) {
      missing.push(url);
      continue;
    }
    for (const specifier of staticImports(text)) {
      // A bare specifier ("svelte") cannot load in a browser without an import map.
      queue.push(URL.canParse(specifier, url) ? new URL(specifier, url).href : specifier);
    }
  }
  return { modules: [...seen].filter((url) => !missing.includes(url)), missing };
}
