import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText } from '../../../src/cli/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}
function utf16le(text: string, bom = true): Uint8Array {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[(bom ? 2 : 0) + i * 2] = code & 0xff;
    bytes[(bom ? 2 : 0) + i * 2 + 1] = code >> 8;
  }
  return bytes;
}

describe('decodeHtml', () => {
  it.each<[string, Uint8Array, string, string]>([
    ['UTF-8 with a meta charset', utf8('<meta charset="utf-8"><p>Größe</p>'), 'UTF-8', 'Größe'],
    ['Latin-1 declared by meta charset', latin1('<meta charset="iso-8859-1"><p>Größe</p>'), 'windows-1252', 'Größe'],
    ['Latin-1 declared by http-equiv', latin1('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>Bäume</p>'), 'windows-1252', 'Bäume'],
    ['windows-1252 quotes', latin1('<meta charset="windows-1252"><p>\x84Hallo\x93</p>'), 'windows-1252', '„Hallo“'],
    ['UTF-8 without any declaration', utf8('<p>Größe</p>'), 'UTF-8', 'Größe'],
    ['legacy bytes without any declaration', latin1('<p>Größe</p>'), 'windows-1252', 'Größe'],
    ['a UTF-8 byte-order mark beats a wrong meta', utf8('\uFEFF<meta charset="iso-8859-1"><p>Größe</p>'), 'UTF-8', 'Größe'],
    ['a UTF-16 byte-order mark', utf16le('<p>Größe</p>'), 'UTF-16LE', 'Größe'],
    ['re-encoded UTF-8 under a stale Latin-1 meta', utf8('<meta charset="iso-8859-1"><p>Größe</p>'), 'UTF-8', 'Größe'],
    ['Shift_JIS declared by meta', Uint8Array.from([...utf8('<meta charset="shift_jis"><p>'), 0x93, 0xfa, 0x96, 0x7b, ...utf8('</p>')]), 'Shift_JIS', '日本'],
  ])('%s', (_label, bytes, encoding, expected) => {
    const decoded = decodeHtml(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain(expected);
    expect(decoded.text.startsWith('\uFEFF')).toBe(false);
  });
});

describe('decodeText', () => {
  it.each<[string, Uint8Array, string]>([
    ['UTF-8', utf8('Größe'), 'Größe'],
    ['UTF-8 with BOM', utf8('\uFEFFGröße'), 'Größe'],
    ['UTF-16 LE with BOM', utf16le('Größe'), 'Größe'],
    ['legacy bytes', latin1('Größe'), 'Größe'],
  ])('%s', (_label, bytes, expected) => {
    expect(decodeText(bytes).text).toBe(expected);
  });
});
