// Primary navigation: a list of buttons, reachable with Tab and operable with Enter/Space;
// the current screen is marked with aria-current for screen readers and styling alike.
// The entries come from the route table (app/routes.tsx), through the shell.
import { useNavigation, type RouteId } from '../store/navigation-store';

export function NavBar({ entries }: { entries: readonly { id: RouteId; title: string }[] }) {
  const { screen, go } = useNavigation();
  return (
    <nav className="nav" aria-label="Main">
      <ul>
        {entries.map(({ id, title }) => (
          <li key={id}>
            <button
              type="button"
              className="nav__item"
              aria-current={screen === id ? 'page' : undefined}
              onClick={() => go(id)}
            >
              {title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
