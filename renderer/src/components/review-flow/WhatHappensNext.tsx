// Main's next steps for a wire (redeem, wire out), in order, under their own heading.
export function WhatHappensNext({ steps }: { steps: readonly string[] }) {
  return (
    <>
      <h3>What happens next</h3>
      <ol className="next-steps">
        {steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </>
  );
}
