// What the desk notified, kept in the window: the OS may not have shown it (no notification
// centre, notifications turned off, an unsigned macOS build). Each notice opens its item the way
// a click on its notification does. Only this environment's notices: an item of another
// environment cannot be opened here.
import type { RecentNotice } from '../../../../shared/state';
import { formatAsOf } from '../../format/time';
import { useOpenItemAction } from '../../hooks/useOpenItem';
import { useAppStore } from '../../store/app-store';
import { Section } from '../Section';

const NONE: RecentNotice[] = [];

export function RecentNotices() {
  const notices = useAppStore((s) => s.state?.recentNotices ?? NONE);
  const environment = useAppStore((s) => s.state?.environment);
  const open = useOpenItemAction();
  const shown = notices.filter((n) => n.environment === environment);
  return (
    <Section title="Recent notices" testId="recent-notices">
      {shown.length === 0 ? (
        <p className="muted">No notices since Treasury Desk started.</p>
      ) : (
        <ul className="plain-list" aria-label="Recent notices">
          {shown.map((notice) => (
            <li key={notice.id}>
              <button type="button" className="button--link" onClick={() => open(notice.target)}>
                {notice.title}
              </button>{' '}
              <span>{notice.body}</span> <span className="muted">{formatAsOf(notice.at)}</span>
              {notice.shownByOs ? null : (
                <>
                  {' '}
                  <span className="badge badge--warn" title={notice.notShownReason}>
                    Not shown by the system
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
