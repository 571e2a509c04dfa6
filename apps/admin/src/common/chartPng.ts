// Chart → PNG: serialise the chart's SVG, draw it on a canvas (2× for sharp text) under a
// title, add the legend (recharts draws legends as HTML, outside the SVG) and save the file.
import { saveBlob } from './download';

export interface LegendItem {
  label: string;
  color: string;
}

export interface PngOptions {
  title?: string;
  subtitle?: string;
  legend?: readonly LegendItem[];
  scale?: number;
}

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

/** The chart's own SVG inside a container (recharts' root has class recharts-surface). */
export function chartSvg(container: HTMLElement | null): SVGSVGElement | null {
  if (!container) return null;
  // Legend icons are small recharts-surface SVGs too: take the wrapper's own.
  return (
    (container.querySelector('.recharts-wrapper > svg.recharts-surface') as SVGSVGElement | null) ??
    (container.querySelector('svg.recharts-surface') as SVGSVGElement | null) ??
    container.querySelector('svg')
  );
}

/** A standalone SVG document: explicit size, white background, inline font. */
export function serialiseSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 600));
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 400));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('style', `font-family: ${FONT}; font-size: 12px; background: #fff`);
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('x', '0');
  bg.setAttribute('y', '0');
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', '#ffffff');
  clone.insertBefore(bg, clone.firstChild);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('图表图片生成失败'));
    img.src = url;
  });
}

/** Rows of legend entries that fit the width. */
function legendRows(ctx: CanvasRenderingContext2D, items: readonly LegendItem[], width: number): LegendItem[][] {
  const rows: LegendItem[][] = [[]];
  let x = 0;
  for (const item of items) {
    const w = 18 + ctx.measureText(item.label).width + 24;
    if (x + w > width - 32 && rows[rows.length - 1].length) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1].push(item);
    x += w;
  }
  return rows;
}

export async function svgToPngBlob(svg: SVGSVGElement, options: PngOptions = {}): Promise<Blob> {
  const scale = options.scale ?? 2;
  const { text, width, height } = serialiseSvg(svg);
  const top = (options.title ? 34 : 8) + (options.subtitle ? 20 : 0);
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `13px ${FONT}`;
  const rows = options.legend?.length ? legendRows(measure, options.legend, width) : [];
  const bottom = rows.length ? rows.length * 22 + 12 : 8;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round((height + top + bottom) * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height + top + bottom);
  ctx.textBaseline = 'middle';
  if (options.title) {
    ctx.fillStyle = '#222';
    ctx.font = `600 16px ${FONT}`;
    ctx.fillText(options.title, 16, 20);
  }
  if (options.subtitle) {
    ctx.fillStyle = '#666';
    ctx.font = `12px ${FONT}`;
    ctx.fillText(options.subtitle, 16, options.title ? 42 : 16);
  }

  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    ctx.drawImage(img, 0, top, width, height);
  } finally {
    URL.revokeObjectURL(url);
  }

  ctx.font = `13px ${FONT}`;
  rows.forEach((row, r) => {
    const y = top + height + 14 + r * 22;
    const rowWidth = row.reduce((w, item) => w + 18 + ctx.measureText(item.label).width + 24, -24);
    let x = Math.max(16, (width - rowWidth) / 2);
    for (const item of row) {
      ctx.fillStyle = item.color;
      ctx.fillRect(x, y - 6, 12, 12);
      ctx.fillStyle = '#333';
      ctx.fillText(item.label, x + 18, y);
      x += 18 + ctx.measureText(item.label).width + 24;
    }
  });

  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('图表图片生成失败'))), 'image/png'),
  );
}

/** A file name without characters that file systems refuse. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|]+/g, '_').trim() || 'chart';
}

export async function downloadChartPng(
  container: HTMLElement | null,
  fileName: string,
  options: PngOptions = {},
): Promise<void> {
  const svg = chartSvg(container);
  if (!svg) throw new Error('没有可下载的图表');
  const blob = await svgToPngBlob(svg, options);
  saveBlob(blob, `${safeFileName(fileName)}.png`);
}
