"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { RelayFormStatus } from "./relay-form-status";

type Action = (previous: ActionResult | null, data: FormData) => Promise<ActionResult>;

/**
 * The association's account on one network. The secret field is always empty: the stored
 * token or app password never comes back to the browser; leave it empty to keep it.
 */
export function RelayAccountForm({ network, current, action }: { network: "mastodon" | "bluesky"; current: { baseUrl: string; handle: string } | null; action: Action }) {
  const t = useTranslations("relay.accounts");
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="stack" data-testid={`relay-account-${network}`}>
      <h3>{t(network)}</h3>
      <p className="small muted">{current ? t("configured", { baseUrl: current.baseUrl }) : t("none")}</p>
      <RelayFormStatus result={result} success={t("saved")} />
      <input type="hidden" name="network" value={network} />
      <label>
        {t(network === "mastodon" ? "instance" : "pds")}
        <input name="baseUrl" type="url" defaultValue={current?.baseUrl ?? (network === "bluesky" ? "https://bsky.social" : "")} required data-testid={`relay-account-${network}-url`} />
      </label>
      {network === "bluesky" ? (
        <label>
          {t("handle")}
          <input name="handle" defaultValue={current?.handle} required />
        </label>
      ) : null}
      <label>
        {t(network === "mastodon" ? "token" : "appPassword")} {current ? <span className="muted small">{t("keepSecret")}</span> : null}
        <input name="secret" type="password" autoComplete="off" required={!current} data-testid={`relay-account-${network}-secret`} />
      </label>
      {current ? (
        <label className="inline">
          <input type="checkbox" name="remove" /> {t("remove")}
        </label>
      ) : null}
      <button className="button secondary" disabled={pending} data-testid={`relay-account-${network}-save`}>
        {t("save")}
      </button>
    </form>
  );
}

/** Whether an authority user must approve too before anything is published. */
export function RelayApprovalRuleForm({ needsAuthority, action }: { needsAuthority: boolean; action: Action }) {
  const t = useTranslations("relay.accounts");
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="stack" data-testid="relay-approval-rule">
      <RelayFormStatus result={result} success={t("saved")} />
      <label className="inline">
        <input type="checkbox" name="relayNeedsAuthorityApproval" defaultChecked={needsAuthority} /> {t("needsAuthority")}
      </label>
      <button className="button secondary" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
