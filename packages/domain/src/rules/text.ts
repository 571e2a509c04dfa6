/**
 * Text hygiene of every text a caller sends (API and import): characters that are invisible,
 * reorder what a reader sees (bidirectional overrides), break exports, or are stored differently
 * by each database (lone surrogates, NUL) are refused; everything else is stored NFC-normalised.
 */

/** Fields whose text may span lines (remarks, contents, descriptions …); every other text is one line. */
export const MULTILINE_FIELD =
  /(content|description|remark|note|summary|body|text|reason|comment|opinion|detail|measure|result|feedback|suggestion|address|situation|problem|plan|advice|reply|response|memo|basis|requirement|progress|achievement|highlight|experience)s?$/i;

export function isMultilineField(field: string): boolean {
  return MULTILINE_FIELD.test(
    field
      .split('.')
      .filter((p) => !/^\d+$/.test(p))
      .pop() ?? '',
  );
}

// C0 except tab (and newline where allowed), DEL, C1; bidi embeddings/overrides/isolates and marks.
// eslint-disable-next-line no-control-regex -- control characters are what these rules find and replace
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REFUSED = new RegExp([CONTROL, BIDI, LONE_SURROGATE].map((r) => r.source).join('|'), 'g');

function describe(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why this text is refused (Chinese, naming the character), or null when it is acceptable. */
export function textProblem(value: string, multiline: boolean): string | null {
  const lone = LONE_SURROGATE.exec(value);
  if (lone) return `含有不成对的代理字符 ${describe(lone[0])}`;
  const control = CONTROL.exec(value);
  if (control) return `含有控制字符 ${describe(control[0])}`;
  if (!multiline && value.includes('\n')) return '不能包含换行';
  const bidi = BIDI.exec(value);
  if (bidi) return `含有改变文字方向的字符 ${describe(bidi[0])}`;
  return null;
}

/** The text as stored: NFC, so the same word typed on two machines compares equal. */
export function normaliseText(value: string): string {
  return value.normalize('NFC');
}

/**
 * For exports of rows stored before these rules: every refused character becomes U+FFFD, so a
 * cell shows that something was there without it acting (line breaks kept).
 */
export function neutraliseText(value: string): string {
  return value.replace(REFUSED, '\uFFFD').normalize('NFC');
}
