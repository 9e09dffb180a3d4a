// Stands in for screens whose workflows are not built yet; says so plainly instead of faking data.
export function PlaceholderScreen({ title, purpose }: { title: string; purpose: string }) {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{title}</h1>
      <p className="muted">{purpose}</p>
      <p className="notice">This screen is not available in this build yet.</p>
    </section>
  );
}
