import { z } from 'zod';

/**
 * What every user-written text goes through at the contract, on both sides: characters no one
 * types on purpose are refused (controls, bidi overrides and isolates, zero-width characters,
 * lone surrogates), then the text is normalised (NFC, spaces collapsed, trimmed) before its
 * length is checked, so a text of spaces only counts as empty.
 */

// C0/C1 controls but tab, newline and carriage return (whitespace, normalised below).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Bidi marks, embeddings, overrides and isolates; zero-width and invisible formatting characters.
const INVISIBLE =
  /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:^|[^\ud800-\udbff])[\udc00-\udfff]/;

/** True when the text holds a character no user text may hold. */
export function hasJunk(value: string): boolean {
  return CONTROL.test(value) || INVISIBLE.test(value) || LONE_SURROGATE.test(value);
}

/** NFC, every run of whitespace one space, trimmed. */
export function oneLine(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** NFC, lines kept (at most one empty line between paragraphs), spaces collapsed, trimmed. */
export function paragraphs(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export interface TextOptions {
  /** Keeps line breaks (descriptions, duties …); otherwise the text is one line. */
  lines?: boolean;
}

/** A user-written text with Chinese messages naming the field. */
export function text(label: string, min: number, max: number, options: TextOptions = {}) {
  return z
    .string({ required_error: `请填写${label}`, invalid_type_error: `请填写${label}` })
    .refine((v) => !hasJunk(v), `${label}里有看不见的特殊字符，请删掉后重新输入`)
    .transform(options.lines ? paragraphs : oneLine)
    .pipe(
      z
        .string()
        .min(min, min <= 1 ? `请填写${label}` : `${label}至少${min}个字`)
        .max(max, `${label}最多${max}个字`),
    );
}
