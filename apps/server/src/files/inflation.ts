import { Transform, type TransformCallback } from 'node:stream';

/** How far an archive (an .xlsx, a gzip'd dump, an attachment) may inflate. */
export interface InflationLimits {
  /** Inflated bytes of one entry (a zip member, a gzip stream) at most. */
  maxEntryBytes: number;
  /** Inflated bytes of all the archive's entries together at most. */
  maxTotalBytes: number;
  /**
   * Inflated ÷ compressed bytes of an entry at most, once it has inflated past
   * `ratioGraceBytes`: ordinary documents deflate 3–30×, bombs hundreds to a thousand×.
   */
  maxRatio: number;
  /** Small entries may be as repetitive as they like (default 1 MB). */
  ratioGraceBytes?: number;
}

export type InflationLimit = 'entry' | 'total' | 'ratio' | 'declared' | 'format';

/** An archive refused: which limit, and a Chinese message for the user. */
export class InflationLimitError extends Error {
  constructor(
    message: string,
    readonly limit: InflationLimit,
  ) {
    super(message);
    this.name = 'InflationLimitError';
  }
}

export const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * The inflated bytes of one archive, counted against its limits while they stream. One
 * budget per archive, shared by its entries; `meter` is put after each entry's inflater and
 * fails the stream at the first limit crossed, so nothing past a limit is ever inflated.
 */
export class InflationBudget {
  private total = 0;

  constructor(
    readonly limits: InflationLimits,
    /** What the archive is, for messages: 「上传的文件」, 「备份文件」 */
    readonly what: string,
  ) {}

  get inflatedBytes(): number {
    return this.total;
  }

  /** Refuses before inflating anything when the sizes an archive declares already cross a limit. */
  checkDeclared(entry: string, compressed: number, declared: number, declaredTotal: number): void {
    const { maxEntryBytes, maxTotalBytes, maxRatio, ratioGraceBytes = 1024 * 1024 } = this.limits;
    if (declared > maxEntryBytes)
      throw this.refuse('entry', `${entry} 解压后为 ${megabytes(declared)}，超过上限 ${megabytes(maxEntryBytes)}`);
    if (declaredTotal > maxTotalBytes)
      throw this.refuse('total', `解压后共 ${megabytes(declaredTotal)}，超过上限 ${megabytes(maxTotalBytes)}`);
    if (declared > ratioGraceBytes && declared > maxRatio * Math.max(1, compressed))
      throw this.refuse('ratio', `${entry} 的压缩比超过 ${maxRatio} 倍`);
  }

  /**
   * A pass-through for one entry's inflated bytes. `compressed()` is how many compressed
   * bytes of the entry the inflater has been given so far (or its whole compressed size);
   * `declared` what the archive says the entry inflates to, when it says.
   */
  meter(entry: string, compressed: () => number, declared?: number): Transform {
    const { maxEntryBytes, maxTotalBytes, maxRatio, ratioGraceBytes = 1024 * 1024 } = this.limits;
    let inflated = 0;
    return new Transform({
      transform: (chunk: Buffer, _encoding, done: TransformCallback) => {
        inflated += chunk.length;
        this.total += chunk.length;
        if (declared !== undefined && inflated > declared)
          return done(this.refuse('declared', `${entry} 解压后的实际大小超过其声明的 ${megabytes(declared)}`));
        if (inflated > maxEntryBytes)
          return done(this.refuse('entry', `${entry} 解压后超过上限 ${megabytes(maxEntryBytes)}`));
        if (this.total > maxTotalBytes) return done(this.refuse('total', `解压后超过上限 ${megabytes(maxTotalBytes)}`));
        if (inflated > ratioGraceBytes && inflated > maxRatio * Math.max(1, compressed()))
          return done(this.refuse('ratio', `${entry} 的压缩比超过 ${maxRatio} 倍`));
        done(null, chunk);
      },
    });
  }

  refuse(limit: InflationLimit, detail: string): InflationLimitError {
    const tail = limit === 'format' ? '' : '，疑似压缩炸弹，已拒绝';
    return new InflationLimitError(`${this.what}：${detail}${tail}`, limit);
  }
}
