// Decodes a saved page's bytes to text the way a browser would: a byte-order mark wins, then the
// page's own <meta charset> / http-equiv declaration; without either, UTF-8 when the bytes are valid
// UTF-8, else windows-1252 (the web's legacy default). One correction on top: saved pages are often
// re-encoded to UTF-8 while keeping their old `<meta charset="iso-8859-1">`; bytes that are valid UTF-8
// and use multi-byte sequences are practically never legacy text, so they are read as UTF-8.
import sniffHTMLEncoding from 'html-encoding-sniffer';

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

export interface DecodedPage {
  text: string;
  encoding: string;
}

/**
 * windows-1252's characters for bytes 0x80–0x9F (typographic quotes, dashes, €…). Node's TextDecoder
 * reads this range as ISO-8859-1 control characters, so it is mapped here; 0 marks the five unused bytes.
 */
const WINDOWS_1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (ch) => {
    const mapped = WINDOWS_1252_C1[ch.charCodeAt(0) - 0x80];
    return mapped ? String.fromCharCode(mapped) : ch;
  });
}

function decodeWith(bytes: Uint8Array, encoding: string): DecodedPage {
  if (/^(?:windows-1252|iso-8859-1|latin1|us-ascii|ascii)$/i.test(encoding)) return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  try {
    return { text: new TextDecoder(encoding.toLowerCase()).decode(bytes), encoding };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
  }
}

export function decodeHtml(bytes: Uint8Array): DecodedPage {
  const validUtf8 = isValidUtf8(bytes);
  const sniffed = sniffHTMLEncoding(bytes, { defaultEncoding: validUtf8 ? 'UTF-8' : 'windows-1252' });
  const multiByteUtf8 = validUtf8 && hasNonAscii(bytes);
  if (!hasBom(bytes) && sniffed !== 'UTF-8' && multiByteUtf8 && !/^UTF-16/.test(sniffed)) return decodeWith(bytes, 'UTF-8');
  return decodeWith(bytes, sniffed);
}

/** Plain-text files: BOM first (UTF-8 or UTF-16), then UTF-8 if valid, else windows-1252. */
export function decodeText(bytes: Uint8Array): DecodedPage {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes, 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes, 'UTF-16BE');
  return decodeWith(bytes, isValidUtf8(bytes) ? 'UTF-8' : 'windows-1252');
}
