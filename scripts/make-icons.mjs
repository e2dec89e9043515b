// Draws the extension icon at every size the stores ask for, as plain PNGs.
// The icon is ours: a text field holding a code, with a check badge. No seal,
// flag or federal imagery, so nobody mistakes the helper for USCIS itself.
// Run: node scripts/make-icons.mjs  (writes public/icon/<size>.png)
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [29, 78, 137];
const WHITE = [255, 255, 255];
const GREEN = [22, 128, 60];

// Signed distance to a rounded box centred at (cx, cy): negative inside.
function roundedBox(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
// Distance to a segment, for the check mark's strokes.
function segment(x, y, ax, ay, bx, by) {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy);
}

// The picture in a unit square, layer by layer: returns [r, g, b, a].
function paint(x, y) {
  let color = [0, 0, 0], alpha = 0;
  const layer = (inside, c) => { if (inside) { color = c; alpha = 1; } };
  layer(roundedBox(x, y, 0.5, 0.5, 0.5, 0.5, 0.18) < 0, BLUE);
  layer(roundedBox(x, y, 0.44, 0.56, 0.36, 0.15, 0.05) < 0, WHITE);
  for (const cx of [0.22, 0.39, 0.56]) layer(circle(x, y, cx, 0.56, 0.055) < 0, BLUE);
  layer(circle(x, y, 0.76, 0.28, 0.2) < 0, WHITE);
  layer(circle(x, y, 0.76, 0.28, 0.16) < 0, GREEN);
  const tick = Math.min(segment(x, y, 0.68, 0.28, 0.74, 0.35), segment(x, y, 0.74, 0.35, 0.85, 0.2));
  layer(tick < 0.03, WHITE);
  return [...color, alpha];
}

function render(size) {
  const S = 4; // 4x4 supersampling for smooth edges at 16 px
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0]; // PNG filter type 0 for each scanline
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
        const [cr, cg, cb, ca] = paint((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
        r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
      }
      row.push(a ? Math.round(r / a) : 0, a ? Math.round(g / a) : 0, a ? Math.round(b / a) : 0, Math.round((255 * a) / (S * S)));
    }
    rows.push(Buffer.from(row));
  }
  return png(size, Buffer.concat(rows));
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), render(size));
console.log(`icons: ${SIZES.join(', ')} px`);
