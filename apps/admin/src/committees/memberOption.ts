/** "张三（高塘镇）" — a member in pickers, with their township to tell namesakes apart. */
export const memberOptionText = (m: { name?: string; township?: { name?: string } | null } | undefined): string =>
  m ? `${m.name ?? ''}${m.township?.name ? `（${m.township.name}）` : ''}` : '';
