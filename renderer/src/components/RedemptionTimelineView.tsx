// The four steps of one redemption as an ordered list, each marked done / in progress /
// waiting / failed in text as well as colour (colour alone is not enough).
import type { RedemptionTimeline, StepState } from '../model/redemption-timeline';

const stateWords: Record<StepState, string> = {
  done: 'done',
  current: 'in progress',
  pending: 'waiting',
  failed: 'failed',
};
const marks: Record<StepState, string> = { done: '✓', current: '●', pending: '○', failed: '✕' };

export function RedemptionTimelineView({ timeline }: { timeline: RedemptionTimeline }) {
  return (
    <div className="timeline" data-testid="redemption-timeline" data-outcome={timeline.outcome}>
      <p className={`timeline__headline timeline__headline--${timeline.outcome}`} role="status">
        {timeline.headline}
      </p>
      <ol className="timeline__steps">
        {timeline.steps.map((step) => (
          <li
            key={step.key}
            className={`timeline__step timeline__step--${step.state}`}
            data-step={step.key}
            data-state={step.state}
          >
            <span className="timeline__mark" aria-hidden="true">
              {marks[step.state]}
            </span>
            <span className="timeline__label">{step.label}</span>
            <span className="visually-hidden">: {stateWords[step.state]}</span>
            {step.note ? <span className="timeline__note">{step.note}</span> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
