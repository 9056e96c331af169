// A bar chart of counts (arrivals per hour, visitors per day, per PPKS category) in SVG, which
// prints as sharp vector lines on A4. A chart only repeats what a table beside it says in numbers,
// so it is a labelled figure for assistive technology, and colour is never the only cue: each
// series is also named in the legend and told apart by its fill pattern.
import { useId } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface ChartSeries {
  key: string;
  name: string;
  /** Fill; the second series is drawn hatched, so print in black and white tells them apart. */
  color: string;
}

const integer = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

export function CountChart({
  title,
  description,
  data,
  categoryKey,
  series,
  fixedWidth,
  height = 220,
}: {
  title: string;
  description: string;
  data: Record<string, string | number>[];
  categoryKey: string;
  series: ChartSeries[];
  /** Set in the print layout: no resize observer on paper, and the same size every time. */
  fixedWidth?: number;
  height?: number;
}) {
  const hatchId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const chart = (
    <BarChart
      data={data}
      margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
      {...(fixedWidth ? { width: fixedWidth, height } : {})}
    >
      <defs>
        <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="#ffffff" />
          <path d="M0,6 L6,0" stroke={series[1]?.color ?? '#000'} strokeWidth="2" />
        </pattern>
      </defs>
      <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#c9cfdb" />
      <XAxis
        dataKey={categoryKey}
        tick={{ fontSize: 11, fill: '#1a1f2b' }}
        interval="preserveStartEnd"
        minTickGap={4}
      />
      <YAxis
        allowDecimals={false}
        tick={{ fontSize: 11, fill: '#1a1f2b' }}
        width={44}
        tickFormatter={(v: number) => integer.format(v)}
      />
      {!fixedWidth && (
        <Tooltip formatter={(value) => integer.format(Number(value))} isAnimationActive={false} />
      )}
      {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
      {series.map((s, index) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.name}
          fill={index === 1 ? `url(#${hatchId})` : s.color}
          stroke={s.color}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
  return (
    <figure className="report-chart">
      <figcaption>
        <strong>{title}</strong>
        <span className="report-chart-desc">{description}</span>
      </figcaption>
      <div className="report-chart-area" role="img" aria-label={`${title}. ${description}`}>
        {fixedWidth ? (
          chart
        ) : (
          <ResponsiveContainer width="100%" height={height}>
            {chart}
          </ResponsiveContainer>
        )}
      </div>
    </figure>
  );
}
