// The text of each page of a PDF Chromium printed (Skia's output: objects not in object streams,
// Flate streams, text shown as glyph ids with a ToUnicode CMap per font), enough to check what a
// printed page says, e.g. that every page of a statement names its environment. Not a general
// PDF reader: no object streams, no encryption, no Type 3 fonts.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const m of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const at = body.search(/\bstream\r?\n/);
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body });
      continue;
    }
    const dataStart = start + at + (body.slice(at).startsWith('stream\r\n') ? 8 : 7);
    const dataEnd = start + body.lastIndexOf('endstream');
    const raw = pdf.subarray(dataStart, dataEnd);
    let stream = raw;
    if (/\/FlateDecode/.test(body.slice(0, at)))
      try {
        stream = inflateSync(raw);
      } catch {
        stream = Buffer.alloc(0); // a font program or an image we do not need
      }
    objects.set(Number(m[1]), { dict: body.slice(0, at), stream });
  }
  return objects;
}

const ref = (dict: string, key: string) => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : undefined;
};
const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/** glyph id (4 hex digits) → text, from a ToUnicode CMap. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(src!.toUpperCase(), utf16(dst!));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, dst] of block[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const first = Number.parseInt(dst!, 16);
      for (let g = Number.parseInt(lo!, 16); g <= Number.parseInt(hi!, 16); g += 1)
        map.set(
          g.toString(16).toUpperCase().padStart(lo!.length, '0'),
          String.fromCodePoint(first + g - Number.parseInt(lo!, 16)),
        );
    }
  return map;
}

/** Each page's text, in content order (no spacing rules: words may run together). */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page\b/.test(o.dict));
  return pages.map((page) => {
    const resources = ref(page.dict, 'Resources');
    const resDict = resources === undefined ? page.dict : (objects.get(resources)?.dict ?? '');
    const fontsDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resDict)?.[1] ?? '';
    const fonts = new Map<string, Map<string, string>>();
    for (const [, name, id] of fontsDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const cmapId = ref(objects.get(Number(id))?.dict ?? '', 'ToUnicode');
      const cmap = cmapId === undefined ? undefined : objects.get(cmapId)?.stream;
      fonts.set(name!, cmap ? toUnicode(cmap.toString('latin1')) : new Map());
    }
    const contents = ref(page.dict, 'Contents');
    const content =
      contents === undefined ? '' : (objects.get(contents)?.stream?.toString('latin1') ?? '');
    let font = new Map<string, string>();
    let text = '';
    const decode = (hex: string) => {
      for (let i = 0; i < hex.length; i += 4)
        text += font.get(hex.slice(i, i + 4).toUpperCase()) ?? '';
    };
    for (const m of content.matchAll(
      /\/(\w+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ/g,
    )) {
      if (m[1] !== undefined) font = fonts.get(m[1]) ?? new Map();
      else if (m[2] !== undefined) decode(m[2]);
      else for (const [, hex] of m[3]!.matchAll(/<([0-9A-Fa-f]*)>/g)) decode(hex!);
      if (m[2] !== undefined || m[3] !== undefined) text += ' ';
    }
    return text;
  });
}
