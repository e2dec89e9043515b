import { hasBundledGlyph } from './hasBundledGlyph';

// Whether some font can draw a character, so the big glyph never shows an
// empty missing-glyph box. A bundled font's range needs no check
// (glyphFonts.ts). For any other character only the browser knows which
// installed fonts it would fall back to, so we draw the character on a canvas
// and compare it with how this browser draws a character no font has.
// Seen in Chromium 156 and Firefox ESR 153 (and worth re-checking): Chromium
// draws one .notdef box for every missing code point; Firefox a "hex box" with
// the code point's digits inside, whose width and frame are the same for every
// code point. Two noncharacters (U+FFFF, U+10FFFF: never assigned, so no font
// has them) give that box; the pixels on its outline that both share are the
// box's signature. A character drawn at the box's width with the whole
// signature is missing; so is one that draws nothing. When the canvas cannot
// be read faithfully (no canvas, or a privacy setting that adds noise, seen as
// the same reference drawn twice differently), the answer is "no": the code
// point (U+FF17) is shown, which is never wrong, only less pretty.

const FONT = '32px monospace';
const SIDE = 64;
const REFERENCES = ['\uFFFF', '\u{10FFFF}'];

interface Drawing {
  width: number;
  alpha: Uint8Array;
}
interface MissingBox {
  width: number;
  signature: Array<readonly [index: number, alpha: number]>;
}

let context: CanvasRenderingContext2D | null | undefined;
let box: MissingBox | null | undefined;
const known = new Map<number, boolean>();

function draw(ctx: CanvasRenderingContext2D, text: string): Drawing {
  ctx.clearRect(0, 0, SIDE, SIDE);
  ctx.fillText(text, 8, 8);
  const rgba = ctx.getImageData(0, 0, SIDE, SIDE).data;
  const alpha = new Uint8Array(SIDE * SIDE);
  for (let k = 0; k < alpha.length; k++) alpha[k] = rgba[k * 4 + 3]!;
  return { width: ctx.measureText(text).width, alpha };
}

const same = (a: Uint8Array, b: Uint8Array) => a.every((value, k) => value === b[k]);

/** How this browser draws a missing character, or null when the canvas cannot tell. */
function missingBox(ctx: CanvasRenderingContext2D): MissingBox | null {
  const [first, second] = REFERENCES.map((text) => draw(ctx, text)) as [Drawing, Drawing];
  if (!same(first.alpha, draw(ctx, REFERENCES[0]!).alpha)) return null; // noise: unreliable
  let [minX, minY, maxX, maxY] = [SIDE, SIDE, -1, -1];
  first.alpha.forEach((value, k) => {
    if (!value) return;
    const [x, y] = [k % SIDE, Math.floor(k / SIDE)];
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  });
  const signature: MissingBox['signature'] = [];
  first.alpha.forEach((value, k) => {
    const [x, y] = [k % SIDE, Math.floor(k / SIDE)];
    const outline = (x === minX || x === maxX || y === minY || y === maxY) && x >= minX && x <= maxX && y >= minY && y <= maxY;
    if (outline && value > 0 && value === second.alpha[k]) signature.push([k, value]);
  });
  return signature.length >= 8 ? { width: first.width, signature } : null;
}

function measure(text: string): boolean {
  if (context === undefined) {
    try {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = SIDE;
      context = canvas.getContext('2d', { willReadFrequently: true });
      if (context) {
        context.font = FONT;
        context.textBaseline = 'top';
        context.fillStyle = '#000';
      }
    } catch {
      context = null;
    }
  }
  if (!context) return false;
  if (box === undefined) box = missingBox(context);
  if (!box) return false;
  const drawing = draw(context, text);
  if (drawing.alpha.every((value) => value === 0)) return false; // draws nothing
  const missing = drawing.width === box.width && box.signature.every(([k, value]) => drawing.alpha[k] === value);
  return !missing;
}

/** Some bundled or installed font draws the first character of `text`. */
export function canDraw(text: string): boolean {
  const cp = text.codePointAt(0);
  if (cp === undefined) return false;
  if (hasBundledGlyph(cp)) return true;
  let answer = known.get(cp);
  if (answer === undefined) {
    answer = measure(text);
    known.set(cp, answer);
  }
  return answer;
}
