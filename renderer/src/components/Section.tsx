// A titled block of a screen, with the "as of" stamp of its cached data in the header.
import { useId, type ReactNode } from 'react';
import { AsOf } from './AsOf';

interface SectionProps {
  title: string;
  children: ReactNode;
  /** When the data shown was last seen from Paxos; undefined for live-only sections. */
  asOf?: string | null;
  actions?: ReactNode;
  testId?: string;
}

export function Section({ title, children, asOf, actions, testId }: SectionProps) {
  const id = useId();
  return (
    <section className="section" aria-labelledby={id} data-testid={testId}>
      <header className="section__header">
        <h2 id={id}>{title}</h2>
        {asOf !== undefined ? <AsOf at={asOf} /> : null}
        <span className="section__spacer" />
        {actions}
      </header>
      {children}
    </section>
  );
}
