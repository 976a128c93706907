import type { DailyActivity } from '../../core';

export type DailySeries = 'estimations' | 'documents' | 'calculations';

const W = 280;
const H = 80;

/**
 * A small bar chart of one daily series (SVG, no chart library), with a table of the same numbers
 * for keyboard and screen-reader users (the SVG itself is one labelled image).
 */
export function DailyChart({
  title,
  series,
  daily,
}: {
  title: string;
  series: DailySeries;
  daily: readonly DailyActivity[];
}) {
  const values = daily.map((d) => d[series]);
  const max = Math.max(1, ...values);
  const total = values.reduce((a, b) => a + b, 0);
  const first = daily[0]?.day ?? '';
  const last = daily.at(-1)?.day ?? '';
  const bar = W / Math.max(1, daily.length);
  return (
    <figure style={{ margin: 0, minWidth: W }}>
      <figcaption
        style={{ fontWeight: 600 }}
      >{`${title}: ${total} (${first} to ${last})`}</figcaption>
      <svg
        role="img"
        aria-label={`${title} per day, ${first} to ${last}: ${values.join(', ')}`}
        width={W}
        height={H + 14}
        viewBox={`0 0 ${W} ${H + 14}`}
      >
        {daily.map((d, i) => {
          const h = Math.round((d[series] / max) * H);
          return (
            <rect key={d.day} x={i * bar + 1} y={H - h} width={bar - 2} height={h} fill="#0f6cbd">
              <title>{`${d.day}: ${d[series]}`}</title>
            </rect>
          );
        })}
        <line x1={0} y1={H} x2={W} y2={H} stroke="#616161" />
        <text x={0} y={H + 12} fontSize={10}>
          {first.slice(5)}
        </text>
        <text x={W} y={H + 12} fontSize={10} textAnchor="end">
          {last.slice(5)}
        </text>
      </svg>
      <details>
        <summary>{`${title}: the numbers`}</summary>
        <table aria-label={`${title} per day`}>
          <tbody>
            {daily.map((d) => (
              <tr key={d.day}>
                <th scope="row">{d.day}</th>
                <td>{d[series]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
