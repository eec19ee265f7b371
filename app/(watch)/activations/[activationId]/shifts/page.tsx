import { getFormatter, getTranslations } from "next-intl/server";
import { DatedPersonForm } from "@/components/team/dated-person-form";
import { HandoverForm } from "@/components/team/handover-form";
import { ShiftTimeline } from "@/components/team/shift-timeline";
import { ActionButton } from "@/components/ui/action-button";
import { getActivationOverview } from "@/lib/activation/get-activation-overview";
import { requireActivationPage } from "@/lib/activation/require-activation-page";
import { clock } from "@/lib/clock";
import { listShifts } from "@/lib/team/list-shifts";
import { dateToZonedInput } from "@/lib/team/zoned-time";
import { cancelShiftAction, handoverAction, planShiftAction } from "../actions";

const HOUR = 3600_000;

/** Midnights (in the activation's time zone) between two instants, for the timeline's ticks. */
function dayTicks(from: Date, to: Date, timeZone: string): Date[] {
  const ticks: Date[] = [];
  for (let t = from.getTime(); t <= to.getTime(); t += HOUR) {
    const hour = Number(new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone }).format(new Date(t)));
    if (hour === 0) ticks.push(new Date(Math.floor(t / HOUR) * HOUR));
  }
  return ticks;
}

export default async function ShiftsPage({ params }: { params: Promise<{ activationId: string }> }) {
  const { activationId } = await params;
  const { access } = await requireActivationPage(activationId);
  const overview = await getActivationOverview(activationId);
  const now = clock().now();
  // The last 12 hours (the shift that just ended wrote the handover) and the week ahead.
  const window = { from: new Date(now.getTime() - 12 * HOUR), to: new Date(now.getTime() + 7 * 24 * HOUR) };
  const [shifts, t, format] = await Promise.all([listShifts(activationId, window), getTranslations(), getFormatter()]);
  const canCoordinate = access.capabilities.has("coordinate");
  const time = (date: Date) => format.dateTime(date, { weekday: "short", hour: "2-digit", minute: "2-digit", timeZone: overview.timeZone });
  const nextHour = new Date(Math.ceil(now.getTime() / HOUR) * HOUR);
  return (
    <main className="page">
      <h1>{t("shifts.title")}</h1>
      <ShiftTimeline
        shifts={shifts.map((s) => ({ id: s.id, name: s.name, start: s.startsAt.getTime(), end: s.endsAt.getTime(), onNow: s.onNow, label: `${time(s.startsAt)} → ${time(s.endsAt)}` }))}
        from={window.from.getTime()}
        to={window.to.getTime()}
        now={now.getTime()}
        nowLabel={t("shifts.now")}
        ticks={dayTicks(window.from, window.to, overview.timeZone).map((at) => ({ at: at.getTime(), label: format.dateTime(at, { weekday: "short", day: "numeric", timeZone: overview.timeZone }) }))}
      />
      <table style={{ marginTop: "1rem" }} data-testid="shift-list">
        <tbody>
          {shifts.length === 0 ? (
            <tr>
              <td className="muted">{t("shifts.empty")}</td>
            </tr>
          ) : null}
          {shifts.map((shift) => (
            <tr key={shift.id}>
              <td>{shift.name}</td>
              <td>
                {time(shift.startsAt)} → {time(shift.endsAt)}
              </td>
              <td>{shift.onNow ? <span className="badge on">{t("shifts.onNow")}</span> : null}</td>
              <td>{canCoordinate ? <ActionButton action={cancelShiftAction.bind(null, activationId, shift.id)} label={t("shifts.cancel")} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid2" style={{ marginTop: "1rem" }}>
        {canCoordinate ? (
          <section className="panel">
            <h2 style={{ marginTop: 0 }}>{t("shifts.plan")}</h2>
            <p className="muted">{t("shifts.timeZoneHint", { zone: overview.timeZone })}</p>
            <DatedPersonForm
              people={overview.members.filter((m) => m.role !== "OBSERVER").map((m) => ({ id: m.id, label: m.name }))}
              action={planShiftAction.bind(null, activationId, overview.timeZone)}
              defaults={{ startsAt: dateToZonedInput(nextHour, overview.timeZone), endsAt: dateToZonedInput(new Date(nextHour.getTime() + 4 * HOUR), overview.timeZone) }}
              labels={{ person: t("shifts.person"), submit: t("shifts.submit"), success: t("shifts.saved") }}
            />
          </section>
        ) : null}
        {access.capabilities.has("triage") ? (
          <section className="panel">
            <h2 style={{ marginTop: 0 }}>{t("handover.title")}</h2>
            <HandoverForm action={handoverAction.bind(null, activationId)} />
          </section>
        ) : null}
      </div>
    </main>
  );
}
