"use client";

// Last resort when the root layout itself fails: no i18n provider is available here, so French is written out.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Une erreur est survenue</h1>
        <p>L&apos;incident a été consigné. Réessayez dans un instant.</p>
        {error.digest ? <p>Réf. {error.digest}</p> : null}
        <button onClick={reset}>Réessayer</button>
      </body>
    </html>
  );
}
