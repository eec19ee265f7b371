type Bar = { id: string; name: string; start: number; end: number; onNow: boolean; label: string };
type Tick = { at: number; label: string };

/** A simple timeline: one row per person, bars positioned by time, day ticks and a line for now. */
export function ShiftTimeline({ shifts, from, to, now, nowLabel, ticks }: { shifts: Bar[]; from: number; to: number; now: number; nowLabel: string; ticks: Tick[] }) {
  const span = to - from;
  const ratio = (t: number) => (Math.min(Math.max(t, from), to) - from) / span;
  const pct = (t: number) => `${ratio(t) * 100}%`;
  // Markers sit over the tracks, which start after the 10rem name column and a 0.5rem gap.
  const overTracks = (t: number) => `calc(10.5rem + (100% - 11rem) * ${ratio(t)})`;
  const people = [...new Set(shifts.map((s) => s.name))];
  return (
    <div className="timeline">
      {ticks.map((tick) => (
        <span key={tick.at} className="timeline-tick" style={{ left: overTracks(tick.at) }}>
          {tick.label}
        </span>
      ))}
      <div className="timeline-now" style={{ left: overTracks(now) }} title={nowLabel} />
      {people.map((person) => (
        <div key={person} className="timeline-row">
          <span className="timeline-name">{person}</span>
          <div className="timeline-track">
            {shifts
              .filter((s) => s.name === person)
              .map((s) => (
                <span
                  key={s.id}
                  className={`timeline-bar${s.onNow ? " on" : ""}`}
                  style={{ left: pct(s.start), width: `calc(${pct(s.end)} - ${pct(s.start)})` }}
                  title={`${s.name} : ${s.label}`}
                />
              ))}
          </div>
        </div>
      ))}
    </div>
  );
}
