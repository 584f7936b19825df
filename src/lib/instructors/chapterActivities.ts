// What a chapter's MDX body embeds for the learner to do: checked exercises and its quiz.

/** The kinds of checked exercise a chapter body embeds (`<Exercise kind="...">`), in order. */
export function exerciseKindsIn(body: string): string[] {
  const kinds = [...body.matchAll(/<Exercise\b[^>]*?\bkind="([a-z-]+)"/g)].map((m) => m[1] ?? '');
  return [...new Set(kinds)].filter(Boolean);
}

/** The id of the chapter's quiz (`<Quiz id="...">`), whose heading is `#<id>-title`. */
export function quizIdIn(body: string): string | undefined {
  return /<Quiz\b[^>]*?\bid="([^"]+)"/.exec(body)?.[1];
}
