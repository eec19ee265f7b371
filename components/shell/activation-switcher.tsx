"use client";

import { useParams, useRouter } from "next/navigation";

type Props = { activations: { id: string; name: string; status: string }[]; label: string; placeholder: string };

export function ActivationSwitcher({ activations, label, placeholder }: Props) {
  const router = useRouter();
  const params = useParams<{ activationId?: string }>();
  return (
    <label className="inline" style={{ fontWeight: 400 }}>
      <span className="visually-hidden">{label}</span>
      <select
        aria-label={label}
        value={params.activationId ?? ""}
        onChange={(event) => event.target.value && router.push(`/activations/${event.target.value}`)}
      >
        <option value="">{placeholder}</option>
        {activations.map((activation) => (
          <option key={activation.id} value={activation.id}>
            {activation.name}
          </option>
        ))}
      </select>
    </label>
  );
}
