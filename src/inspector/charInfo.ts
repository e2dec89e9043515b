import { charName } from './charName.ts';
import type { CharInfo } from './types.ts';

export function charInfo(
  text: string, index: number, length: number, position: number, codePoint: number, replacement?: string,
): CharInfo {
  const info: CharInfo = {
    index, length, position, codePoint, text: text.slice(index, index + length), name: charName(codePoint),
  };
  if (replacement !== undefined) info.replacement = replacement;
  return info;
}
