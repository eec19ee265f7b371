"use client";

/** A list of terms edited as text, one per line (commas also split). */
export function TermsField({ label, values, onChange }: { label: string; values: string[]; onChange: (values: string[]) => void }) {
  return (
    <label>
      {label} ({values.length})
      <textarea
        rows={8}
        defaultValue={values.join("\n")}
        key={values.join("|")}
        onBlur={(event) => onChange(splitTerms(event.target.value))}
      />
    </label>
  );
}

export function splitTerms(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((term) => term.trim()).filter(Boolean))];
}
