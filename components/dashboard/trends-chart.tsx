"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendChartPoint = { at: string; posts: number; byCategory: Record<string, number> };

const PALETTE = ["#b42318", "#0b4f8a", "#b54708", "#027a48", "#6941c6", "#c11574", "#475467", "#0e9384"];

/** Posts (left axis) and reports per category (right axis, stacked) per fifteen minutes. */
export function TrendsChart({ points, categories, timeZone, labels, height = 260 }: { points: TrendChartPoint[]; categories: { code: string; label: string }[]; timeZone: string; labels: { posts: string }; height?: number }) {
  const time = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone });
  const data = points.map((point) => ({ at: time.format(new Date(point.at)), posts: point.posts, ...point.byCategory }));
  const used = categories.filter((category) => points.some((point) => point.byCategory[category.code]));
  return (
    <div style={{ width: "100%", height }} data-testid="trends-chart">
      <ResponsiveContainer>
        <AreaChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="at" minTickGap={24} />
          <YAxis yAxisId="posts" allowDecimals={false} />
          <YAxis yAxisId="reports" orientation="right" allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Area yAxisId="posts" type="monotone" dataKey="posts" name={labels.posts} stroke="#98a2b3" fill="#e4e7ec" isAnimationActive={false} />
          {used.map((category, index) => (
            <Area key={category.code} yAxisId="reports" type="monotone" dataKey={category.code} name={category.label} stackId="reports" stroke={PALETTE[index % PALETTE.length]} fill={PALETTE[index % PALETTE.length]} fillOpacity={0.5} isAnimationActive={false} />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
