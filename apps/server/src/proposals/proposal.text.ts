/** Text as stored: trimmed, and null when nothing is left. */
export function trimmed(s: string | null | undefined): string | null {
  return s == null || s.trim() === '' ? null : s.trim();
}

/** A history note from parts, e.g. 满意：办理认真; null when every part is empty. */
export function joinNote(...parts: (string | null | undefined)[]): string | null {
  return parts.map(trimmed).filter(Boolean).join('：') || null;
}
