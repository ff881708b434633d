/** Geometry of a small horizontal bar chart, computed at build time (no JavaScript in the page). */
export interface Bar {
  label: string;
  value: number;
}

export interface BarGeometry extends Bar {
  y: number;
  width: number;
}

export interface BarChart {
  width: number;
  height: number;
  labelWidth: number;
  bars: BarGeometry[];
}

export function barChart(
  bars: readonly Bar[],
  options: { width?: number; barHeight?: number; gap?: number; labelWidth?: number } = {},
): BarChart {
  const { width = 640, barHeight = 22, gap = 8, labelWidth = 260 } = options;
  const valueSpace = 48;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const scale = (width - labelWidth - valueSpace) / max;
  return {
    width,
    labelWidth,
    height: bars.length * (barHeight + gap) + gap,
    bars: bars.map((b, i) => ({
      ...b,
      y: gap + i * (barHeight + gap),
      width: Math.max(1, Math.round(b.value * scale)),
    })),
  };
}
