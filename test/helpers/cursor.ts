// Test texts with the cursor marked `<|>`: the text without the mark, and the mark's position (0-based, UTF-16).
import type { Position } from '../../core/types';

export const CURSOR = '<|>';

export function cursorAt(marked: string): { text: string; position: Position } {
  const i = marked.indexOf(CURSOR);
  if (i < 0) throw new Error('no cursor mark <|> in the test text');
  const before = marked.slice(0, i);
  const line = before.split('\n').length - 1;
  return { text: marked.replace(CURSOR, ''), position: { line, character: before.length - (before.lastIndexOf('\n') + 1) } };
}
