type Bar = { id: string; name: string; start: number; end: number; onNow: boolean; label: string };

/** A simple timeline: one row per person, bars positioned by time, a line for now. */
export function ShiftTimeline({ shifts, from, to, now, nowLabel }: { shifts: Bar[]; from: number; to: number; now: number; nowLabel: string }) {
  const span = to - from;
  const pct = (t: number) => `${(Math.min(Math.max(t, from), to) - from) / span * 100}%`;
  const people = [...new Set(shifts.map((s) => s.name))];
  return (
    <div className="timeline" aria-hidden={shifts.length === 0}>
      <div className="timeline-now" style={{ left: pct(now) }} title={nowLabel} />
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
                  title={s.label}
                />
              ))}
          </div>
        </div>
      ))}
    </div>
  );
}
