import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { EscalationNotifier } from "@/components/escalation/escalation-notifier";
import { listActivationsForUser } from "@/lib/activation/list-activations-for-user";
import { requireUser } from "@/lib/auth/guards";
import { logoutAction, setLocaleAction } from "./actions";
import { acknowledgeEscalationAction } from "./activations/[activationId]/escalations/actions";

export const dynamic = "force-dynamic";

export default async function WatchLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const activations = await listActivationsForUser(user);
  return (
    <RealtimeProvider userId={user.id}>
      <AppHeader
        user={{ name: user.name, role: user.role }}
        activations={activations.map(({ id, name, status }) => ({ id, name, status }))}
        logoutAction={logoutAction}
        setLocaleAction={setLocaleAction}
      />
      {children}
      <EscalationNotifier user={user} acknowledge={acknowledgeEscalationAction} />
    </RealtimeProvider>
  );
}
