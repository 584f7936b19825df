/**
 * The chapter's DevTools snippets, assembled from the walkthrough's own regions: what a learner
 * pastes into a browser console is the code the two-windows lab runs, with the pasted
 * description or the message written where the lab passes it in.
 */
import { cutRegions, region, topLevelVariables } from './regions';

/** The snippets the chapter shows, in the order a learner pastes them. */
export type SnippetPart = 'window-a' | 'window-b' | 'answer-in-a' | 'send-from-a' | 'send-from-b';

/** Each part's regions, and what stands for a step's input in the console. */
const PARTS: Record<SnippetPart, { regions: string[]; input?: [string, string]; declare?: true }> =
  {
    'window-a': {
      declare: true,
      regions: ['create-offerer', 'make-offer', 'wait-for-gathering', 'copy-description'],
    },
    'window-b': {
      declare: true,
      regions: [
        'create-answerer',
        'apply-offer',
        'make-answer',
        'wait-for-gathering',
        'copy-description',
      ],
      input: ['offer', 'PASTE_OFFER_HERE'],
    },
    'answer-in-a': { regions: ['apply-answer'], input: ['answer', 'PASTE_ANSWER_HERE'] },
    'send-from-a': { regions: ['send'], input: ['text', "'Hello from A'"] },
    'send-from-b': { regions: ['send'], input: ['text', "'Hello from B'"] },
  };

/** One DevTools snippet, built from the walkthrough's source text. */
export function devToolsSnippet(source: string, part: SnippetPart): string {
  const { regions: names, input, declare } = PARTS[part];
  const regions = cutRegions(source);
  const blocks = names.map((name) => {
    const text = region(regions, name);
    return input && /^apply-|^send$/.test(name) ? replaceWord(text, input[0], input[1]) : text;
  });
  if (declare) blocks.unshift(`let ${topLevelVariables(source).join(', ')};`);
  return blocks.join('\n\n');
}

/** `text` with every whole-word `word` outside string literals replaced by `by`. */
export function replaceWord(text: string, word: string, by: string): string {
  const pattern = new RegExp(`('[^']*'|"[^"]*"|\`[^\`]*\`)|\\b${word}\\b`, 'g');
  return text.replace(pattern, (_match, literal: string | undefined) => literal ?? by);
}
