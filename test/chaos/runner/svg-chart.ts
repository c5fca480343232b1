/** One line of a chart: its name, colour and points (x in seconds, y in the chart's unit; null = gap). */
export interface Series {
  readonly name: string;
  readonly color: string;
  readonly points: readonly (readonly [number, number | null])[];
}

const W = 640;
const H = 220;
const PAD = { left: 64, right: 16, top: 24, bottom: 30 };

/** 1500 → 1.5k, 2000000 → 2M: axis labels that fit the margin. */
const compact = (v: number): string =>
  v >= 1e6
    ? `${+(v / 1e6).toPrecision(3)}M`
    : v >= 1e4
      ? `${+(v / 1e3).toPrecision(3)}k`
      : `${+v.toPrecision(3)}`;

export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const niceMax = (v: number): number => {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * p).find((m) => m >= v)!;
};

function frame(title: string, unit: string, xMax: number, yMax: number, xLabel: string): string {
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const y = (f: number): number => PAD.top + (1 - f) * (H - PAD.top - PAD.bottom);
  const x = (f: number): number => PAD.left + f * (W - PAD.left - PAD.right);
  return [
    `<text x="${PAD.left}" y="16" class="title">${escapeHtml(title)}</text>`,
    ...ticks.map(
      (f) =>
        `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(f)}" y2="${y(f)}" class="grid"/>` +
        `<text x="${PAD.left - 6}" y="${y(f) + 4}" class="axis" text-anchor="end">${compact(f * yMax)}${unit}</text>`,
    ),
    ...ticks.map(
      (f) =>
        `<text x="${x(f)}" y="${H - 10}" class="axis" text-anchor="middle">${Math.round(f * xMax)}${xLabel}</text>`,
    ),
  ].join('');
}

/** A line chart as inline SVG (no script, no network). */
export function lineChart(title: string, unit: string, series: readonly Series[]): string {
  const all = series.flatMap((s) => s.points);
  const xMax = Math.max(1, ...all.map(([x]) => x));
  const yMax = niceMax(Math.max(0, ...all.map(([, y]) => y ?? 0)));
  const px = (x: number): number => PAD.left + (x / xMax) * (W - PAD.left - PAD.right);
  const py = (y: number): number => PAD.top + (1 - y / yMax) * (H - PAD.top - PAD.bottom);
  const paths = series.map((s) => {
    let d = '';
    let pen = 'M';
    for (const [x, y] of s.points) {
      if (y === null) continue; // a window without data: the line goes straight on to the next point
      d += `${pen}${px(x).toFixed(1)},${py(y).toFixed(1)} `;
      pen = 'L';
    }
    return `<path d="${d.trim()}" fill="none" stroke="${s.color}" stroke-width="1.5" class="series"><title>${escapeHtml(s.name)}</title></path>`;
  });
  // the legend sits in the plot's top-right corner, one line per series, on a white box
  const legend = series
    .map((s, i) => {
      const y = PAD.top + 14 + i * 14;
      return `<text x="${W - PAD.right - 8}" y="${y}" class="legend" text-anchor="end" fill="${s.color}">■ ${escapeHtml(s.name)}</text>`;
    })
    .join('');
  const box = `<rect x="${W - PAD.right - 110}" y="${PAD.top + 2}" width="104" height="${series.length * 14 + 4}" class="legend-box"/>`;
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(title)}">${frame(title, unit, xMax, yMax, ' s')}${paths.join('')}${box}${legend}</svg>`;
}

/** A bar chart as inline SVG: one bar per item, labelled below, the bound drawn as a dashed line. */
export function barChart(
  title: string,
  unit: string,
  bars: readonly { label: string; value: number | null }[],
  bound?: number,
): string {
  const yMax = niceMax(Math.max(bound ?? 0, ...bars.map((b) => b.value ?? 0)));
  const inner = W - PAD.left - PAD.right;
  const step = inner / Math.max(1, bars.length);
  const py = (y: number): number => PAD.top + (1 - y / yMax) * (H - PAD.top - PAD.bottom);
  const rects = bars.map((b, i) => {
    const x = PAD.left + i * step + step * 0.15;
    const v = b.value ?? yMax;
    const cls = b.value === null ? 'bar failed' : 'bar';
    return `<rect x="${x.toFixed(1)}" y="${py(v).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${(py(0) - py(v)).toFixed(1)}" class="${cls}"><title>${escapeHtml(b.label)}: ${b.value === null ? 'not converged' : `${Math.round(v)}${unit}`}</title></rect>`;
  });
  const boundLine =
    bound === undefined
      ? ''
      : `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${py(bound)}" y2="${py(bound)}" class="bound"><title>bound ${bound}${unit}</title></line>`;
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (f) =>
        `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${py(f * yMax)}" y2="${py(f * yMax)}" class="grid"/><text x="${PAD.left - 6}" y="${py(f * yMax) + 4}" class="axis" text-anchor="end">${compact(f * yMax)}${unit}</text>`,
    )
    .join('');
  const labels =
    bars.length <= 40
      ? bars
          .map(
            (b, i) =>
              `<text x="${(PAD.left + (i + 0.5) * step).toFixed(1)}" y="${H - 10}" class="axis" text-anchor="middle">${i + 1}</text>`,
          )
          .join('')
      : '';
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(title)}"><text x="${PAD.left}" y="16" class="title">${escapeHtml(title)}</text>${ticks}${rects.join('')}${boundLine}${labels}</svg>`;
}
